/**
 * A reader of JSON's grammar over the bytes of one line (pure), for the flat
 * objects of the log: strings (shared when asked), numbers, literals and
 * lists of strings, each refused where JSON.parse would refuse it.
 */

import { BACKSLASH, CLOSE_LIST, COMMA, listEnd, MINUS, NINE, QUOTE, ZERO } from './json-bytes.js';
import {
  copyOf,
  hashOf,
  lastString,
  MAX_SHARED_LIST_BYTES,
  plainString,
  remember,
  SHARED_LISTS,
  type Shared,
  type Sharing,
  sameBytes,
  sharedString,
} from './shared-strings.js';

/** Past the end: parsing stopped on something it does not read. */
const FAIL = -1;

/**
 * The parser's state over one line: where it is, and what the last string
 * read was (its end, whether it had escapes, whether all ASCII).
 */
export class Reader {
  at = 0;
  escaped = false;
  ascii = true;
  constructor(
    readonly bytes: Buffer,
    readonly end: number,
  ) {}

  skipSpace(): void {
    const { bytes, end } = this;
    let i = this.at;
    while (i < end) {
      const b = bytes[i];
      if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) break;
      i++;
    }
    this.at = i;
  }

  /**
   * Scans the string whose content starts at `at`; returns the index of its
   * closing quote (and moves past it), or FAIL on a control character or no
   * end. Escapes are noted, not checked (JSON.parse reads such strings).
   */
  scanString(): number {
    const { bytes, end } = this;
    let escaped = false;
    let high = 0;
    for (let i = this.at; i < end; i++) {
      const b = bytes[i] as number;
      if (b === QUOTE) {
        this.escaped = escaped;
        this.ascii = high < 0x80;
        this.at = i + 1;
        return i;
      }
      if (b < 0x20) return FAIL;
      if (b === BACKSLASH) {
        escaped = true;
        i++;
      }
      high |= b;
    }
    return FAIL;
  }

  /**
   * Whether the string at `at` is `expected` exactly (no escape: `expected`
   * has none) up to its closing quote; if so, moves past that quote.
   */
  plainAt(expected: Uint8Array): boolean {
    const { bytes, at } = this;
    const n = expected.length;
    if (at + n >= this.end || bytes[at + n] !== QUOTE) return false;
    for (let i = 0; i < n; i++) if (bytes[at + i] !== expected[i]) return false;
    this.at = at + n + 1;
    return true;
  }

  /** The string and bytes of the last string read with sharing (for `plainAt`). */
  lastShared: Shared | undefined;

  /** The string at `at` (just past its opening quote), or undefined. */
  string(sharing: Sharing): string | undefined {
    const from = this.at;
    const close = this.scanString();
    if (close === FAIL) return undefined;
    if (this.escaped) return escapedString(this.bytes, from, close);
    if (sharing === 'none') return plainString(this.bytes, from, close, this.ascii);
    const shared =
      sharing === 'table'
        ? sharedString(this.bytes, from, close, this.ascii)
        : lastString(this.bytes, from, close, this.ascii);
    this.lastShared = shared;
    return shared.text;
  }

  /** The number at `at`, or undefined when it is not JSON's grammar for one. */
  number(): number | undefined {
    const { bytes, end } = this;
    const from = this.at;
    let i = from;
    if (bytes[i] === MINUS) i++;
    const digits = i;
    let n = 0;
    if (bytes[i] === ZERO) i++;
    else {
      while (i < end && (bytes[i] as number) >= ZERO && (bytes[i] as number) <= NINE) {
        n = n * 10 + ((bytes[i] as number) - ZERO);
        i++;
      }
    }
    if (i === digits) return undefined;
    const b = bytes[i];
    if (b === 0x2e || b === 0x65 || b === 0x45) return this.fraction(from, i);
    this.at = i;
    // Up to 15 digits the sum is exact; beyond, Number() rounds as JSON.parse does.
    if (i - digits > 15) return Number(bytes.toString('latin1', from, i));
    return bytes[from] === MINUS ? -n : n;
  }

  /** The rest of a number with a fraction or an exponent, checked, then read by Number(). */
  private fraction(from: number, at: number): number | undefined {
    const { bytes, end } = this;
    const isDigit = (k: number) =>
      k < end && (bytes[k] as number) >= ZERO && (bytes[k] as number) <= NINE;
    let i = at;
    if (bytes[i] === 0x2e) {
      i++;
      if (!isDigit(i)) return undefined;
      while (isDigit(i)) i++;
    }
    if (bytes[i] === 0x65 || bytes[i] === 0x45) {
      i++;
      if (bytes[i] === 0x2b || bytes[i] === MINUS) i++;
      if (!isDigit(i)) return undefined;
      while (isDigit(i)) i++;
    }
    this.at = i;
    return Number(bytes.toString('latin1', from, i));
  }

  /** `word` (true, false, null) at `at`. */
  literal(word: Uint8Array): boolean {
    if (this.at + word.length > this.end) return false;
    for (let k = 0; k < word.length; k++) if (this.bytes[this.at + k] !== word[k]) return false;
    this.at += word.length;
    return true;
  }

  /**
   * A list of strings at `at` (just past `[`), or undefined; `share`: the
   * same list for the same bytes, frozen.
   */
  strings(share: boolean): readonly string[] | undefined {
    const { bytes } = this;
    const from = this.at - 1;
    if (share) {
      // The list's end is found first (by the quotes) to look it up by its bytes.
      const end = listEnd(bytes, this.at, this.end);
      if (end !== -1 && end - from <= MAX_SHARED_LIST_BYTES) {
        const h = hashOf(bytes, from, end);
        const bucket = SHARED_LISTS.get(h);
        if (bucket !== undefined)
          for (const s of bucket)
            if (sameBytes(s.bytes, bytes, from, end)) {
              this.at = end;
              return s.list;
            }
        const list = this.freshStrings();
        if (list === undefined) return undefined;
        const frozen = Object.freeze(list);
        remember(SHARED_LISTS, h, bucket, { bytes: copyOf(bytes, from, end), list: frozen });
        return frozen;
      }
    }
    return this.freshStrings();
  }

  private freshStrings(): string[] | undefined {
    // Collected, then copied to a list of the right size: a pushed list keeps room for 17.
    const items: string[] = STRINGS_SCRATCH;
    items.length = 0;
    this.skipSpace();
    if (this.bytes[this.at] === CLOSE_LIST) {
      this.at++;
      return [];
    }
    for (;;) {
      if (this.bytes[this.at] !== QUOTE) return undefined;
      this.at++;
      const s = this.string('table');
      if (s === undefined) return undefined;
      items.push(s);
      this.skipSpace();
      const b = this.bytes[this.at];
      this.at++;
      if (b === CLOSE_LIST) return items.slice();
      if (b !== COMMA) return undefined;
      this.skipSpace();
    }
  }
}

const STRINGS_SCRATCH: string[] = [];

/** A string with escapes, read by JSON.parse (rare: an answer with a line break, say). */
function escapedString(bytes: Buffer, from: number, close: number): string | undefined {
  try {
    return JSON.parse(bytes.toString('utf8', from - 1, close + 1)) as string;
  } catch {
    return undefined;
  }
}
