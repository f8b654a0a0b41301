/** Words that name who said a lesson, not the act of a key point. */
import type { AnswerText } from './answer-text.js';
import type { Occurrence } from './find-terms.js';

/** A habit of saying right after a word: 主管经常说, 组长总讲, my old supervisor used to say. */
const ZH_SAYS_HABITUALLY =
  /^(?:以前|之前|过去)?(?:经常|常常|常|总是|总|一直|老是|曾经)(?:跟我们|对我们|跟我|对我)?(?:说|讲(?!解)|教|念叨|强调)|^(?:说过|讲过|教过|告诉过)/;
const EN_SAYS_HABITUALLY = [
  ['used', 'to', 'say'],
  ['used', 'to', 'tell'],
  ['always', 'said'],
  ['always', 'says'],
  ['always', 'told'],
  ['once', 'told'],
  ['would', 'always', 'say'],
];

/**
 * Whether the occurrence names someone whose saying the answer quotes as a
 * lesson ("我以前的主管经常说，客户骂的是问题", "my dad always said…"): the
 * supervisor is not escalated to, the customer not served; the words are
 * the person who said it, not the act of the point.
 */
export function namesASayer(text: AnswerText, o: Occurrence): boolean {
  let clauseEnd = o.end;
  while (clauseEnd < text.compact.length && text.clause[clauseEnd] === text.clause[o.start])
    clauseEnd++;
  if (ZH_SAYS_HABITUALLY.test(text.compact.slice(o.end, Math.min(clauseEnd, o.end + 8))))
    return true;
  // The first word after the occurrence, by binary search: words are in text order.
  const { words } = text;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? 0) < o.end) lo = mid + 1;
    else hi = mid;
  }
  const next = (j: number) => {
    const w = words[lo + j];
    return w && w.start < clauseEnd ? w.word : undefined;
  };
  return EN_SAYS_HABITUALLY.some((phrase) => phrase.every((p, j) => next(j) === p));
}
