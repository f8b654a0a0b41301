/**
 * Finding a question's prepared keywords in an answer: where each term occurs (with its near
 * forms and English inflections), a cheap glance first, and the runs copied from the prompt.
 */

import {
  COPY_RUN,
  COPY_WORDS,
  charsIn,
  LATIN,
  numberRuns,
  pairBucket,
  pairStarts,
  wordIndex,
} from './answer-index.js';
import type { AnswerText } from './answer-text.js';
import { findNearForms } from './near-forms.js';
import {
  NUMBER_WORD,
  NUMBER_WORDS,
  type PreparedKeyword,
  type PreparedQuestion,
} from './prepare-question.js';

function nearPossible(keyword: PreparedKeyword, compact: string): boolean {
  const key = keyword.key;
  return compact.includes(key.slice(0, 2)) || compact.includes(key.slice(-2));
}

/** Whether a word of the answer matches a part of a Latin term (`#` is any number). */
function wordMatches(part: string, word: string | undefined, forms?: ReadonlySet<string>): boolean {
  if (word === undefined) return false;
  if (part === '#') return NUMBER_WORD.test(word) || NUMBER_WORDS.has(word);
  if (part.includes('#')) return new RegExp(`^${part.replace('#', '[0-9]+')}$`).test(word);
  return word === part || forms?.has(word) === true;
}

/** Where the answer has a keyword's first word, in any of its forms, in order. */
function startsOf(
  index: Map<string, number[]>,
  forms: ReadonlySet<string> | undefined,
  word: string,
): number[] {
  if (!forms || forms.size <= 1) return index.get(word) ?? [];
  const at: number[] = [];
  for (const form of forms) {
    const list = index.get(form);
    if (list) at.push(...list);
  }
  return at.length > 1 ? at.sort((a, b) => a - b) : at;
}

/** One place a keyword occurs, in compact offsets. */
export interface Occurrence {
  keyPoint: number;
  keyword: PreparedKeyword;
  start: number;
  end: number;
  near: boolean;
}

/**
 * A question's keywords in one list, for a glance before `findTerm`: the
 * first and last codes of each CJK keyword (-1 for a Latin or number term,
 * which `findTerm` judges itself). Some 140 keywords a question, of which
 * an answer may hold some 20; the glance spares the others a call.
 */
