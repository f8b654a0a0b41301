import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BankError } from '../errors.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { BANK_FILE, lineOf, readBankFile } from './bank-file.js';
import { checkSection } from './check-section.js';
import { displayPath } from './display-path.js';
import { type Messages, messagesFor } from './messages.js';
import { readPlainYaml } from './plain-yaml.js';

export { displayPath };

import { resolveBank } from './resolve-bank.js';
import type { Bank, BankFile, BankIssue, Section } from './types.js';
import { type LocatedSection, validateBank } from './validate-bank.js';

/** Section files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const SECTION_FILE = /\.ya?ml$/i;

/**
 * Loads a bank from a folder of section files (`*.yaml`, `*.yml`, read in
 * name order; other files, hidden files and subfolders are ignored) or
 * from a single section file. Throws a `BankError` carrying every issue of
 * every file when anything is wrong; no other error escapes for bad input.
 * With `expandConcepts: false`, references to concepts are checked (the same
 * issues) but keywords, `avoid` and signs stay as written (`@concept`): for
 * commands that show no keyword and score nothing.
 */
export async function loadBank(
  path: string,
  options: { lang: Lang; expandConcepts?: boolean },
): Promise<Bank> {
  const msg = messagesFor(options.lang);
  const absolute = resolve(path);
  const source = displayPath(absolute);
  const fail = (message: string): never => {
    throw new BankError([{ file: source, line: 1, col: 1, message }]);
  };

  // Synchronous reads on purpose: a CLI at start-up has nothing else to do, and
  // each awaited call costs a trip through the thread pool (~25 ms in all).
  const stats = syncOr(
    () => statSync(absolute),
    (error) => fail(describeFsError(error, msg)),
  );
  let files: string[];
  let bankFilePath: string | undefined;
  if (stats.isDirectory()) {
    files = await listSectionFiles(absolute).catch((error: unknown) =>
      fail(describeFsError(error, msg)),
    );
    bankFilePath = files.find((f) => BANK_FILE.test(basename(f)));
    files = files.filter((f) => f !== bankFilePath);
    if (files.length === 0) fail(msg.noSectionFiles());
  } else if (stats.isFile()) {
    files = [absolute];
  } else {
    return fail(msg.notRegularFile());
  }

  const texts = await Promise.all(files.map((file) => readText(file, msg)));
  const issues: BankIssue[] = [];
  const textOf = new Map<string, string>();
  let bankFile: BankFile | undefined;
  if (bankFilePath !== undefined) {
    const name = displayPath(bankFilePath);
    const got = await readText(bankFilePath, msg);
    if ('problem' in got) issues.push({ file: name, line: 1, col: 1, message: got.problem });
    else {
      textOf.set(name, got.text);
      const read = await readBankFile(got.text, name, msg);
      issues.push(...read.issues);
      bankFile = read.bankFile;
    }
  }
  const located = await readSections(files, texts, options.lang, issues, textOf);
  // With broken files, "no sections" would only repeat what their issues say.
  if (located.length > 0 || issues.length === 0) {
    const checked = validateBank(located, source, options.lang);
    issues.push(...checked.issues);
    if (issues.length === 0) {
      const locate = (file: string, needle: string) => lineOf(textOf.get(file) ?? '', needle);
      const resolved = resolveBank(checked.sections, bankFile, msg, locate, {
        expand: options.expandConcepts !== false,
      });
      issues.push(...resolved.issues);
      if (issues.length === 0) {
        return { source, sections: resolved.sections, ...(bankFile ? { file: bankFile } : {}) };
      }
    }
  }
  throw new BankError(issues);
}

/** What reading a section file gives: its text, and its section when read fast. */
interface SectionText {
  name: string;
  text: string;
  fast: Section | undefined;
}

/**
 * The sections of the files that have no issue, with a way to place a path
 * in each; the issues of the others go to `issues`. A sound file is read
 * fast: plain values, checked, no yaml. The precise reader (yaml, 400 KB of
 * code) is loaded only when a file needs it (an issue to place, a suspect
 * text), or when a repeat across files will need positions.
 */
