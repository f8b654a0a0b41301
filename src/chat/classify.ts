/**
 * What a reply does, recognised with the scorer's own machinery (pure): an
 * act is shown when one of its terms occurs where the reply asserts it
 * (outside a negation, as `negation.ts` decides), a red flag as the scorer
 * finds it (`red-flags.ts`). So "我不会让您去支付宝申请退款" shows neither the
 * refund-outside-order flag nor a remedy, as it would in an interview answer.
 */
import type { Question } from '../bank/types.js';
import { prepareText } from '../scoring/answer-text.js';
import { findOccurrences } from '../scoring/find-terms.js';
import { isNegated, negatedMask } from '../scoring/negation.js';
import { prepareQuestion } from '../scoring/prepare-question.js';
import { findRedFlags } from '../scoring/red-flags.js';

/** A red flag a reply showed: its id, what is wrong, and the words that showed it. */
export interface ChatFlag {
  id: string;
  wrong: string;
  matched: string[];
}

export interface Classified {
  /** The acts shown, by name, in the order the scenario lists them. */
  acts: string[];
  flags: ChatFlag[];
  /** The reply's length in 字 (CJK characters + Latin words), for the typing speed. */
  units: number;
}

/**
 * Classifies one reply against a scenario's matcher: a question whose key
 * points are the acts (`point` is the act's name, `keywords` its terms,
 * concepts already expanded) and whose red flags are the ones in force.
 */
export function classifyReply(matcher: Question, reply: string): Classified {
  const prepared = prepareQuestion(matcher);
  const text = prepareText(reply);
  const negated = negatedMask(text);
  const shown = new Set<number>();
  for (const o of findOccurrences(prepared, text)) {
    // A `!term` counts only inside a negation, any other term only outside one.
    if (isNegated(negated, o) === (o.keyword.negatedOnly === true)) shown.add(o.keyPoint);
  }
  const acts = prepared.keyPoints.flatMap((kp, i) => (shown.has(i) ? [kp.point] : []));
  // Nothing in a reply is copied from a prompt: the customer's words are not the question's.
  const none = new Uint8Array(text.compact.length);
  const flags = findRedFlags(prepared, text, none, negated).map(({ id, wrong, matched }) => ({
    id,
    wrong,
    matched,
  }));
  return { acts, flags, units: text.units };
}
