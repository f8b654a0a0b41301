/**
 * Indexes of one answer's text, built once per answer and shared by every search: the
 * characters present, the words and where they start, the number runs, the word grams of a
 * copied run.
 */

import type { AnswerText } from './answer-text.js';

/** Shortest run of characters shared with the prompt that counts as copied. */
export const COPY_RUN = 4;

/**
 * In Latin text, the shortest run of whole words: four letters shared with
 * the prompt are no copy ("plain" is not copied from "complaint").
 */
export const COPY_WORDS = 3;

/** A number in the compact text: digits or Chinese numerals, with 来/多/余 (二十来条, 三百多单). */
const NUMBER_RUN = /(?:[0-9]+|[零一二两三四五六七八九十百千万几半]+)(?:来|多|余)?/g;

const LONE = new Set(['一', '几', '半', '一多', '一来', '几多']);

const runsOf = new WeakMap<AnswerText, [number, number][]>();

/** Every number in the answer, found once per answer. */
export function numberRuns(text: AnswerText): [number, number][] {
  let runs = runsOf.get(text);
  if (!runs) {
    // 一 alone is an article more than a number (有一次, 一位客户): no data.
    runs = [...text.compact.matchAll(NUMBER_RUN)]
      .filter((m) => !LONE.has(m[0]))
      .map((m) => [m.index, m.index + m[0].length]);
    runsOf.set(text, runs);
  }
  return runs;
}

const wordIndexes = new WeakMap<AnswerText, Map<string, number[]>>();

/** Where each Latin word of the answer occurs (by index into `words`), built once per answer. */
export function wordIndex(text: AnswerText): Map<string, number[]> {
  let index = wordIndexes.get(text);
  if (!index) {
    index = new Map();
    text.words.forEach((w, i) => {
      const list = index?.get(w.word);
      if (list) list.push(i);
      else index?.set(w.word, [i]);
    });
    wordIndexes.set(text, index);
  }
  return index;
}

/**
 * Which UTF-16 codes occur in the answer's compact text: one table for the
 * process, marked for the answer being scored and unmarked when the next
 * comes (64 KB allocated per answer would keep the collector busy).
 */
export const present = new Uint8Array(0x10000);

let marked: AnswerText | undefined;

/** The table of the codes in the answer (1: present); valid until another answer is looked at. */
export function charsIn(text: AnswerText): Uint8Array {
  if (marked !== text) {
    if (marked)
      for (let i = 0; i < marked.compact.length; i++) present[marked.compact.charCodeAt(i)] = 0;
    for (let i = 0; i < text.compact.length; i++) present[text.compact.charCodeAt(i)] = 1;
    marked = text;
  }
  return present;
}

export function grams(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n));
  return out;
}

export const LATIN = /[a-z0-9]/i;

export function wordGrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + COPY_WORDS <= words.length; i++) {
    out.add(words.slice(i, i + COPY_WORDS).join(' '));
  }
  return out;
}

export function head(gram: string): number {
  return gram.charCodeAt(0) * 0x10000 + gram.charCodeAt(1);
}

/** Buckets of the pair index: a power of two, so that a bucket is a mask away. */
const PAIR_BUCKETS = 4096;
const pairHead = new Int32Array(PAIR_BUCKETS);
let pairNext = new Int32Array(0);
let paired: AnswerText | undefined;

/** The bucket of two UTF-16 codes in `pairStarts`. */
export function pairBucket(a: number, b: number): number {
  return (a * 31 + b) & (PAIR_BUCKETS - 1);
}

/**
 * Where each pair of compact characters starts, by bucket of the pair: from
 * `head[pairBucket(a, b)]`, ascending through `next`, -1 at the end (other
 * pairs of the bucket too: the caller checks the text). A term of two
 * characters or more is then looked for where it may start, not by an
 * indexOf over the whole answer for each of the bank's thousands of terms.
 * One table for the process, valid until another answer is looked at.
 */
export function pairStarts(text: AnswerText): { head: Int32Array; next: Int32Array } {
  if (paired !== text) {
    const compact = text.compact;
    if (pairNext.length < compact.length) pairNext = new Int32Array(compact.length * 2);
    pairHead.fill(-1);
    for (let i = compact.length - 2; i >= 0; i--) {
      const bucket = pairBucket(compact.charCodeAt(i), compact.charCodeAt(i + 1));
      pairNext[i] = pairHead[bucket] ?? -1;
      pairHead[bucket] = i;
    }
    paired = text;
  }
  return { head: pairHead, next: pairNext };
}