interface KeywordList {
  keywords: PreparedKeyword[];
  keyPoints: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

const keywordLists = new WeakMap<PreparedQuestion, KeywordList>();

function keywordList(q: PreparedQuestion): KeywordList {
  let list = keywordLists.get(q);
  if (!list) {
    const keywords = q.keyPoints.flatMap((kp) => kp.keywords);
    const keyPoints = Int32Array.from(q.keyPoints.flatMap((kp, i) => kp.keywords.map(() => i)));
    const cjk = (k: PreparedKeyword) => !k.latin && !k.number;
    const first = Int32Array.from(keywords, (k) => (cjk(k) ? k.key.charCodeAt(0) : -1));
    const last = Int32Array.from(keywords, (k) =>
      cjk(k) ? k.key.charCodeAt(k.key.length - 1) : -1,
    );
    list = { keywords, keyPoints, first, last };
    keywordLists.set(q, list);
  }
  return list;
}

/** Every occurrence of every keyword of the question in the answer. */
export function findOccurrences(q: PreparedQuestion, text: AnswerText): Occurrence[] {
  const out: Occurrence[] = [];
  const { keywords, keyPoints, first, last } = keywordList(q);
  const present = charsIn(text);
  for (let i = 0; i < keywords.length; i++) {
    const a = first[i] ?? -1;
    // The glance `mayOccur` takes, without a call: most keywords end here.
    if (a >= 0 && (present[a] !== 1 || present[last[i] ?? 0] !== 1)) continue;
    const keyword = keywords[i];
    if (keyword) findTerm(keyword, text, keyPoints[i] ?? 0, out);
  }
  return out;
}

/**
 * false when a term cannot occur in the answer, by a glance: a CJK term's
 * first or last character is absent (a near-form has them too: it only adds
 * a character inside), a Latin term's first word is absent in all its
 * forms, a number term finds no number. Most of a bank's terms are absent
 * from any one answer: the glance saves the search (and the red-flag search
 * the arrays it would fill for nothing).
 */
export function mayOccur(keyword: PreparedKeyword, text: AnswerText): boolean {
  if (keyword.latin) {
    const first = keyword.latin[0] ?? '';
    if (first.includes('#')) return true;
    const index = wordIndex(text);
    const forms = keyword.forms?.[0];
    if (!forms || forms.size <= 1) return index.has(first);
    for (const form of forms) if (index.has(form)) return true;
    return false;
  }
  if (keyword.number) return numberRuns(text).length > 0;
  const present = charsIn(text);
  const key = keyword.key;
  if (present[key.charCodeAt(0)] !== 1 || present[key.charCodeAt(key.length - 1)] !== 1)
    return false;
  // A term matched only as written (a red-flag sign's) needs every character
  // it has: 告诉他 and 其他 have common ends, and an indexOf over the whole
  // answer for each of a bank's thousands of sign terms was most of its time.
  // Not a term with near-forms, which may be written with a character changed.
  if (keyword.near) return true;
  for (let i = 1; i < key.length - 1; i++) if (present[key.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Appends every place a term occurs in the answer to `out` (tagged with `keyPoint`). */
export function findTerm(
  keyword: PreparedKeyword,
  text: AnswerText,
  keyPoint: number,
  out: Occurrence[],
): void {
  const before = out.length;
  if (!keyword.latin && !keyword.number && !mayOccur(keyword, text)) return;
  // A keyword never spans a clause boundary: compact text has no punctuation, so
  // "不满；再核实" would otherwise read as 不再核实.
  const oneClause = (start: number, end: number) => text.clause[start] === text.clause[end - 1];
  if (keyword.latin) {
    const parts = keyword.latin;
    const words = text.words;
    // Start only where the first word occurs (a number part has no index entry).
    const first0 = parts[0] ?? '';
    const forms = keyword.forms;
    const starts = first0.includes('#') ? undefined : startsOf(wordIndex(text), forms?.[0], first0);
    const candidates = starts ?? words.map((_, i) => i);
    for (const i of candidates) {
      if (i + parts.length > words.length) continue;
      if (parts.every((p, j) => wordMatches(p, words[i + j]?.word, forms?.[j]))) {
        const first = words[i];
        const last = words[i + parts.length - 1];
        if (first && last && oneClause(first.start, last.end)) {
          out.push({ keyPoint, keyword, start: first.start, end: last.end, near: false });
        }
      }
    }
    return;
  }
  if (keyword.number) {
    const { before: head, after: tail } = keyword.number;
    for (const [runStart, runEnd] of numberRuns(text)) {
      const start = runStart - head.length;
      const end = runEnd + tail.length;
      if (start < 0 || !text.compact.startsWith(head, start)) continue;
      if (!text.compact.startsWith(tail, runEnd) || !oneClause(start, end)) continue;
      out.push({ keyPoint, keyword, start, end, near: false });
    }
    return;
  }
  const key = keyword.key;
  const compact = text.compact;
  if (key.length >= 2) {
    // Only where the term's first two characters may start (see `pairStarts`).
    const { head, next } = pairStarts(text);
    let at = head[pairBucket(key.charCodeAt(0), key.charCodeAt(1))] ?? -1;
    for (; at >= 0; at = next[at] ?? -1) {
      if (compact.startsWith(key, at) && oneClause(at, at + key.length))
        out.push({ keyPoint, keyword, start: at, end: at + key.length, near: false });
    }
  } else {
    for (let at = compact.indexOf(key); at >= 0; at = compact.indexOf(key, at + 1)) {
      if (oneClause(at, at + key.length))
        out.push({ keyPoint, keyword, start: at, end: at + key.length, near: false });
    }
  }
  // A near-form keeps the keyword's first two or last two characters together.
  if (out.length === before && keyword.near && nearPossible(keyword, text.compact)) {
    for (const [start, end] of findNearForms(keyword.near, text.compact)) {
      if (oneClause(start, end)) out.push({ keyPoint, keyword, start, end, near: true });
    }
  }
}

/**
 * Marks the compact characters that sit in a run shared with the prompt:
 * COPY_RUN characters or more outside Latin words, COPY_WORDS whole words or
 * more in them.
 */
export function copiedMask(q: PreparedQuestion, text: AnswerText): Uint8Array {
  const mask = new Uint8Array(text.compact.length);
  if (q.promptGrams.size === 0) return mask;
  const { compact } = text;
  for (let i = 0; i + COPY_RUN <= compact.length; i++) {
    if (!q.promptHeads.has(compact.charCodeAt(i) * 0x10000 + compact.charCodeAt(i + 1))) continue;
    const gram = compact.slice(i, i + COPY_RUN);
    if (q.promptGrams.has(gram) && !LATIN.test(gram)) mask.fill(1, i, i + COPY_RUN);
  }
  if (q.promptWordGrams.size === 0) return mask;
  const { words } = text;
  // The run's words joined as `wordGrams` joins them, without two arrays for each word.
  for (let i = 0; i + COPY_WORDS <= words.length; i++) {
    let run = words[i]?.word ?? '';
    for (let j = 1; j < COPY_WORDS; j++) run += ` ${words[i + j]?.word ?? ''}`;
    if (!q.promptWordGrams.has(run)) continue;
    mask.fill(1, words[i]?.start ?? 0, words[i + COPY_WORDS - 1]?.end ?? 0);
  }
  return mask;
}
