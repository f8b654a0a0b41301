/**
 * Which script a text is written in, and whether a concept's term belongs
 * to a script: a key point takes a concept's terms in its own script only
 * (see expand-concepts.ts).
 */

export type Script = 'cjk' | 'latin';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/**
 * The script a text is mostly written in: more CJK characters than Latin
 * words, CJK. Counted in one pass over the codes (a match per character
 * made an array as long as the answer, for each of a bank's answers).
 */
export function scriptOf(text: string): Script {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (latin && !inWord) words++;
    inWord = latin;
  }
  return cjk >= words ? 'cjk' : 'latin';
}

/** Whether a concept's term belongs in a key point of this script ({n}% belongs in both). */
export function fitsScript(term: string, script: Script): boolean {
  const bare = term.replaceAll('{n}', '');
  if (CJK.test(bare)) return script === 'cjk';
  if (LATIN.test(bare)) return script === 'latin';
  return true;
}
