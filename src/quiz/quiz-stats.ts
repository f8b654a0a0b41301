/**
 * The rules quiz in `stats` (pure): how many answers, how many right, how many of the bank's
 * items were ever answered, and how many were wrong the last time (those `review` brings back).
 */

import type { QuizAnswerRecord } from '../store/record.js';

export interface QuizStats {
  /** Answers given. */
  answered: number;
  right: number;
  /** Distinct items answered at least once. */
  items: number;
  /** Choice items in the bank. */
  bank_items: number;
  /** Items whose latest answer was wrong. */
  wrong_last: number;
}

/** `records`: the quiz answers of one bank, in the log's order. */
export function computeQuizStats(
  records: readonly QuizAnswerRecord[],
  bankItems: number,
): QuizStats {
  const latest = new Map<string, QuizAnswerRecord>();
  let right = 0;
  for (const r of records) {
    if (r.right) right++;
    const before = latest.get(r.question);
    if (before === undefined || before.at <= r.at) latest.set(r.question, r);
  }
  let wrongLast = 0;
  for (const r of latest.values()) if (!r.right) wrongLast++;
  return {
    answered: records.length,
    right,
    items: latest.size,
    bank_items: bankItems,
    wrong_last: wrongLast,
  };
}
