/**
 * The bytes of JSON's grammar that the log's line parse looks for, and the
 * scans that find a string's or a list's end by its quotes alone, without
 * reading what it holds (pure).
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_LIST = 0x5b;
export const CLOSE_LIST = 0x5d;
export const MINUS = 0x2d;
export const ZERO = 0x30;
export const NINE = 0x39;

export const TRUE = Buffer.from('true');
export const FALSE = Buffer.from('false');
export const NULL = Buffer.from('null');

/** The index of the `"` that ends the string whose first byte is at `from`, or -1. */
export function closingQuote(bytes: Buffer, from: number, end: number): number {
  let at = bytes.indexOf(QUOTE, from);
  while (at !== -1 && at < end) {
    let backslashes = 0;
    for (let i = at - 1; i >= from && bytes[i] === BACKSLASH; i--) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = bytes.indexOf(QUOTE, at + 1);
  }
  return -1;
}

/**
 * The index just past the `]` of the list whose content starts at `at`,
 * found by its quotes alone (what it holds is checked when it is read), or
 * -1 when there is none before `end`.
 */
export function listEnd(bytes: Buffer, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const b = bytes[i];
    if (b === CLOSE_LIST) return i + 1;
    if (b === QUOTE) {
      const close = closingQuote(bytes, i + 1, end);
      if (close === -1) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}
