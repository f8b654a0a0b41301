import type { Question } from '../bank/types.js';
import { type AnswerText, prepareText } from './answer-text.js';

/**
 * How well an answer fits each question of the bank: cosine similarity of
 * character-bigram vectors (CJK bigrams and Latin words), weighted by
 * TF-IDF over the bank, against each question's prompt (twice), reference
 * answer, analysis, key points and keywords. Text copied from the question
 * is left out of the answer's vector, so echoing the prompt earns no fit.
 *
 * The index is flat, for a class's thousands of answers: each feature the
 * bank uses has a number, its IDF and its postings (question, weight) sit in
 * typed arrays, and an answer's features are counted in a table reused from
 * call to call, not in a map per call.
 */
export interface TopicIndex {
  questions: readonly Question[];
  /** CJK bigram (see `bigramKey`) → feature number. */
  bigrams: BigramTable;
  /** Latin word → feature number. */
  words: Map<string, number>;
  /** IDF of each feature. */
  idf: Float64Array;
  /** IDF of a feature the bank never uses. */
  unseenIdf: number;
  /** Feature f's postings are postDoc/postWeight[postStart[f] .. postStart[f + 1]). */
  postStart: Int32Array;
  /** Question index of each posting. */
  postDoc: Int32Array;
  /** Weight of the feature in that question's unit vector. */
  postWeight: Float64Array;
  /** Scratch: how often the answer being measured uses each feature (all 0 between calls). */
  counts: Int32Array;
}

/** A CJK bigram (a feature) or a Latin word. */
type Feature = number | string;

const cache = new WeakMap<readonly Question[], TopicIndex>();

/** The index of a set of questions, built on first use and cached on the array. */
export function topicIndex(questions: readonly Question[]): TopicIndex {
  let index = cache.get(questions);
  if (!index) {
    index = buildIndex(questions);
    cache.set(questions, index);
  }
  return index;
}

function questionText(q: Question): string {
  const points = q.key_points.map((k) => `${k.point}。${k.keywords.join('。')}`).join('。');
  return [q.prompt, q.prompt, q.answer, q.analysis, points].join('\n');
}

function buildIndex(questions: readonly Question[]): TopicIndex {
  const counts = questions.map((q) => features(prepareText(questionText(q))));
  const df = new Map<Feature, number>();
  for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = questions.length;
  const idfOf = new Map<Feature, number>();
  for (const [f, d] of df) idfOf.set(f, Math.log(1 + n / d));
  const postings = new Map<Feature, [number, number][]>();
  counts.forEach((c, doc) => {
    for (const [f, w] of weigh(c, idfOf)) {
      const list = postings.get(f);
      if (list) list.push([doc, w]);
      else postings.set(f, [[doc, w]]);
    }
  });
  const bigrams = bigramTable([...idfOf.keys()].filter((f) => typeof f === 'number').length);
  const words = new Map<string, number>();
  const idf = new Float64Array(idfOf.size);
  const postStart = new Int32Array(idfOf.size + 1);
  const total = [...postings.values()].reduce((sum, list) => sum + list.length, 0);
  const postDoc = new Int32Array(total);
  const postWeight = new Float64Array(total);
  let id = 0;
  let at = 0;
  for (const [f, value] of idfOf) {
    if (typeof f === 'number') setBigram(bigrams, f, id);
    else words.set(f.slice(2), id); // without its `w:`
    idf[id] = value;
    postStart[id] = at;
    for (const [doc, w] of postings.get(f) ?? []) {
      postDoc[at] = doc;
      postWeight[at] = w;
      at++;
    }
    id++;
  }
  postStart[id] = at;
  const counted = new Int32Array(id);
  return {
    questions,
    bigrams,
    words,
    idf,
    unseenIdf: Math.log(1 + n),
    postStart,
    postDoc,
    postWeight,
    counts: counted,
  };
}

/**
 * Cosine similarity of an answer with each question of the index (same
 * order). Features are weighed in the order of their first use, as the map
 * of the first version did, so that every sum is the same to the last bit.
 */
