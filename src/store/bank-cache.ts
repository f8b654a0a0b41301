/**
 * What reading a user's bank gave, kept in the data folder's `cache/` so that
 * the next run over the same files skips the YAML and the checks. Only a bank
 * with no issue is kept (the commands decide what). An entry is found by a key,
 * the SHA-1 of everything its value depends on: every file the bank was read
 * from (names and bytes), the program's build, the Node version, the language
 * and the entry's kind. Anything wrong with the cache (missing, unreadable,
 * truncated, edited, an unwritable folder) reads as no entry: the bank is then
 * read as without a cache. Never a crash, never another bank's value.
 *
 * An entry is one file: a header line (format, key, kind, the payload's length
 * and SHA-1) then the payload, JSON. Written to a temporary file then renamed,
 * so a reader sees a whole entry or none. At most `MAX_ENTRIES` are kept, the
 * least recently used go first.
 */

import { createHash, randomBytes } from 'node:crypto';
import {
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { BankFiles } from '../bank/bank-files.js';
import { makeFolders } from './folders.js';

/** Changes whenever an entry's header or the meaning of a kind's payload does. */
export const CACHE_FORMAT = 'cs-interview-cache/1';

/** Entries kept (a bank has one to three: its bank, its list, its warnings). */
export const MAX_ENTRIES = 12;

/** What a kind is: lowercase words, so that it cannot leave the folder. */
const KIND = /^[a-z]+$/;
const ENTRY = /^[0-9a-f]{40}\.[a-z]+\.json$/;
const TEMP = /\.tmp$/;
/** A temporary file older than this was left by a run that died: removed when pruning. */
const STALE_TEMP_MS = 10 * 60 * 1000;

declare const CS_INTERVIEW_BUILD: string | undefined;

/**
 * The program's build, set by scripts/build.js to a hash of its sources and locked
 * dependencies; the sources run by the tests are "source".
 */
const BUILD = typeof CS_INTERVIEW_BUILD === 'string' ? CS_INTERVIEW_BUILD : 'source';

/**
 * The key of what a bank's files give in `lang`; `undefined` when a file could not be read
 * (the bank has an issue: nothing is cached).
 */
export function bankKey(files: BankFiles, lang: string): string | undefined {
  const hash = createHash('sha1');
  hash.update(`${CACHE_FORMAT}\0${BUILD}\0${process.version}\0${lang}\0`);
  hash.update(files.folder ? 'folder\0' : 'file\0');
  const all = files.bankFile === undefined ? files.sections : [files.bankFile, ...files.sections];
  for (const file of all) {
    if (!('bytes' in file)) return undefined;
    const role = file === files.bankFile ? 'bank' : 'section';
    hash.update(`${role}\0${basename(file.path)}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}

interface Header {
  format: string;
  key: string;
  kind: string;
  bytes: number;
  sha1: string;
}

/** The value kept under `key` and `kind`, or `undefined` when there is none whole. */
export function readEntry(dir: string, key: string, kind: string): unknown {
  if (!KIND.test(kind)) return undefined;
  const path = entryPath(dir, key, kind);
  try {
    const data = readFileSync(path);
    const end = data.indexOf(10);
    if (end < 0) return undefined;
    const header = JSON.parse(data.toString('utf8', 0, end)) as Partial<Header> | null;
    const payload = data.subarray(end + 1);
    if (
      header?.format !== CACHE_FORMAT ||
      header.key !== key ||
      header.kind !== kind ||
      header.bytes !== payload.length ||
      header.sha1 !== createHash('sha1').update(payload).digest('hex')
    )
      return undefined;
    const value: unknown = JSON.parse(payload.toString('utf8'));
    touch(path);
    return value;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` and `kind`; silently does nothing when it cannot. */
export function writeEntry(dir: string, key: string, kind: string, value: unknown): void {
  if (!KIND.test(kind)) return;
  const path = entryPath(dir, key, kind);
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const payload = Buffer.from(JSON.stringify(value), 'utf8');
    const header: Header = {
      format: CACHE_FORMAT,
      key,
      kind,
      bytes: payload.length,
      sha1: createHash('sha1').update(payload).digest('hex'),
    };
    makeFolders(dir);
    writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]), {
      mode: 0o600,
    });
    renameSync(temp, path);
    prune(dir);
  } catch {
    removeQuietly(temp);
  }
}

function entryPath(dir: string, key: string, kind: string): string {
  return join(dir, `${key}.${kind}.json`);
}

/** Marks an entry used now, so that pruning keeps it. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache still serves; it is only pruned in another order.
  }
}

/** Removes the least recently used entries past `MAX_ENTRIES`, and stale temporary files. */
function prune(dir: string): void {
  const now = Date.now();
  const entries: { path: string; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!ENTRY.test(name) && !TEMP.test(name)) continue;
    const used = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (used === undefined) continue;
    if (ENTRY.test(name)) entries.push({ path, used });
    else if (now - used > STALE_TEMP_MS) removeQuietly(path);
  }
  entries.sort((a, b) => b.used - a.used);
  for (const { path } of entries.slice(MAX_ENTRIES)) removeQuietly(path);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove.
  }
}
