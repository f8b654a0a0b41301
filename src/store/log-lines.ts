/**
 * The log's lines read from an open file a chunk at a time, in bounded
 * memory whatever the file's size; with a marker, only the lines that hold it.
 */

import { readSync } from 'node:fs';

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;
/** A longer line is no record this program wrote: skipped unread, so memory stays bounded. */
export const MAX_LINE_BYTES = 16 << 20;

/**
 * Calls `onLine` with each line of the open file (without its newline),
 * reading a chunk at a time; the bytes passed are valid only during the call.
 * A line longer than `MAX_LINE_BYTES` is skipped and passed to `onOverlong`.
 * With `marker`, only the lines that hold it, and their numbers are 0.
 */
export function forEachLine(
  handle: number,
  onLine: (bytes: Buffer, start: number, end: number, line: number) => void,
  onOverlong: (line: number) => void,
  marker?: Buffer,
): void {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let filled = 0;
  let line = 1;
  let skipping = false;
  for (;;) {
    if (filled === buffer.length) {
      if (buffer.length >= MAX_LINE_BYTES) {
        onOverlong(line);
        skipping = true;
        filled = 0;
      } else {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
    }
    const read = readSync(handle, buffer, filled, buffer.length - filled, null);
    const view = buffer.subarray(0, filled + read);
    let start = 0;
    let newline = view.indexOf(NEWLINE, filled);
    if (marker !== undefined && newline !== -1) {
      if (skipping) {
        skipping = false;
        start = newline + 1;
      }
      start = eachMarkedLine(view, start, marker, onLine);
      newline = -1;
    }
    while (newline !== -1) {
      if (skipping) skipping = false;
      else onLine(view, start, newline, line);
      line++;
      start = newline + 1;
      newline = view.indexOf(NEWLINE, start);
    }
    if (read === 0) {
      const tail = view.subarray(start);
      if (!skipping && start < view.length && (marker === undefined || tail.includes(marker)))
        onLine(view, start, view.length, line);
      return;
    }
    if (skipping) {
      filled = 0;
    } else {
      buffer.copy(buffer, 0, start, view.length);
      filled = view.length - start;
    }
  }
}

/**
 * Calls `onLine` with each whole line of `view` from `start` that holds
 * `marker`, found by one search of the chunk rather than one per line (a
 * pass for a few lines among 100,000); returns where the last, unfinished
 * line starts.
 */
function eachMarkedLine(
  view: Buffer,
  start: number,
  marker: Buffer,
  onLine: (bytes: Buffer, start: number, end: number, line: number) => void,
): number {
  const complete = view.lastIndexOf(NEWLINE);
  if (complete < start) return start;
  let hit = view.indexOf(marker, start);
  while (hit !== -1 && hit < complete) {
    const from = Math.max(start, view.lastIndexOf(NEWLINE, hit) + 1);
    const end = view.indexOf(NEWLINE, hit);
    onLine(view, from, end, 0);
    hit = view.indexOf(marker, end + 1);
  }
  return complete + 1;
}
