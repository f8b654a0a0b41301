/**
 * How much text one answer and one answers file may hold. A spoken
 * three-minute answer is about 750 字 and the longest reference answer of
 * the shipped bank 2,400 characters: 20,000 leaves room for any typed
 * answer while keeping its grading (linear, about 0.1 s per 20,000
 * characters) far from anything a person would notice.
 */
export const MAX_ANSWER_CHARS = 20_000;

/**
 * An answers file for `grade`: 4 MB holds every question of a bank of
 * several thousand answered at length, and is read, parsed and graded in
 * seconds; anything larger is not an answers file.
 */
export const MAX_ANSWERS_FILE_BYTES = 4 * 1024 * 1024;

/** Characters as a reader counts them: code points, so an emoji is one, not two (as JSON Schema's maxLength). */
export function countCharacters(text: string): number {
  let pairs = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}
