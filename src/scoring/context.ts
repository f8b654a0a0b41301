import type { Bank } from '../bank/types.js';
import type { ScoreContext } from './types.js';

const contexts = new WeakMap<Bank, ScoreContext>();

/**
 * A scoring context for a whole bank, built once per bank (its index is cached on it). Apart
 * from the scorer, so that an interview can build it before its first question without loading
 * the scorer, which it needs only once an answer is in.
 */
export function scoringContext(bank: Bank): ScoreContext {
  let context = contexts.get(bank);
  if (!context) {
    context = { questions: bank.sections.flatMap((s) => s.questions) };
    contexts.set(bank, context);
  }
  return context;
}
