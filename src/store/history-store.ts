/**
 * The history on disk: an append-only JSON Lines log, the only module that
 * touches it (with scan-log.ts, which reads it). Records are only ever appended; stats, the review schedule and
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
 *   file is never rewritten. It reads line by line in bounded memory, so a
 *   log of any size can be read (a whole-file string stops at ~512 MB).
 * - `history clear` may unlink the log while a session runs. Before each
 *   append the open file is compared (device and inode) with what the path
 *   names now; when they differ the log is reopened, so later answers land
 *   in the new log and not in the unlinked file.
 * - `history.jsonl` is never followed when it is a symbolic link: answers
 *   must not be appended to a file outside the data folder, nor `clear`
 *   remove only the link. Only a regular file is opened (a FIFO would hang).
 */

import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { Lang } from '../lang.js';
import { makeFolders, syncFolder } from './folders.js';
import { historyPath } from './paths.js';
import type { HistoryRecord } from './record.js';
import { encodeRecord } from './record-line.js';
import {
  NOFOLLOW,
  requireRegularFile,
  type ScanOptions,
  type ScanResult,
  scanLog,
} from './scan-log.js';
import { errorCode, StoreError, toStoreError } from './store-error.js';

export { type ScanOptions, type ScanResult, type StoreWarning, WARNINGS_KEPT } from './scan-log.js';

export interface ReadResult extends ScanResult {
  /** In the order they were written. */
  records: HistoryRecord[];
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
  /** Every record of the log, in order, to `visit`; an absent log is an empty history. */
  scan(
    visit: (record: HistoryRecord, textJson?: Buffer) => void,
    options?: ScanOptions,
  ): ScanResult;
  /** Every record of the log, in memory (small logs and tests). */
  readAll(): ReadResult;
  /** Deletes the log. Only after the user confirmed. */
  clear(): void;
  /** Closes the file if open; `append` reopens it. */
  close(): void;
}

export interface StoreOptions {
  /** The language of error and warning messages. */
  lang: Lang;
  /**
   * The records to write first into a log that replaced the one this store
   * had open (`history clear` during a session), such as the session's start.
   */
  onReplaced?: () => readonly HistoryRecord[];
}

const NEWLINE = 0x0a;

const APPEND_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | NOFOLLOW;

/** The history store in a data folder (see `dataDir`). Touches nothing until used. */
export function openStore(dir: string, options: StoreOptions): HistoryStore {
  const path = historyPath(dir);
  const { lang } = options;
  let fd: number | undefined;

  function close(): void {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  }

  const scan: HistoryStore['scan'] = (visit, scanOptions = {}) =>
    scanLog(path, lang, visit, scanOptions);

  return {
    path,

    append(record) {
      try {
        if (fd !== undefined && !stillNamed(path, fd)) {
          // Cleared (or moved away) under this session: go on in a new log.
          close();
          fd = openLog(dir, path, lang);
          for (const first of options.onReplaced?.() ?? []) writeRecord(fd, path, first, lang);
        }
        fd ??= openLog(dir, path, lang);
        writeRecord(fd, path, record, lang);
      } catch (error) {
        throw toStoreError(error, 'write', path, lang);
      }
    },

    scan,

    readAll() {
      const records: HistoryRecord[] = [];
      return { records, ...scan((r) => records.push(r)) };
    },

    clear() {
      close();
      try {
        if (!requireRegularFile(path, 'clear', lang)) return;
        unlinkSync(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw toStoreError(error, 'clear', path, lang);
      }
    },

    close,
  };
}

/** The log opened for appending (made, with its folder, when missing). */
function openLog(dir: string, path: string, lang: Lang): number {
  requireRegularFile(path, 'write', lang);
  makeFolders(dir);
  // O_APPEND for writes; read access to check the last byte.
  const opened = openSync(path, APPEND_FLAGS, 0o600);
  if (!fstatSync(opened).isFile()) {
    closeSync(opened);
    throw new StoreError('write', path, { kind: 'notAFile' }, lang);
  }
  syncFolder(dir);
  return opened;
}

/** Whether the path still names the file `handle` has open. */
function stillNamed(path: string, handle: number): boolean {
  let named: ReturnType<typeof lstatSync>;
  try {
    named = lstatSync(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
  const open = fstatSync(handle);
  return named.ino === open.ino && named.dev === open.dev;
}

function endsInsideALine(handle: number): boolean {
  const { size } = fstatSync(handle);
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  return readSync(handle, last, 0, 1, size - 1) === 1 && last[0] !== NEWLINE;
}

/** One record appended as one write of its whole line, flushed to disk before returning. */
function writeRecord(handle: number, path: string, record: HistoryRecord, lang: Lang): void {
  const line = encodeRecord(record);
  const bytes = Buffer.from(`${endsInsideALine(handle) ? '\n' : ''}${line}\n`, 'utf8');
  // One write of the whole line: never split, so never interleaved.
  const written = writeSync(handle, bytes);
  if (written !== bytes.length) {
    throw new StoreError(
      'write',
      path,
      { kind: 'partialWrite', written, expected: bytes.length },
      lang,
    );
  }
  fsyncSync(handle);
}
