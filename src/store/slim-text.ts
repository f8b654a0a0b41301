/**
 * Reading an attempt without its answer text (pure). Stats and the review
 * schedule need of an answer only whether it was empty; decoding and
 * parsing the text is most of the cost of reading a large history, so a
 * slim read cuts the text field out of the line's bytes before either, and
 * keeps only its first character.
 *
 * Why finding the field in the bytes is safe: the line passed its CRC, so it
 * is the JSON this program wrote, and inside a JSON string every `"` is
 * escaped: `"text":"` can only be the top-level key (no record has nested
 * objects), and the string ends at the first `"` after it not preceded by an
 * odd number of backslashes.
 */

import { firstCharacter } from './flat-json.js';
import { closingQuote } from './json-bytes.js';

const TEXT_KEY = Buffer.from('"text":"', 'utf8');
const ATTEMPT = Buffer.from('"kind":"attempt"', 'utf8');

/**
 * The JSON of the record `line[start, end)` (the CRC tail already cut off,
 * without the closing brace) with the text of an attempt (at `text`, see
 * `attemptText`) cut to its first character; undefined when the line is no
 * attempt or its text starts with an escape or a space (then it is read
 * whole, which is rare).
 */
export function slimAttemptJson(
  line: Buffer,
  start: number,
  end: number,
  text: TextSpan | undefined,
): string | undefined {
  if (text === undefined) return undefined;
  const { from, close } = text;
  const first = from === close ? '' : firstCharacter(line, from, close);
  if (first === undefined) return undefined;
  return `${line.toString('utf8', start, from)}${first}${line.toString('utf8', close, end)}}`;
}

/**
 * The text of an attempt (at `text`, see `attemptText`) as the JSON string
 * it is in the line, quotes included (a view of `line`): what
 * `JSON.stringify(text)` gives, so `history --json` can copy it instead of
 * decoding and encoding it again.
 * Undefined when the line is no attempt, or the text holds a C1 control or
 * a bidi mark, which the output escapes (then it is read whole).
 */
export function attemptTextJson(line: Buffer, text: TextSpan | undefined): Buffer | undefined {
  if (text === undefined) return undefined;
  const json = line.subarray(text.from - 1, text.close + 1);
  return hasC1OrBidi(json) ? undefined : json;
}

/** Where an attempt's text is in a line: its first byte and its closing quote. */
export interface TextSpan {
  from: number;
  close: number;
}

/**
 * Where the text of the attempt `line[start, end)` starts and the index of
 * its closing quote (in `line`); undefined when the line is no attempt.
 */
export function attemptText(line: Buffer, start: number, end: number): TextSpan | undefined {
  // Searched within the line only: the buffer holds many more.
  const view = line.subarray(start, end);
  if (view.indexOf(ATTEMPT) === -1) return undefined;
  const key = view.indexOf(TEXT_KEY);
  if (key === -1) return undefined;
  const from = key + TEXT_KEY.length;
  const close = closingQuote(view, from, view.length);
  return close === -1 ? undefined : { from: from + start, close: close + start };
}

/**
 * Whether UTF-8 `bytes` hold U+0080–U+009F (C2 80–9F), U+200E/F (E2 80
 * 8E/8F), U+202A–E (E2 80 AA–AE) or U+2066–9 (E2 81 A6–A9).
 */
function hasC1OrBidi(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(0xc2); at !== -1; at = bytes.indexOf(0xc2, at + 1)) {
    const next = bytes[at + 1] ?? 0;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  for (let at = bytes.indexOf(0xe2); at !== -1; at = bytes.indexOf(0xe2, at + 1)) {
    const b1 = bytes[at + 1] ?? 0;
    const b2 = bytes[at + 2] ?? 0;
    if (b1 === 0x80 && (b2 === 0x8e || b2 === 0x8f || (b2 >= 0xaa && b2 <= 0xae))) return true;
    if (b1 === 0x81 && b2 >= 0xa6 && b2 <= 0xa9) return true;
  }
  return false;
}
