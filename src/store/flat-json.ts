/**
 * A quick parse of the one shape of JSON the log holds (pure): a flat object
 * whose values are strings, numbers, true, false, null or lists of strings.
 * JSON.parse of every line was half the time of reading a large history,
 * most of it spent making strings that the next line makes again (sessions,
 * questions, key points, field names) and the line's string itself.
 *
 * This reads the bytes straight into the record's numbered fields, and
 * shares the strings and lists that repeat. It accepts a strict subset of
 * JSON and gives for it exactly the fields JSON.parse (and `slotsOf`) would
 * give; for anything else (a nested object, a control character, bad JSON)
 * it gives undefined, and the caller parses the line with JSON.parse as
 * before, so a bad line is refused with the same error. A test holds the two
 * equal over random lines.
 */

import type { RecordKind } from './record.js';
import { FIELD_NAMES, fieldsOf, type Slots, slotOf, TEXT_SLOT } from './validate-record.js';

/** How an attempt's text is read (see `decodeLineBytes`). */
export type TextRead = 'whole' | 'slim' | 'textJson';

/** Where a string's content is in the line: its first byte and its closing quote. */
export interface StringSpan {
  from: number;
  close: number;
}

export interface FlatObject {
  /** The object's fields by number (see `FIELD_NAMES`); those no record has are dropped. */
  slots: Slots;
  /** The span of the `text` field, when the object has one (read as the caller asked). */
  text: StringSpan | undefined;
}

/** Filled again for each line: what `validateSlots` makes a record from is copied out of it. */
const SLOTS: Slots = FIELD_NAMES.map(() => undefined);
/**
 * The slots the last line filled, cleared before the next: a line fills a
 * third of them, and `fill` of all was an eighth of the parse.
 */
const FILLED = new Int32Array(FIELD_NAMES.length);
let filledCount = 0;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Past the end: parsing stopped on something it does not read. */
const FAIL = -1;

/**
 * Strings that repeat from line to line, found by a hash of their bytes:
 * the field names and fixed values first (as literals, so property keys are
 * V8's internalised strings), then the values met, up to `MAX_SHARED`.
 */
interface Shared {
  bytes: Uint8Array;
  text: string;
  /** For a first character: whether it stands for its text (see `firstCharacter`). */
  plain?: boolean;
}
const SHARED = new Map<number, Shared[]>();
/** Strings and lists shared so far: the tables stay small, whatever the log. */
let sharedCount = 0;
const MAX_SHARED = 4096;
const MAX_BUCKET = 4;
/** Longer strings are not shared: a key point is short, an answer is not. */
const MAX_SHARED_BYTES = 96;

/**
 * A hash of `bytes[from, to)`: of every byte of a short string, and of the
 * first 8 and last 16 of a longer one (ids differ at the end, key points
 * anywhere). Strings it cannot tell apart share a bucket, whose entries are
 * compared byte by byte.
 */
