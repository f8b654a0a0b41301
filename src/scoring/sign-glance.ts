/**
 * A glance before a red flag's signs are looked for: whether the first part of a sign may occur
 * in an answer at all, from the characters and words it holds (`answer-index.ts`), so that most
 * signs are set aside without a search.
 */
import { charsIn, numberRuns, wordIndex } from './answer-index.js';
import type { AnswerText } from './answer-text.js';
import type { PreparedKeyword } from './prepare-question.js';

/**
 * The first part of each sign of a flag, ready for a glance (see
 * `mayOccur`): a flag's 20-odd signs of a few alternatives each, times 13
 * flags in force on every question, are some 800 terms an answer, and about
 * one in thirty may occur. A CJK term is its first and last codes (`pairs`,
 * from `pairStart[s]`), a Latin term the forms of its first word (`words[s]`);
 * `always[s]` for a sign with a term the glance cannot judge (a first word
 * with a number), `numbers[s]` for one with a number term.
 */
interface Glance {
  pairStart: Int32Array;
  pairs: Int32Array;
  words: string[][];
  always: Uint8Array;
  numbers: Uint8Array;
}

const glances = new WeakMap<PreparedKeyword[][][], Glance>();

export function glanceOf(signs: PreparedKeyword[][][]): Glance {
  let glance = glances.get(signs);
  if (glance) return glance;
  const pairs: number[] = [];
  const pairStart = new Int32Array(signs.length + 1);
  const always = new Uint8Array(signs.length);
  const numbers = new Uint8Array(signs.length);
  const words = signs.map((parts, s) => {
    pairStart[s] = pairs.length;
    const forms: string[] = [];
    for (const term of parts.find((p) => p[0]?.excludes !== true) ?? []) {
      const first = term.latin?.[0];
      if (first?.includes('#')) always[s] = 1;
      else if (first !== undefined) forms.push(...(term.forms?.[0] ?? [first]));
      else if (term.number) numbers[s] = 1;
      else pairs.push(term.key.charCodeAt(0), term.key.charCodeAt(term.key.length - 1));
    }
    return forms;
  });
  pairStart[signs.length] = pairs.length;
  glance = { pairStart, pairs: Int32Array.from(pairs), words, always, numbers };
  glances.set(signs, glance);
  return glance;
}

/** Whether any alternative of sign `s`'s first part may occur, as `mayOccur` would say. */
export function firstPartMayOccur(glance: Glance, s: number, text: AnswerText): boolean {
  if (glance.always[s] === 1) return true;
  const present = charsIn(text);
  const { pairs } = glance;
  const end = glance.pairStart[s + 1] ?? 0;
  for (let p = glance.pairStart[s] ?? 0; p < end; p += 2) {
    if (present[pairs[p] ?? 0] === 1 && present[pairs[p + 1] ?? 0] === 1) return true;
  }
  const forms = glance.words[s] ?? [];
  if (forms.length > 0) {
    const index = wordIndex(text);
    for (const form of forms) if (index.has(form)) return true;
  }
  return glance.numbers[s] === 1 && numberRuns(text).length > 0;
}
