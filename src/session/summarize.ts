import { normalizeForMatch } from '../scoring/normalize.js';
import { roundScore } from '../scoring/score-answer.js';
import { type Attempt, finalScore } from './attempt.js';
import { followUpTotals } from './follow-ups.js';
import type { PlannedQuestion } from './plan.js';

export interface SectionSummary {
  id: string;
  order: number;
  title: string;
  /** The scores that count (self-ratings where given). */
  score: number;
  /** The automatic scores alone. */
  autoScore: number;
  /** Points of every planned question of the section, answered or not. */
  max: number;
  /** Points of the questions answered: what an interrupted run is scored over. */
  answeredMax: number;
  answered: number;
  questions: number;
  elapsedMs: number;
  /** Sum of the limits of the answered questions, in ms; null without a timer. */
  limitMs: number | null;
}

export interface MissedPoint {
  point: string;
  /** How many answers missed it. */
  count: number;
  /** Points those misses cost. */
  lost: number;
  questionIds: string[];
}

export interface Summary {
  sections: SectionSummary[];
  score: number;
  autoScore: number;
  /** How many answers carry a self-rating. */
  selfRated: number;
  max: number;
  /** Points of the questions answered. */
  answeredMax: number;
  answered: number;
  questions: number;
  elapsedMs: number;
  mostMissed: MissedPoint[];
  /** The follow-ups asked and their points: beside the score above, never in it. */
  followUps: { asked: number; score: number; max: number };
}

/**
 * Key points' names normalised, by name: the names are the bank's, and a
 * class's thousand files miss the same few dozen points again and again.
 */
const pointKeys = new Map<string, string>();

function pointKey(point: string): string {
  let key = pointKeys.get(point);
  if (key === undefined) {
    key = normalizeForMatch(point);
    pointKeys.set(point, key);
  }
  return key;
}

function sumMissed(attempts: readonly Attempt[]): MissedPoint[] {
  const byPoint = new Map<string, MissedPoint>();
  for (const attempt of attempts) {
    const { keyPoints, max } = attempt.grade;
    for (const kp of keyPoints) {
      if (kp.covered) continue;
      const key = pointKey(kp.point);
      const entry = byPoint.get(key) ?? { point: kp.point, count: 0, lost: 0, questionIds: [] };
      entry.count += 1;
      entry.lost += max / keyPoints.length;
      entry.questionIds.push(attempt.questionId);
      byPoint.set(key, entry);
    }
  }
  return [...byPoint.values()]
    .map((m) => ({ ...m, lost: roundScore(m.lost) }))
    .sort((a, b) => b.count - a.count || b.lost - a.lost);
}

/**
 * Totals of a run by section, over the whole plan: a section not reached
 * still counts its points in `max`, so an interrupted run reads as such.
 */
export function summarize(
  plan: readonly PlannedQuestion[],
  attempts: readonly Attempt[],
  topMissed = 5,
): Summary {
  const bySection = new Map<string, SectionSummary>();
  for (const { section, question } of plan) {
    const s = bySection.get(section.id) ?? {
      id: section.id,
      order: section.order,
      title: section.title,
      score: 0,
      autoScore: 0,
      max: 0,
      answeredMax: 0,
      answered: 0,
      questions: 0,
      elapsedMs: 0,
      limitMs: 0,
    };
    s.max += question.points;
    s.questions += 1;
    bySection.set(section.id, s);
  }
  for (const attempt of attempts) {
    const s = bySection.get(attempt.sectionId);
    if (!s) continue;
    s.score += finalScore(attempt);
    s.autoScore += attempt.grade.score;
    s.answeredMax += attempt.grade.max;
    s.answered += 1;
    s.elapsedMs += attempt.elapsedMs;
    s.limitMs =
      attempt.timeLimit === null || s.limitMs === null
        ? null
        : s.limitMs + attempt.timeLimit * 1000;
  }
  const sections = [...bySection.values()].map((s) => ({
    ...s,
    score: roundScore(s.score),
    max: roundScore(s.max),
    answeredMax: roundScore(s.answeredMax),
  }));
  return {
    sections,
    score: roundScore(sections.reduce((n, s) => n + s.score, 0)),
    autoScore: roundScore(sections.reduce((n, s) => n + s.autoScore, 0)),
    selfRated: attempts.filter((a) => a.selfScore !== null).length,
    max: roundScore(sections.reduce((n, s) => n + s.max, 0)),
    answeredMax: roundScore(sections.reduce((n, s) => n + s.answeredMax, 0)),
    answered: attempts.length,
    questions: plan.length,
    elapsedMs: attempts.reduce((n, a) => n + a.elapsedMs, 0),
    mostMissed: sumMissed(attempts).slice(0, topMissed),
    followUps: followUpTotals(attempts),
  };
}
