/**
 * Text as the matcher sees it: NFKC (full-width letters and digits become
 * half-width), lower case, and no punctuation or white space, so that
 * `ＳＬＡ`, `S L A` and `sla` compare equal and Chinese punctuation never
 * splits a keyword.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

const LATIN = /^[a-z0-9]+$/;

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
  if (!LATIN.test(key)) return normalizedText.includes(key);
  const words: string[] =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return words.includes(key);
}
