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

import {
  BACKSLASH,
  COLON,
  COMMA,
  closingQuote,
  FALSE,
  MINUS,
  NINE,
  NULL,
  OPEN_LIST,
  QUOTE,
  TRUE,
  ZERO,
} from './json-bytes.js';
import { Reader } from './json-reader.js';
import { type Shared, type Sharing, sharedString } from './shared-strings.js';
import { FIELD_NAMES, type Slots, slotOf, TEXT_SLOT } from './validate-record.js';

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

/** Each field's key; after each field, the key that came next on the last line that had it. */
const KEY_ENTRIES = FIELD_NAMES.map((name, slot) => ({ bytes: Buffer.from(name, 'utf8'), slot }));
const NEXT_KEY: ({ bytes: Uint8Array; slot: number } | undefined)[] = [];
/** Each field's last value (of the fields whose values are shared). */
const LAST_VALUE: (Shared | undefined)[] = [];

/**
 * The fields of the object `bytes[start, end)` followed by a `}` (the line
 * without its CRC tail: `end` stands for the closing brace), as JSON.parse
 * and `slotsOf` would give them, or undefined when it is not of the flat
 * shape (then JSON.parse must read it). The `text` field is not read unless
 * `read` is `whole`: its span is given, to be read as the kind of record
 * asks (see `decodeLineBytes`). The slots are valid until the next call.
 * One loop over key and value, kept whole on purpose: it is the inner loop of reading the log, and
 * its state (the slot, the key guessed from the line before, the text's span) is every branch's.
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
