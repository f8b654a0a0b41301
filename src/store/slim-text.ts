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

const TEXT_KEY = Buffer.from('"text":"', 'utf8');
const ATTEMPT = Buffer.from('"kind":"attempt"', 'utf8');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = /\s/;

/**
 * The JSON of the record `line[start, end)` (the CRC tail already cut off,
 * without the closing brace) with the text of an attempt cut to its first
 * character; undefined when the line is no attempt or its text starts with
 * an escape or a space (then it is read whole, which is rare).
 */
export function slimAttemptJson(line: Buffer, start: number, end: number): string | undefined {
  const view = line.subarray(start, end);
  if (view.indexOf(ATTEMPT) === -1) return undefined;
  const key = view.indexOf(TEXT_KEY);
  if (key === -1) return undefined;
  const from = key + TEXT_KEY.length;
  const close = closingQuote(view, from);
  if (close === -1) return undefined;
  const first = from === close ? '' : firstCharacter(view, from);
  if (first === undefined) return undefined;
  return `${view.toString('utf8', 0, from)}${first}${view.toString('utf8', close, view.length)}}`;
}

/** The index of the `"` that ends the string whose first byte is at `from`, or -1. */
function closingQuote(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(QUOTE, from);
  while (at !== -1) {
    let backslashes = 0;
    for (let i = at - 1; i >= from && bytes[i] === BACKSLASH; i--) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = bytes.indexOf(QUOTE, at + 1);
  }
  return -1;
}

/** The character at `from` when it can stand in a JSON string as it is and is no space. */
function firstCharacter(bytes: Buffer, from: number): string | undefined {
  const lead = bytes[from] ?? 0;
  if (lead === BACKSLASH) return undefined;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  const char = bytes.toString('utf8', from, from + length);
  return SPACE.test(char) || char === '\ufffd' ? undefined : char;
}
