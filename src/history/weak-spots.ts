/** Where the candidate is weakest: questions and key points (pure). */

import type { Question } from '../bank/types.js';
import type { AttemptRecord } from '../store/record.js';
import { scoreShare } from './rating.js';
import { round3 } from './round.js';

export interface WeakQuestion {
  id: string;
  prompt: string;
  attempts: number;
  /** Mean share of the points over all its answers. */
  average: number;
  points: number;
}

export interface MissedPoint {
  point: string;
  count: number;
  /** The questions it was missed in, in bank order. */
  questionIds: string[];
}

/** The `top` questions with the lowest mean share (answered at least once), more answers first on a tie, then bank order. */
export function weakestQuestions(
  attempts: readonly AttemptRecord[],
  questions: ReadonlyMap<string, { question: Question; index: number }>,
  top: number,
): WeakQuestion[] {
  const sums = new Map<string, { total: number; n: number }>();
  for (const a of attempts) {
    if (!questions.has(a.question)) continue;
    const sum = sums.get(a.question) ?? { total: 0, n: 0 };
    sum.total += scoreShare(a);
    sum.n += 1;
    sums.set(a.question, sum);
  }
  return [...sums]
    .map(([id, { total, n }]) => ({
      id,
      average: total / n,
      n,
      index: questions.get(id)?.index ?? 0,
    }))
    .sort((a, b) => a.average - b.average || b.n - a.n || a.index - b.index)
    .slice(0, top)
    .map(({ id, average, n }) => {
      const question = questions.get(id)?.question;
      return {
        id,
        prompt: question?.prompt ?? id,
        attempts: n,
        average: round3(average),
        points: question?.points ?? 0,
      };
    });
}

/** The `top` key points missed most often, by count, then by text. */
export function mostMissed(
  attempts: readonly AttemptRecord[],
  questions: ReadonlyMap<string, { index: number }>,
  top: number,
): MissedPoint[] {
  const counts = new Map<string, { count: number; ids: Set<string> }>();
  for (const a of attempts) {
    for (const point of a.missed) {
      const entry = counts.get(point) ?? { count: 0, ids: new Set<string>() };
      entry.count += 1;
      entry.ids.add(a.question);
      counts.set(point, entry);
    }
  }
  const order = (id: string) => questions.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  return [...counts]
    .sort(([pa, a], [pb, b]) => b.count - a.count || (pa < pb ? -1 : pa > pb ? 1 : 0))
    .slice(0, top)
    .map(([point, { count, ids }]) => ({
      point,
      count,
      questionIds: [...ids].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1)),
    }));
}