export function similarities(index: TopicIndex, text: AnswerText, skip?: Uint8Array): number[] {
  const known = index.counts.length;
  const counts = index.counts;
  // Features in order of first use: numbers below `known`, or `known` + n for the n-th unseen one.
  const order: number[] = [];
  const unseen = new Map<Feature, number>();
  const unseenCounts: number[] = [];
  const add = (id: number | undefined, f: Feature) => {
    if (id !== undefined) {
      const c = counts[id] ?? 0;
      if (c === 0) order.push(id);
      counts[id] = c + 1;
      return;
    }
    const u = unseen.get(f);
    if (u === undefined) {
      unseen.set(f, unseenCounts.length);
      order.push(known + unseenCounts.length);
      unseenCounts.push(1);
    } else unseenCounts[u] = (unseenCounts[u] ?? 0) + 1;
  };
  const { compact, clause } = text;
  for (let i = 0; i + 1 < compact.length; i++) {
    if (skip?.[i] || skip?.[i + 1]) continue;
    if (clause[i] !== clause[i + 1]) continue;
    const a = compact.charCodeAt(i);
    const b = compact.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) {
      const key = bigramKey(a, b);
      add(getBigram(index.bigrams, key), key);
    }
  }
  for (const w of text.words) if (!skip?.[w.start]) add(index.words.get(w.word), `w:${w.word}`);

  const sims = new Array<number>(index.questions.length).fill(0);
  const { idf, postStart, postDoc, postWeight } = index;
  let norm = 0;
  for (const id of order) {
    if (id >= known) {
      const w = (1 + Math.log(unseenCounts[id - known] ?? 1)) * index.unseenIdf;
      norm += w * w;
      continue;
    }
    const w = (1 + Math.log(counts[id] ?? 1)) * (idf[id] ?? 0);
    counts[id] = 0;
    norm += w * w;
    const end = postStart[id + 1] ?? 0;
    for (let p = postStart[id] ?? 0; p < end; p++) {
      const doc = postDoc[p] ?? 0;
      sims[doc] = (sims[doc] ?? 0) + w * (postWeight[p] ?? 0);
    }
  }
  if (norm === 0) return sims;
  const length = Math.sqrt(norm);
  return sims.map((s) => s / length);
}

/**
 * Bigram → feature number, by open addressing in typed arrays: a Map's
 * lookup was most of the time of `similarities` (a class's answers look up
 * some 300 bigrams each, twice). Keys are `bigramKey`s (≥ 0); -1 is empty.
 */
interface BigramTable {
  keys: Int32Array;
  values: Int32Array;
  mask: number;
}

function bigramTable(count: number): BigramTable {
  let size = 16;
  while (size < count * 2) size *= 2;
  return { keys: new Int32Array(size).fill(-1), values: new Int32Array(size), mask: size - 1 };
}

function slotOf(table: BigramTable, key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) & table.mask;
  while (table.keys[slot] !== key && table.keys[slot] !== -1) slot = (slot + 1) & table.mask;
  return slot;
}

function setBigram(table: BigramTable, key: number, value: number): void {
  const slot = slotOf(table, key);
  table.keys[slot] = key;
  table.values[slot] = value;
}

function getBigram(table: BigramTable, key: number): number | undefined {
  const slot = slotOf(table, key);
  return table.keys[slot] === key ? table.values[slot] : undefined;
}

/** Bigram and word counts, for the bank's own texts; bigrams stay inside a clause. */
function features(text: AnswerText): Map<Feature, number> {
  const out = new Map<Feature, number>();
  const add = (f: Feature) => out.set(f, (out.get(f) ?? 0) + 1);
  const { compact, clause } = text;
  for (let i = 0; i + 1 < compact.length; i++) {
    if (clause[i] !== clause[i + 1]) continue;
    const a = compact.charCodeAt(i);
    const b = compact.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) add(bigramKey(a, b));
  }
  for (const w of text.words) add(`w:${w.word}`);
  return out;
}

const CJK_FIRST = 0x3040;
const CJK_LAST = 0x9fff;
const CJK_SPAN = CJK_LAST - CJK_FIRST + 1;

/** Two CJK codes as one small integer (under 2³⁰), a cheap map key. */
function bigramKey(a: number, b: number): number {
  return (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST);
}

function isCjk(code: number): boolean {
  return code >= CJK_FIRST && code <= CJK_LAST;
}

/** Log-scaled term frequency × IDF, as a unit vector. */
function weigh(counts: Map<Feature, number>, idf: Map<Feature, number>) {
  const out = new Map<Feature, number>();
  let norm = 0;
  for (const [f, c] of counts) {
    const w = (1 + Math.log(c)) * (idf.get(f) ?? 0);
    if (w <= 0) continue;
    out.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [f, w] of out) out.set(f, w / norm);
  return out;
}
