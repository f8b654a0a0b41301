/**
 * Reading the log (pure): bytes in, records and problems out, one line at a
 * time, so a log of any size is read in bounded memory. Nothing here changes
 * the file; a bad line stays where it is.
 */

import { type HistoryRecord, RECORD_START } from './record.js';
import {
  type DecodeError,
  type DecodeResult,
  decodeLineBytes,
  type LineRead,
} from './record-line.js';

/** A line (or part of one) that is not a record. */
export interface LogIssue {
  /** 1-based line number in the file. */
  line: number;
  error: DecodeError;
}

/** Where the lines of a log go as they are read. */
export interface LogSink {
  /** `textJson`: see `LineRead`. */
  record(record: HistoryRecord, textJson?: Buffer): void;
  issue(issue: LogIssue): void;
  /** An intact record of a newer version or of an unknown kind, skipped quietly. */
  skip(): void;
}

export interface ParsedLog {
  /** In file order, which is the order they were written. */
  records: HistoryRecord[];
  issues: LogIssue[];
  /** Intact records of a newer version or of an unknown kind, skipped quietly. */
  skipped: number;
}

const START = Buffer.from(RECORD_START, 'utf8');
const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Decodes the line `bytes[start, end)` (without its newline). A line that
 * holds more than one record start (a torn record that the next one was
 * written right after) is cut at each start, so the torn part is reported and
 * the whole record after it still read. Empty lines are skipped. `read`: see
 * `decodeLineBytes`.
 */
export function parseLogLine(
  bytes: Buffer,
  start: number,
  end: number,
  line: number,
  sink: LogSink,
  read: LineRead = 'whole',
): void {
  const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
  // Almost every line is one whole record: decoded at once, with no search
  // for the start of another (whose CRC would have failed the whole line).
  const whole = isBlank(bytes, start, stop) ? undefined : decodeLineBytes(bytes, start, stop, read);
  if (whole === undefined) return;
  if (!('error' in whole)) {
    deliver(whole, line, sink);
    return;
  }
  let from = start;
  while (from < stop) {
    const found = bytes.indexOf(START, from + 1);
    const to = found === -1 || found >= stop ? stop : found;
    if (from === start && to === stop) {
      deliver(whole, line, sink);
      return;
    }
    if (!isBlank(bytes, from, to)) deliver(decodeLineBytes(bytes, from, to, read), line, sink);
    from = to;
  }
}

function deliver(result: DecodeResult, line: number, sink: LogSink): void {
  if ('record' in result)
    sink.record(result.record, 'textJson' in result ? result.textJson : undefined);
  else if ('skipped' in result) sink.skip();
  else sink.issue({ line, error: result.error });
}

function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== CR && b !== 0x0b && b !== 0x0c) return false;
  }
  return true;
}

/** Reads a whole log held in memory (small logs and tests; the store streams). */
export function parseLog(text: string): ParsedLog {
  const parsed: ParsedLog = { records: [], issues: [], skipped: 0 };
  const sink: LogSink = {
    record: (r) => parsed.records.push(r),
    issue: (i) => parsed.issues.push(i),
    skip: () => parsed.skipped++,
  };
  const bytes = Buffer.from(text, 'utf8');
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    parseLogLine(bytes, start, nl === -1 ? bytes.length : nl, line, sink);
    if (nl === -1) return parsed;
    start = nl + 1;
    line++;
  }
}
