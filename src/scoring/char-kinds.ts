/**
 * What each character of an answer is to the cutter (answer-text.ts): a CJK
 * character, a letter or digit of a Latin word, a space, a line break, or
 * anything else (punctuation and symbols, which end a clause).
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

export enum Kind {
  Cjk,
  Word,
  Space,
  Newline,
  Break,
}

/** What a character is to the cutter; plain ASCII and common CJK without a regular expression. */
export function kindOf(ch: string): Kind {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      // "42%" is one unit: a share said as a number is data.
      code === 0x25
    ) {
      return Kind.Word;
    }
    if (code === 0x0a) return Kind.Newline;
    return code === 0x20 || code === 0x09 || code === 0x0d ? Kind.Space : Kind.Break;
  }
  if (code >= 0x4e00 && code <= 0x9fff) return Kind.Cjk;
  // The rest of the BMP by a table filled as characters come (。、“” recur in every answer);
  // three Unicode property tests per character were a fifth of cutting a Chinese answer.
  if (ch.length === 1) {
    const known = KIND_OF_CODE[code] ?? 0;
    if (known !== 0) return known - 1;
    const kind = kindByClass(ch);
    KIND_OF_CODE[code] = kind + 1;
    return kind;
  }
  return kindByClass(ch);
}

/** `kindOf` of BMP characters seen so far, plus one (0: not seen yet). */
const KIND_OF_CODE = new Uint8Array(0x10000);

function kindByClass(ch: string): Kind {
  if (CJK.test(ch)) return Kind.Cjk;
  if (WORD.test(ch)) return Kind.Word;
  return SPACE.test(ch) ? Kind.Space : Kind.Break;
}

export const HYPHENS = new Set(['-', '‐', '‑']);

export function isLatinWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isLatinLetter(ch) || (code >= 0x30 && code <= 0x39);
}

export function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
