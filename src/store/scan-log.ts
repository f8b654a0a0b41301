/**
 * Reading the history log (history-store.ts appends to it): every record
 * passed to a visitor line by line in bounded memory, bad lines counted and
 * the first few named. Only a regular file is opened, never through a link.
 */

import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs';
import type { Lang } from '../lang.js';
import { forEachLine } from './log-lines.js';
import { storeMessagesFor } from './messages.js';
import { type LogSink, parseLogLine } from './parse-log.js';
import type { HistoryRecord, RecordKind } from './record.js';
import { errorCode, StoreError, toStoreError } from './store-error.js';

/** A line of the log that was skipped. */
export interface StoreWarning {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** How many warnings a read keeps; the rest are only counted. */
export const WARNINGS_KEPT = 5;

export interface ScanResult {
  /** The first `WARNINGS_KEPT` bad lines (or torn parts of lines). */
  warnings: StoreWarning[];
  /** How many bad lines (or torn parts) there were in all. */
  bad: number;
  /** Intact records from a newer cs-interview (newer version or unknown kind). */
  skipped: number;
}

export interface ScanOptions {
  /**
   * Decode only the lines of this kind (found by its `"kind":"…"` bytes,
   * which cannot occur inside a string of JSON) and warn about none: a quick
   * first pass before a full one.
   */
  only?: RecordKind;
  /**
   * Attempts without their text: only its first character is kept (enough
   * to tell an empty answer), which makes a large history several times
   * faster to read and smaller in memory.
   */
  slim?: boolean;
  /**
   * Each attempt's text also as the JSON string it is in the log, passed to
   * `visit` (`record.text` is then only its first character), when it can
   * be copied to JSON output as it is. The bytes are a view of the read
   * buffer: valid only until `visit` returns.
   */
  textJson?: boolean;
}

// O_NOFOLLOW does not exist on Windows; the lstat before each open covers it there.
export const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
// O_NONBLOCK: a FIFO swapped in after the lstat must not hang the open.
const READ_FLAGS = constants.O_RDONLY | NOFOLLOW | NONBLOCK;

/** What the path names, without following a link: false when nothing. */
export function requireRegularFile(
  path: string,
  operation: 'read' | 'write' | 'clear',
  lang: Lang,
): boolean {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw toStoreError(error, operation, path, lang);
  }
  if (stats.isSymbolicLink()) throw new StoreError(operation, path, { kind: 'symlink' }, lang);
  if (stats.isDirectory()) throw new StoreError(operation, path, { kind: 'isDirectory' }, lang);
  if (!stats.isFile()) throw new StoreError(operation, path, { kind: 'notAFile' }, lang);
  return true;
}

/** Every record of the log at `path` passed to `visit`, bad lines counted (see `HistoryStore.scan`). */
export function scanLog(
  path: string,
  lang: Lang,
  visit: (record: HistoryRecord, textJson?: Buffer) => void,
  scanOptions: ScanOptions,
): ScanResult {
  const result: ScanResult = { warnings: [], bad: 0, skipped: 0 };
  if (!requireRegularFile(path, 'read', lang)) return result;
  let handle: number;
  try {
    handle = openSync(path, READ_FLAGS);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return result;
    throw toStoreError(error, 'read', path, lang);
  }
  const sink = warningSink(path, lang, visit, result, scanOptions.only !== undefined);
  const marker =
    scanOptions.only === undefined
      ? undefined
      : Buffer.from(`"kind":${JSON.stringify(scanOptions.only)}`, 'utf8');
  const read = scanOptions.textJson ? 'textJson' : scanOptions.slim ? 'slim' : 'whole';
  try {
    if (!fstatSync(handle).isFile()) throw new StoreError('read', path, { kind: 'notAFile' }, lang);
    forEachLine(
      handle,
      (bytes, start, end, line) => parseLogLine(bytes, start, end, line, sink, read),
      (line) => sink.issue({ line, error: { code: 'incomplete' } }),
      marker,
    );
  } catch (error) {
    throw toStoreError(error, 'read', path, lang);
  } finally {
    closeSync(handle);
  }
  return result;
}

/**
 * Where a scan's lines go: records to `visit`, bad and skipped lines counted
 * in `result` (the first few bad ones as warnings); `quiet` (a scan of one
 * kind, the first pass before a full one) counts nothing: the full pass does.
 */
function warningSink(
  path: string,
  lang: Lang,
  visit: (record: HistoryRecord, textJson?: Buffer) => void,
  result: ScanResult,
  quiet: boolean,
): LogSink {
  const messages = storeMessagesFor(lang);
  return {
    record: visit,
    issue: (issue) => {
      if (quiet) return;
      result.bad++;
      if (result.warnings.length < WARNINGS_KEPT) {
        result.warnings.push({
          file: path,
          line: issue.line,
          message: messages.badLine(issue.error),
        });
      }
    },
    skip: () => {
      if (!quiet) result.skipped++;
    },
  };
}
