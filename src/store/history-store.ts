/**
 * The history on disk: an append-only JSON Lines log, the only module that
 * touches it. Records are only ever appended; stats, the review schedule and
 * the resume point are derived by replaying `readAll()`. Nothing is read,
 * changed and written back, so two sessions at once need no lock.
 *
 * Why appending is safe:
 * - The file is opened with O_APPEND and each record is ONE `write()` of the
 *   whole line, which Linux (and macOS) perform atomically on a local file
 *   against other appenders: lines of two sessions never interleave.
 * - Each write is fsync'ed before `append` returns, synchronously, so an
 *   answer is on disk before the next prompt and before any signal handler.
 * - A write cut short (SIGKILL, power loss, a full disk) leaves a line with no
 *   newline at the end. Before each append the last byte is checked, and if it
 *   is not a newline the record starts with one, so it is never glued to the
 *   torn line. Should another process tear a line in the instant between that
 *   check and the write, the reader still splits the glued line at the start
 *   of the next record (see `parse-log.ts`).
 * - The check can also catch another session's write in progress (the file
 *   grows page by page); the record then starts with a newline it did not
 *   need, which leaves an empty line, skipped on reading. An empty line is
 *   cheaper than a lock. For the same reason a reader may see another
 *   session's last record half-written and warn about it once.
 * - The reader skips a bad line with a warning naming the file and line; the
 *   file is never rewritten.
 */

import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { Lang } from '../lang.js';
import { storeMessagesFor } from './messages.js';
import { parseLog } from './parse-log.js';
import { historyPath } from './paths.js';
import { encodeRecord, type HistoryRecord } from './record.js';
import { errorCode, StoreError, toStoreError } from './store-error.js';

/** A line of the log that was skipped. */
export interface StoreWarning {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

export interface ReadResult {
  /** In the order they were written. */
  records: HistoryRecord[];
  /** One per bad line (or torn part of a line). */
  warnings: StoreWarning[];
  /** Intact records from a newer cs-interview (newer version or unknown kind). */
  skipped: number;
}

export interface HistoryStore {
  /** The log file. */
  readonly path: string;
  /**
   * Writes one record and flushes it to disk before returning; throws a
   * StoreError (and has then saved nothing usable) when it cannot. Creates
   * the folder on the first write.
   */
  append(record: HistoryRecord): void;
  /** Every record of the log; an absent log is an empty history. */
  readAll(): ReadResult;
  /** Deletes the log. Only after the user confirmed, with no session running. */
  clear(): void;
  /** Closes the file if open; `append` reopens it. */
  close(): void;
}

export interface StoreOptions {
  /** The language of error and warning messages. */
  lang: Lang;
}

const NEWLINE = 0x0a;

/** The history store in a data folder (see `dataDir`). Touches nothing until used. */
export function openStore(dir: string, options: StoreOptions): HistoryStore {
  const path = historyPath(dir);
  const { lang } = options;
  let fd: number | undefined;

  // A device or a pipe where the log should be would hang a read (/dev/zero)
  // or an open (a FIFO): only a regular file is ever opened.
  function requireRegularFile(operation: 'read' | 'write'): boolean {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw toStoreError(error, operation, path, lang);
    }
    if (stats.isDirectory()) throw new StoreError(operation, path, { kind: 'isDirectory' }, lang);
    if (!stats.isFile()) throw new StoreError(operation, path, { kind: 'notAFile' }, lang);
    return true;
  }

  function openLog(): number {
    requireRegularFile('write');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // a+ is O_APPEND for writes and still lets us read the last byte.
    const opened = openSync(path, 'a+', 0o600);
    syncFolder(dir);
    return opened;
  }

  function close(): void {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  }

  function endsInsideALine(handle: number): boolean {
    const { size } = fstatSync(handle);
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    return readSync(handle, last, 0, 1, size - 1) === 1 && last[0] !== NEWLINE;
  }

  return {
    path,

    append(record) {
      const line = encodeRecord(record);
      try {
        fd ??= openLog();
        const bytes = Buffer.from(`${endsInsideALine(fd) ? '\n' : ''}${line}\n`, 'utf8');
        // One write of the whole line: never split, so never interleaved.
        const written = writeSync(fd, bytes);
        if (written !== bytes.length) {
          throw new StoreError(
            'write',
            path,
            { kind: 'partialWrite', written, expected: bytes.length },
            lang,
          );
        }
        fsyncSync(fd);
      } catch (error) {
        throw toStoreError(error, 'write', path, lang);
      }
    },

    readAll() {
      if (!requireRegularFile('read')) return { records: [], warnings: [], skipped: 0 };
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { records: [], warnings: [], skipped: 0 };
        throw toStoreError(error, 'read', path, lang);
      }
      const { records, issues, skipped } = parseLog(text);
      const messages = storeMessagesFor(lang);
      const warnings = issues.map((issue) => ({
        file: path,
        line: issue.line,
        message: messages.badLine(issue.error),
      }));
      return { records, warnings, skipped };
    },

    clear() {
      close();
      try {
        unlinkSync(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw toStoreError(error, 'clear', path, lang);
      }
    },

    close,
  };
}

/**
 * Flushes the folder so a newly created log survives a power cut. Best
 * effort: Windows cannot open a folder for this, and the records themselves
 * are flushed anyway.
 */
function syncFolder(dir: string): void {
  let handle: number | undefined;
  try {
    handle = openSync(dir, 'r');
    fsyncSync(handle);
  } catch {
    // Not possible here; nothing is lost but the durability of the file's name.
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}
