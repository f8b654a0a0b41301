import { FILLER_WORDS } from './find-fillers.js';
import { type Glossary, joinCharPairs, joinGlossaryWords, segmentWords } from './segment-words.js';
import type { WordCount } from './types.js';

/** Words too common to say anything about an answer. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 是 我 你 您 他 她 它 我们 你们 他们 咱们 在 和 与 及 跟 就 也 都 会 要 这 那 ' +
    '一个 有 没有 不 很 吧 吗 呢 呀 把 被 给 对 让 从 到 说 还 又 或 而 但 但是 如果 ' +
    '因为 所以 这样 那么 可以 什么 怎么 一下 一些 这些 那些 自己 能 去 来 做 上 下 ' +
    '中 里 时 得 地 着 过 个 等 先 再 后 并 比如 或者 以及 并且 而且 已经 还是 ' +
    'the a an and or of to in is it i you'
  ).split(' '),
);

/** Lone characters that never start or end a joined pair: function words, not places (售后, 线上). */
const PAIR_BREAKERS: ReadonlySet<string> = new Set(
  [...STOP_WORDS, '嗯', '呃', '啊'].filter((w) => w.length === 1 && !'上下中里时后'.includes(w)),
);

export const TOP_WORDS_LIMIT = 5;
/** A lone character is shown only when used this often… */
export const SINGLE_CHAR_MIN_COUNT = 3;
/** …and at least once per this many 字 (lone characters are mostly pieces of split words). */
export const SINGLE_CHAR_CHARS_PER_USE = 50;

const LETTER = /\p{L}/u;

/**
 * The most used words of an NFKC text of `chars` 字, by `Intl.Segmenter`
 * (word-like segments, with split words joined again), without stop words
 * and fillers; only words used at least twice. Latin words count without
 * regard to case and are shown as first written (SLA, not sla).
 */
export function findTopWords(text: string, chars: number, glossary: Glossary): WordCount[] {
  const parts = joinCharPairs(joinGlossaryWords(segmentWords(text), glossary), PAIR_BREAKERS);
  const counts = new Map<string, { word: string; count: number }>();
  for (const { word } of parts) {
    const key = word.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { word, count: 1 });
  }
  const singleMin = Math.max(SINGLE_CHAR_MIN_COUNT, chars / SINGLE_CHAR_CHARS_PER_USE);
  const ranked: WordCount[] = [];
  for (const [key, { word, count }] of counts) {
    if (count < 2 || STOP_WORDS.has(key) || FILLER_WORDS.has(key) || !LETTER.test(key)) continue;
    if (word.length === 1 && count < singleMin) continue;
    ranked.push({ word, count });
  }
  // Map order is first use and the sort is stable: ties keep the answer's order.
  return ranked.sort((a, b) => b.count - a.count).slice(0, TOP_WORDS_LIMIT);
}
