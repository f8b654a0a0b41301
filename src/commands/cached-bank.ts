/**
 * A bank given by path, read through the bank cache of the data folder
 * (store/bank-cache.ts): what a command needs of it is kept once the bank
 * has been read without an issue, and read back while its files stay the
 * same. Three kinds: `bank` (the bank as loaded, concepts expanded, in the
 * compiled form of the shipped bank), `list` (what `list` shows, in the
 * language) and `warnings` (what `validate` reports of a sound bank). A bank
 * with an issue is never kept: its issues are found again on every run.
 */

import { basename, dirname, join, resolve } from 'node:path';
import { type BankFiles, readBankFiles } from '../bank/bank-files.js';
import { defaultBankPath } from '../bank/default-bank.js';
import { displayPath } from '../bank/display-path.js';
import { localizeBank } from '../bank/localize.js';
import { messagesFor } from '../bank/messages.js';
import { type CompiledBank, compileBank, fromCompiled } from '../bank/shipped-bank.js';
import type { Bank, BankIssue } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { bankKey, readEntry, writeEntry } from '../store/bank-cache.js';
import { type ListedSection, listedSections } from '../ui/render/render-list.js';

/** Where a bank at a path may be cached, and how it is read. */
export interface CacheUse {
  lang: Lang;
  /** The cache folder; no cache without one. */
  cache?: string;
}

/** The files at `path` and their key; no key when not to be cached. Throws `BankError` as `loadBank`. */
function readKeyed(path: string, use: CacheUse): { files: BankFiles; key?: string } {
  const files = readBankFiles(path, messagesFor(use.lang));
  // The shipped bank is compiled by the build: never cached, even when named by its path.
  if (use.cache === undefined || files.absolute === resolve(defaultBankPath())) return { files };
  const key = bankKey(files, use.lang);
  return key === undefined ? { files } : { files, key };
}

/** `loadBank(path, …)`, the expanded bank kept and read back through the cache. */
export async function loadCachedBank(
  path: string,
  use: CacheUse & { expandConcepts?: boolean },
): Promise<Bank> {
  const { files, key } = readKeyed(path, use);
  const expand = use.expandConcepts !== false;
  // The bank with `@concept` references as written is only `list`'s, which keeps its own kind.
  if (key === undefined || use.cache === undefined || !expand)
    return loadBankFiles(files, { lang: use.lang, expandConcepts: expand });
  const kept = readEntry(use.cache, key, 'bank') as CompiledBank | undefined;
  const bank = kept && fromCompiled(kept, folderOf(files), files.absolute);
  if (bank !== undefined) return bank;
  const loaded = await loadBankFiles(files, { lang: use.lang });
  writeEntry(use.cache, key, 'bank', compileBank(loaded, nameIn(files)));
  return loaded;
}

/** The sections `list` shows of the bank at `path`, in `use.lang`, kept and read back. */
export async function loadListedSections(path: string, use: CacheUse): Promise<ListedSection[]> {
  const { files, key } = readKeyed(path, use);
  const kept = key && use.cache !== undefined ? readEntry(use.cache, key, 'list') : undefined;
  if (Array.isArray(kept)) return kept as ListedSection[];
  const bank = await loadBankFiles(files, { lang: use.lang, expandConcepts: false });
  const { sections } = localizeBank(bank, use.lang);
  if (key !== undefined && use.cache !== undefined)
    writeEntry(use.cache, key, 'list', listedSections(sections));
  return sections;
}

/**
 * The warnings of the sound bank at `path`: kept ones when its files are the same, else
 * `compute` of the bank loaded (an issue throws its `BankError`, and nothing is kept).
 */
export async function cachedWarnings<W extends BankIssue>(
  path: string,
  use: CacheUse,
  compute: (bank: Bank) => Promise<W[]>,
): Promise<W[]> {
  const { files, key } = readKeyed(path, use);
  const folder = folderOf(files);
  const kept = key && use.cache !== undefined ? readEntry(use.cache, key, 'warnings') : undefined;
  if (Array.isArray(kept))
    return (kept as W[]).map((w) => ({ ...w, file: displayPath(join(folder, w.file)) }));
  const warnings = await compute(await loadBankFiles(files, { lang: use.lang }));
  if (key !== undefined && use.cache !== undefined) {
    const name = nameIn(files);
    writeEntry(
      use.cache,
      key,
      'warnings',
      warnings.map((w) => ({ ...w, file: name(w.file) })),
    );
  }
  return warnings;
}

/** `loadBankFiles`, the loader (and its YAML reader) loaded only when the cache has no entry. */
async function loadBankFiles(
  files: BankFiles,
  options: { lang: Lang; expandConcepts?: boolean },
): Promise<Bank> {
  return (await import('../bank/load-bank.js')).loadBankFiles(files, options);
}

/** The folder a bank's files are in: itself, or the one section file's. */
function folderOf(files: BankFiles): string {
  return files.folder ? files.absolute : dirname(files.absolute);
}

/** A file's name in its folder from the path the bank shows (which may have escapes). */
function nameIn(files: BankFiles): (shown: string) => string {
  const all = files.bankFile === undefined ? files.sections : [files.bankFile, ...files.sections];
  const names = new Map(all.map((f) => [displayPath(f.path), basename(f.path)]));
  return (shown) => names.get(shown) ?? basename(shown);
}