async function readSections(
  files: readonly string[],
  texts: readonly ({ text: string } | { problem: string })[],
  lang: Lang,
  issues: BankIssue[],
  textOf: Map<string, string>,
): Promise<LocatedSection[]> {
  const msg = messagesFor(lang);
  const read: SectionText[] = [];
  files.forEach((file, index) => {
    const name = displayPath(file);
    const got = texts[index];
    if (got === undefined) return;
    if ('problem' in got) issues.push({ file: name, line: 1, col: 1, message: got.problem });
    else {
      textOf.set(name, got.text);
      read.push({ name, text: got.text, fast: readFast(got.text, name, msg) });
    }
  });
  const fast = read.flatMap((r) => (r.fast ? [r.fast] : []));
  const precise =
    fast.length < read.length || hasRepeats(fast) ? await import('./read-section.js') : undefined;
  const located: LocatedSection[] = [];
  for (const { name, text, fast } of read) {
    if (fast !== undefined) {
      // Without the precise reader there is no repeat, so nothing will ask for a position.
      located.push({ section: fast, locate: precise?.pathLocator(text) ?? (() => START) });
      continue;
    }
    const section = (precise as PreciseReader).readSectionFile(text, name, lang);
    if (section.section === undefined) issues.push(...section.issues);
    else located.push({ section: section.section, locate: section.locate });
  }
  return located;
}

type PreciseReader = typeof import('./read-section.js');

const START = { line: 1, col: 1 };

/** The section of a sound file, read as plain values without yaml; `undefined` when it needs more. */
function readFast(text: string, file: string, msg: Messages): Section | undefined {
  const plain = readPlainYaml(text);
  if (!('documents' in plain) || plain.suspect || plain.documents.length !== 1) return undefined;
  return checkSection(plain.documents[0], file, msg).section;
}

/** Whether section ids, orders or question ids repeat across sections (they then need positions). */
function hasRepeats(sections: readonly Section[]): boolean {
  const ids = new Set<string>();
  const orders = new Set<number>();
  const questions = new Set<string>();
  for (const s of sections) {
    if (ids.has(s.id) || orders.has(s.order)) return true;
    ids.add(s.id);
    orders.add(s.order);
    for (const q of [...s.questions, ...(s.choices ?? [])]) {
      if (questions.has(q.id)) return true;
      questions.add(q.id);
    }
  }
  return false;
}

/** Paths of the section files in a folder, sorted by name (by code point, the same everywhere). */
async function listSectionFiles(folder: string): Promise<string[]> {
  const entries = readdirSync(folder, { withFileTypes: true });
  const names = entries
    .filter((e) => !e.name.startsWith('.') && SECTION_FILE.test(e.name))
    // Anything else named *.yaml (a pipe, a device) is reported when read, not skipped.
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const paths: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    // A symlink to a folder is a subfolder; a broken one is reported when read.
    const target = syncOr(
      () => statSync(path),
      () => undefined,
    );
    if (target?.isDirectory()) continue;
    paths.push(path);
  }
  return paths;
}

/** The text of one file, or why it cannot be had. */
async function readText(
  path: string,
  msg: Messages,
): Promise<{ text: string } | { problem: string }> {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { problem: describeFsError(error, msg) };
  }
  // Checked before opening: opening a FIFO would block, and a huge file would be read whole.
  if (!stats.isFile()) return { problem: msg.notRegularFile() };
  if (stats.size > MAX_FILE_BYTES) return { problem: tooLarge(stats.size, msg) };
  try {
    const fd = openSync(path, 'r');
    try {
      const opened = fstatSync(fd);
      if (opened.size > MAX_FILE_BYTES) return { problem: tooLarge(opened.size, msg) };
      // isUtf8 (simdutf) and toString are several times faster than a fatal TextDecoder;
      // toString keeps a byte-order mark, which the readers skip.
      const bytes = readFileSync(fd);
      if (!isUtf8(bytes)) return { problem: msg.notUtf8() };
      return { text: bytes.toString('utf8') };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { problem: describeFsError(error, msg) };
  }
}

function syncOr<T, F>(run: () => T, onError: (error: unknown) => F): T | F {
  try {
    return run();
  } catch (error) {
    return onError(error);
  }
}

function tooLarge(size: number, msg: Messages): string {
  return msg.tooLarge((size / 1024 / 1024).toFixed(1), MAX_FILE_BYTES / 1024 / 1024);
}

function describeFsError(error: unknown, msg: Messages): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return msg.notFound();
    case 'EACCES':
    case 'EPERM':
      return msg.permissionDenied();
    case 'ELOOP':
      return msg.symlinkLoop();
    default:
      return msg.readFailed(neutralizeInline(code ?? String(error)));
  }
}
