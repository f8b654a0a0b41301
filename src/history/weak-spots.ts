/** Where the candidate is weakest: questions and key points (pure). */

import type { Question } from '../bank/types.js';
import type { AttemptRecord } from '../store/record.js';
import type { PointName } from './point-names.js';
import { finalScoreOf, scoreShare } from './rating.js';
import { round3 } from './round.js';

export interface WeakQuestion {
  id: string;
  /** The order of its section, for `一.2`-style references. */
  section: number;
  prompt: string;
  attempts: number;
  /** Share of the points in its latest answer: what ranks it. */
  latest: number;
  /** Mean share of the points over all its answers. */
  average: number;
  /** Points missed over all its answers (the tie-break: most first). */
  missedPoints: number;
  /** Its latest shares, oldest first (at most TREND_LENGTH): the trend. */
  trend: number[];
  points: number;
}

export interface MissedPoint {
  point: string;
  count: number;
  /** The questions it was missed in, in bank order. */
  questionIds: string[];
}

/** How many of a question's latest answers its trend shows. */
export const TREND_LENGTH = 4;

/**
 * The `top` weakest questions answered at least once: lowest share in the
 * latest answer first (what the candidate would give now), then most points
 * missed over all answers, then bank order. `attempts` must be in time
 * order. `stats` lists these and `drill --weakest` asks them: the same
 * function, so the list can be drilled as shown.
 */
export function weakestQuestions(
  attempts: readonly AttemptRecord[],
  questions: ReadonlyMap<string, { question: Question; index: number; section?: number }>,
  top: number,
): WeakQuestion[] {
  const sums = new Map<string, { total: number; missed: number; shares: number[] }>();
  for (const a of attempts) {
    if (!questions.has(a.question)) continue;
    let sum = sums.get(a.question);
    if (sum === undefined) {
      sum = { total: 0, missed: 0, shares: [] };
      sums.set(a.question, sum);
    }
    const share = scoreShare(a);
    sum.total += share;
    sum.missed += Math.max(0, a.points - finalScoreOf(a));
    sum.shares.push(share);
  }
  return [...sums]
    .map(([id, sum]) => ({
      id,
      ...sum,
      latest: sum.shares.at(-1) as number,
      index: questions.get(id)?.index ?? 0,
    }))
    .sort((a, b) => a.latest - b.latest || b.missed - a.missed || a.index - b.index)
    .slice(0, top)
    .map(({ id, total, missed, shares, latest }) => {
      const entry = questions.get(id);
      return {
        id,
        section: entry?.section ?? 0,
        prompt: entry?.question.prompt ?? id,
        attempts: shares.length,
        latest: round3(latest),
        average: round3(total / shares.length),
        missedPoints: round3(missed),
        trend: shares.slice(-TREND_LENGTH).map(round3),
        points: entry?.question.points ?? 0,
      };
    });
}

/**
 * The `top` key points missed most often, by count, then by text. An answer
 * whose score that counts is 0 (a self-rating of 0, or a cap) missed every
 * point, whatever the matcher ticked: it earned nothing for them. `nameOf` gives each
 * point in the interface language (`point-names.ts`).
 */
export function mostMissed(
  attempts: readonly AttemptRecord[],
  questions: ReadonlyMap<string, { index: number }>,
  top: number,
  nameOf?: PointName,
): MissedPoint[] {
  // Counted per question first: a text is only known to be a point of its own question (two
  // questions may share a text that each translates differently), and naming the few
  // hundred pairs after the loop costs less than naming every key point of every answer.
  const byQuestion = new Map<string, Map<string, number>>();
  for (const a of attempts) {
    const missed = finalScoreOf(a) <= 0 ? [...a.missed, ...a.covered] : a.missed;
    if (missed.length === 0) continue;
    let counted = byQuestion.get(a.question);
    if (counted === undefined) {
      counted = new Map();
      byQuestion.set(a.question, counted);
    }
    for (const point of missed) counted.set(point, (counted.get(point) ?? 0) + 1);
  }
  // The same point graded in two languages is one, under its name in the interface language.
  const counts = new Map<string, { count: number; ids: Set<string> }>();
  for (const [question, counted] of byQuestion) {
    for (const [recorded, count] of counted) {
      const point = nameOf ? nameOf(question, recorded) : recorded;
      const entry = counts.get(point);
      if (entry === undefined) counts.set(point, { count, ids: new Set([question]) });
      else {
        entry.count += count;
        entry.ids.add(question);
      }
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
