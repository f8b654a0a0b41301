import type { AnswerText } from './answer-text.js';
import type { Occurrence } from './find-terms.js';

/**
 * Key points judged by what the answer does rather than by a word: `~story`
 * (a concrete case told) and `~structure` (the answer laid out in parts).
 * Each qualifies the point's other terms, as `~fits-time` does: the terms
 * still find the place, and the marker says when they count.
 */
export type Marker = 'story' | 'structure';

/** The key-point terms that stand for a marker. */
export const MARKER_TERMS: Record<string, Marker> = {
  '~story': 'story',
  '~structure': 'structure',
};

/**
 * What makes a case or a result concrete: in the sentence of its opener
 * (有一次, 印象最深的是, one customer, last year…) or its result (降到, 排在前三,
 * cut in half), someone served, something that happened to an order, or a
 * measure of the service. "有一次团建去了千岛湖" opens a story, not a case.
 */
const ZH_CASE =
  /客户|顾客|买家|客人|用户|阿姨|大爷|大姐|大哥|老人|回头客|订单|投诉|退款|退货|换货|快递|物流|配送|售后|差评|好评|评价|纠纷|包裹|发货|下单|咨询|来电|进线|电话|满意度|响应|工单|单子/;
const EN_CASE = new Set([
  'customer',
  'customers',
  "customer's",
  'buyer',
  'buyers',
  "buyer's",
  'client',
  'clients',
  'caller',
  'shopper',
  'order',
  'orders',
  'ordered',
  'parcel',
  'package',
  'delivery',
  'delivered',
  'refund',
  'return',
  'returned',
  'complaint',
  'complained',
  'courier',
  'review',
  'dispute',
  'ticket',
  'item',
  'regular',
  'regulars',
  'guest',
  'guests',
  'chats',
  'calls',
  'conversations',
  'inquiries',
  'tickets',
  'returns',
  'complaints',
  'satisfaction',
  'response',
  'csat',
]);

/** The occurrences that tell a concrete case or result (see `ZH_CASE`), for a `~story` point. */
export function openingCases(text: AnswerText, good: Occurrence[]): Occurrence[] {
  // Judged once a sentence: a long answer repeats its openers (a paste), and each judgement
  // reads the whole sentence and the answer's words.
  const verdicts = new Map<number, boolean>();
  return good.filter((o) => {
    const sentence = text.clauseSentence[text.clause[o.start] ?? 0] ?? 0;
    let verdict = verdicts.get(sentence);
    if (verdict === undefined) {
      verdict = opensCase(text, o, sentence);
      verdicts.set(sentence, verdict);
    }
    return verdict;
  });
}

function opensCase(text: AnswerText, o: Occurrence, sentence: number): boolean {
  const inSentence = (i: number) => text.clauseSentence[text.clause[i] ?? 0] === sentence;
  let start = o.start;
  while (start > 0 && inSentence(start - 1)) start--;
  let end = o.end;
  while (end < text.compact.length && inSentence(end)) end++;
  if (ZH_CASE.test(text.compact.slice(start, end))) return true;
  return text.words.some((w) => w.start >= start && w.end <= end && EN_CASE.has(w.word));
}

/**
 * Whether the occurrences lay the answer out in parts, for a `~structure`
 * point: two different terms (分三块说 then 第一, 首先 … 最后, first … then …
 * finally) in two different clauses, or one in an answer written in three
 * paragraphs or more (parts shown by their lines). One 总之 or "in short"
 * in a single run of talk is no structure.
 */
export function laysOutParts(text: AnswerText, good: Occurrence[]): boolean {
  const first = good[0];
  if (first === undefined) return false;
  if (paragraphs(text) >= MIN_PARAGRAPHS) return true;
  // Two occurrences of different terms in different clauses, found in one pass (a paste can
  // hold thousands): either one differs from the first in both, or one differs in its term
  // (so it is in the first's clause) and another in its clause (so it is the first's term),
  // and those two differ in both.
  const clause = text.clause[first.start];
  let otherTerm = false;
  let otherClause = false;
  for (const o of good) {
    const termDiffers = o.keyword.key !== first.keyword.key;
    const clauseDiffers = text.clause[o.start] !== clause;
    if (termDiffers && clauseDiffers) return true;
    otherTerm ||= termDiffers;
    otherClause ||= clauseDiffers;
  }
  return otherTerm && otherClause;
}

const MIN_PARAGRAPHS = 3;

/** Lines with words on them. */
function paragraphs(text: AnswerText): number {
  const lines = new Set<number>();
  for (let i = 0; i < text.compact.length; i++)
    lines.add(text.clauseLine[text.clause[i] ?? 0] ?? 0);
  return lines.size;
}
