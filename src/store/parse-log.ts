/**
 * Reading the whole log (pure): text in, records and problems out. Nothing
 * here changes the file; a bad line stays where it is.
 */

import { type DecodeError, decodeLine, type HistoryRecord, RECORD_START } from './record.js';

/** A line (or part of one) that is not a record. */
export interface LogIssue {
  /** 1-based line number in the file. */
  line: number;
  error: DecodeError;
}

export interface ParsedLog {
  /** In file order, which is the order they were written. */
  records: HistoryRecord[];
  issues: LogIssue[];
  /** Intact records of a newer version or of an unknown kind, skipped quietly. */
  skipped: number;
}

/**
 * Splits the log into lines, skips empty ones and decodes the rest. A line
 * that holds more than one record start (a torn record that the next one was
 * written right after) is cut at each start, so the torn part is reported and
 * the whole record after it still read.
 */
export function parseLog(text: string): ParsedLog {
  const parsed: ParsedLog = { records: [], issues: [], skipped: 0 };
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    for (const part of splitAtRecordStarts(line)) {
      if (part.trim() === '') continue;
      const result = decodeLine(part);
      if ('record' in result) parsed.records.push(result.record);
      else if ('skipped' in result) parsed.skipped++;
      else parsed.issues.push({ line: index + 1, error: result.error });
    }
  }
  return parsed;
}

function splitAtRecordStarts(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let next = line.indexOf(RECORD_START, 1);
  while (next !== -1) {
    parts.push(line.slice(start, next));
    start = next;
    next = line.indexOf(RECORD_START, next + 1);
  }
  parts.push(line.slice(start));
  return parts;
}
