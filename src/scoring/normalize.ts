import { toSimplified } from './traditional.js';

/**
 * Text as the matcher sees it: NFKC (full-width letters and digits become
 * half-width), lower case, traditional characters as simplified, and no
 * punctuation or white space, so that `ＳＬＡ`, `S L A` and `sla` compare
 * equal, 訂單號 matches 订单号, and Chinese punctuation never splits a keyword.
 */
export function normalizeForMatch(text: string): string {
  return foldText(text).replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/** NFKC, lower case, simplified characters; punctuation and spaces kept. */
export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

const LATIN = /^[\p{L}\p{N}]+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a normalised keyword is matched as whole Latin words (GDPR, SLA, B2B). */
export function isLatinKeyword(key: string): boolean {
  return LATIN.test(key) && !CJK.test(key);
}

/**
 * Whether `keyword` occurs in `text`. Chinese keywords match as substrings of
 * the normalised text; Latin keywords (GDPR, SLA) only as whole words, so
 * `SLA` does not match `SLAB`.
 */
export function containsKeyword(
  text: string,
  keyword: string,
  normalizedText = normalizeForMatch(text),
): boolean {
  const key = normalizeForMatch(keyword);
  if (!key) return false;
  if (!isLatinKeyword(key)) return normalizedText.includes(key);
  const words = latinWords(foldText(text));
  const parts = latinWords(foldText(keyword));
  return words.some((_, i) => parts.every((p, j) => words[i + j] === p));
}

function latinWords(folded: string): string[] {
  return (
    folded
      .match(/[\p{L}\p{N}]+/gu)
      ?.flatMap((run) => run.split(CJK_SPLIT))
      .filter(Boolean) ?? []
  );
}

const CJK_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;

const ONE_HAN = /^\p{Script=Han}$/u;

/** Whether `ch` is one Han character (a code point, so astral ideographs count too). */
export function isHanChar(ch: string): boolean {
  return ONE_HAN.test(ch);
}
