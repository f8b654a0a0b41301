/**
 * `drill --weakest N` and `review`'s offer when nothing is due: the weakest questions by the
 * history, planned as a drill.
 */

import type { Bank } from '../bank/types.js';
import { questionIndex } from '../history/stats.js';
import { weakestQuestions } from '../history/weak-spots.js';
import { type PlannedQuestion, planSession } from '../session/plan.js';
import type { AttemptRecord, HistoryRecord } from '../store/record.js';
import type { InterviewOptions } from './interview.js';

/** The answers of this bank, in time order. */
export function bankAttempts(records: readonly HistoryRecord[], bankId: string): AttemptRecord[] {
  const attempts = records.filter(
    (r): r is AttemptRecord => r.kind === 'attempt' && r.bank === bankId,
  );
  // Concurrent sessions can interleave their lines; ISO UTC strings sort by time.
  return attempts.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The `n` weakest questions of `sections` by these answers (`bankAttempts`),
 * weakest first, timed as `options` say: the questions `stats` lists.
 */
export function weakestPlan(
  bank: Bank,
  sections: Bank['sections'],
  attempts: readonly AttemptRecord[],
  options: InterviewOptions,
  n: number,
): PlannedQuestion[] {
  const all = planSession(sections, { ...options, shuffle: false, count: undefined });
  const byId = new Map(all.map((p) => [p.question.id, p]));
  const questions = new Map([...questionIndex(bank)].filter(([id]) => byId.has(id)));
  return weakestQuestions(attempts, questions, n).flatMap((q) => byId.get(q.id) ?? []);
}
