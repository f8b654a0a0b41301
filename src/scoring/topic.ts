import type { Question } from '../bank/types.js';
import { type AnswerText, prepareText } from './answer-text.js';

/**
 * How well an answer fits each question of the bank: cosine similarity of
 * character-bigram vectors (CJK bigrams and Latin words), weighted by
 * TF-IDF over the bank, against each question's prompt (twice), reference
 * answer, analysis, key points and keywords. Text copied from the question
 * is left out of the answer's vector, so echoing the prompt earns no fit.
 */
export interface TopicIndex {
  questions: readonly Question[];
  idf: Map<Feature, number>;
  /** IDF of a feature the bank never uses. */
  unseenIdf: number;
  /** Feature → [question index, weight in that question's unit vector] pairs. */
  postings: Map<Feature, [number, number][]>;
}

/** A CJK bigram as a number (two UTF-16 codes), or a Latin word as `w:word`. */
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
  const idf = new Map<Feature, number>();
  for (const [f, d] of df) idf.set(f, Math.log(1 + n / d));
  const postings = new Map<Feature, [number, number][]>();
  counts.forEach((c, doc) => {
    const weights = weigh(c, idf, 0);
    for (const [f, w] of weights) {
      const list = postings.get(f);
      if (list) list.push([doc, w]);
      else postings.set(f, [[doc, w]]);
    }
  });
  return { questions, idf, unseenIdf: Math.log(1 + n), postings };
}

/** Cosine similarity of an answer with each question of the index (same order). */
export function similarities(index: TopicIndex, text: AnswerText, skip?: Uint8Array): number[] {
  const sims = new Array<number>(index.questions.length).fill(0);
  let norm = 0;
  for (const [f, c] of features(text, skip)) {
    const w = (1 + Math.log(c)) * (index.idf.get(f) ?? index.unseenIdf);
    norm += w * w;
    const list = index.postings.get(f);
    if (!list) continue;
    for (const [doc, dw] of list) sims[doc] = (sims[doc] ?? 0) + w * dw;
  }
  if (norm === 0) return sims;
  const length = Math.sqrt(norm);
  return sims.map((s) => s / length);
}

/** Bigram and word counts; bigrams stay inside a clause and skip masked characters. */
function features(text: AnswerText, skip?: Uint8Array): Map<Feature, number> {
  const out = new Map<Feature, number>();
  const add = (f: Feature) => out.set(f, (out.get(f) ?? 0) + 1);
  const { compact, clause } = text;
  for (let i = 0; i + 1 < compact.length; i++) {
    if (skip?.[i] || skip?.[i + 1]) continue;
    if (clause[i] !== clause[i + 1]) continue;
    const a = compact.charCodeAt(i);
    const b = compact.charCodeAt(i + 1);
    if (isCjk(a) && isCjk(b)) add(a * 0x10000 + b);
  }
  for (const w of text.words) if (!skip?.[w.start]) add(`w:${w.word}`);
  return out;
}

function isCjk(code: number): boolean {
  return code >= 0x3040 && code <= 0x9fff;
}

/** Log-scaled term frequency × IDF, as a unit vector. */
function weigh(counts: Map<Feature, number>, idf: Map<Feature, number>, unseen: number) {
  const out = new Map<Feature, number>();
  let norm = 0;
  for (const [f, c] of counts) {
    const w = (1 + Math.log(c)) * (idf.get(f) ?? unseen);
    if (w <= 0) continue;
    out.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [f, w] of out) out.set(f, w / norm);
  return out;
}