function hashOf(bytes: Uint8Array, from: number, to: number): number {
  let h = Math.imul(to - from, 0x9e3779b1);
  if (to - from <= 24) {
    for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    return h;
  }
  for (let i = from; i < from + 8; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  for (let i = to - 16; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h;
}

function addShared(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const h = hashOf(bytes, 0, bytes.length);
  const bucket = SHARED.get(h);
  if (!bucket?.some((s) => s.text === text)) remember(SHARED, h, bucket, { bytes, text });
}

const KINDS: RecordKind[] = ['attempt', 'session-start', 'session-end', 'draft', 'rating'];
for (const kind of KINDS) {
  addShared(kind);
  for (const field of fieldsOf(kind)) addShared(field);
}
for (const value of ['typed', 'oral', 'practice', 'drill', 'review', 'finished', 'interrupted'])
  addShared(value);

function sameBytes(a: Uint8Array, bytes: Uint8Array, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== bytes[from + i]) return false;
  return true;
}

/** The string `bytes[from, to)` (no escapes, no controls; `ascii`: all below 0x80), shared. */
function sharedString(bytes: Uint8Array, from: number, to: number, ascii: boolean): Shared {
  if (to - from > MAX_SHARED_BYTES)
    return { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  const h = hashOf(bytes, from, to);
  const bucket = SHARED.get(h);
  if (bucket !== undefined)
    for (const s of bucket) if (sameBytes(s.bytes, bytes, from, to)) return s;
  const entry = { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  remember(SHARED, h, bucket, entry);
  return entry;
}

/**
 * A copy of `bytes[from, to)` as a plain Uint8Array: sliced from a plain
 * view, as a Buffer's `slice` goes through its species constructor, which
 * cost more than the copy.
 */
function copyOf(bytes: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from).slice();
}

function remember<T>(table: Map<number, T[]>, h: number, bucket: T[] | undefined, entry: T): void {
  // Bounded, so a lookup compares a few entries at most.
  if (sharedCount >= MAX_SHARED || (bucket !== undefined && bucket.length >= MAX_BUCKET)) return;
  sharedCount++;
  if (bucket === undefined) table.set(h, [entry]);
  else bucket.push(entry);
}

/**
 * Lists of strings that repeat (the key points covered and missed, a
 * session's plan), shared whole, by the bytes of their JSON. Frozen: a
 * record that changed its list would change it in every other.
 */
interface SharedList {
  bytes: Uint8Array;
  list: readonly string[];
}
const SHARED_LISTS = new Map<number, SharedList[]>();
const MAX_SHARED_LIST_BYTES = 1024;

function plainString(bytes: Uint8Array, from: number, to: number, ascii: boolean): string {
  return (bytes as Buffer).toString(ascii ? 'latin1' : 'utf8', from, to);
}

/** How the value of each field is shared: not at all, with the line before, or by the table. */
type Sharing = 'none' | 'last' | 'table';
/**
 * Ids and times differ on every line: made, not looked up. A session's id is
 * that of the lines around it, and of no other session: kept from line to
 * line, not in the table (which a long history would fill with them).
 */
function sharingOf(key: string): Sharing {
  if (key === 'id' || key === 'at' || key === 'attempt' || key === 'text' || key === 'reply')
    return 'none';
  return key === 'session' ? 'last' : 'table';
}
const SHARING: readonly Sharing[] = FIELD_NAMES.map(sharingOf);

let last: Shared = { bytes: new Uint8Array(0), text: '' };

/** `bytes[from, to)` as a string, the last one made when they are the same. */
function lastString(bytes: Uint8Array, from: number, to: number, ascii: boolean): Shared {
  if (!sameBytes(last.bytes, bytes, from, to))
    last = { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  return last;
}

/** Each field's key; after each field, the key that came next on the last line that had it. */
const KEY_ENTRIES = FIELD_NAMES.map((name, slot) => ({ bytes: Buffer.from(name, 'utf8'), slot }));
const NEXT_KEY: ({ bytes: Uint8Array; slot: number } | undefined)[] = [];
/** Each field's last value (of the fields whose values are shared). */
const LAST_VALUE: (Shared | undefined)[] = [];

/**
 * The parser's state over one line: where it is, and what the last string
 * read was (its end, whether it had escapes, whether all ASCII).
 */
class Reader {
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

/**
 * The index just past the `]` of the list whose content starts at `at`,
 * found by its quotes alone (what it holds is checked when it is read), or
 * -1 when there is none before `end`.
 */
function listEnd(bytes: Buffer, at: number, end: number): number {
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

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

/** A string with escapes, read by JSON.parse (rare: an answer with a line break, say). */
function escapedString(bytes: Buffer, from: number, close: number): string | undefined {
  try {
    return JSON.parse(bytes.toString('utf8', from - 1, close + 1)) as string;
  } catch {
    return undefined;
  }
}

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
 * The fields of the object `bytes[start, end)` followed by a `}` (the line
 * without its CRC tail: `end` stands for the closing brace), as JSON.parse
 * and `slotsOf` would give them, or undefined when it is not of the flat
 * shape (then JSON.parse must read it). The `text` field is not read unless
 * `read` is `whole`: its span is given, to be read as the kind of record
 * asks (see `decodeLineBytes`). The slots are valid until the next call.
 */
export function parseFlatObject(
  bytes: Buffer,
  start: number,
  end: number,
  read: TextRead,
): FlatObject | undefined {
  if (bytes[start] !== 0x7b) return undefined;
  const slots = SLOTS;
  for (let i = 0; i < filledCount; i++) slots[FILLED[i] as number] = undefined;
  filledCount = 0;
  const r = new Reader(bytes, end);
  r.at = start + 1;
  let text: StringSpan | undefined;
  // The slot of the key before (-1 at the start, or after a key no record has).
  let after = -1;
  r.skipSpace();
  if (r.at === end) return { slots, text };
  for (;;) {
    if (bytes[r.at] !== QUOTE) return undefined;
    r.at++;
    // Most lines have the keys of the line before (of their kind) in the same order.
    const guess = NEXT_KEY[after + 1];
    let slot: number;
    if (guess !== undefined && r.plainAt(guess.bytes)) slot = guess.slot;
    else {
      const key = r.string('table');
      if (key === undefined) return undefined;
      slot = slotOf(key);
      if (slot !== -1) NEXT_KEY[after + 1] = KEY_ENTRIES[slot];
    }
    after = slot;
    r.skipSpace();
    if (bytes[r.at] !== COLON) return undefined;
    r.at++;
    r.skipSpace();
    const b = bytes[r.at];
    let v: unknown;
    if (b === QUOTE) {
      r.at++;
      if (slot === TEXT_SLOT && read !== 'whole') {
        // Found by the quotes only, as `slim-text.ts` did: its content is read later, if at all.
        if (text !== undefined) return undefined;
        const from = r.at;
        const close = closingQuote(bytes, from, end);
        if (close === -1) return undefined;
        text = { from, close };
        r.at = close + 1;
        v = '';
      } else {
        const sharing = slot === -1 ? 'none' : (SHARING[slot] as Sharing);
        // A value that repeats is most often the one of the line before.
        const last = sharing === 'none' ? undefined : LAST_VALUE[slot];
        if (last !== undefined && r.plainAt(last.bytes)) v = last.text;
        else {
          v = r.string(sharing);
          if (v === undefined) return undefined;
          if (sharing !== 'none' && !r.escaped) LAST_VALUE[slot] = r.lastShared;
        }
      }
    } else {
      // Not a string: the later value wins, as in JSON.parse.
      if (slot === TEXT_SLOT) text = undefined;
      if (b === OPEN_LIST) {
        r.at++;
        v = r.strings(read !== 'whole');
        if (v === undefined) return undefined;
      } else if (b === MINUS || (b !== undefined && b >= ZERO && b <= NINE)) {
        v = r.number();
        if (v === undefined) return undefined;
      } else if (r.literal(TRUE)) v = true;
      else if (r.literal(FALSE)) v = false;
      else if (r.literal(NULL)) v = null;
      else return undefined;
    }
    // A field no record has is read (the line must be JSON) and dropped, as `slotsOf` drops it.
    if (slot !== -1) {
      // No value is undefined: a slot is filled once, however often its key repeats.
      if (slots[slot] === undefined) FILLED[filledCount++] = slot;
      slots[slot] = v;
    }
    r.skipSpace();
    if (r.at === end) return { slots, text };
    if (bytes[r.at] !== COMMA) return undefined;
    r.at++;
    r.skipSpace();
  }
}

/** The content of the string at `span` (checked: undefined when JSON.parse would refuse it). */
export function stringAt(bytes: Buffer, span: StringSpan): string | undefined {
  const r = new Reader(bytes, span.close + 1);
  r.at = span.from;
  return r.string('none');
}

const SPACE = /\s/;

/**
 * The character at `from` (in a string that closes at `close`) when it can
 * stand in a JSON string as it is and is no space: what a slim read keeps of
 * an answer's text (see `slim-text.ts`). Shared, as most answers start with
 * one of a few characters; undefined otherwise (the text is then read whole).
 */
export function firstCharacter(bytes: Buffer, from: number, close: number): string | undefined {
  const lead = bytes[from] ?? 0;
  if (lead === BACKSLASH) return undefined;
  const to = from + (lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);
  if (to > close) return undefined;
  const entry = sharedString(bytes, from, to, lead < 0x80);
  entry.plain ??= !SPACE.test(entry.text) && entry.text !== '\ufffd';
  return entry.plain ? entry.text : undefined;
}
