import type { Question } from '../bank/types.js';
import { coveredShare } from './coverage.js';
import { type Grade, roundScore } from './score-answer.js';

/**
 * Oral mode: the candidate ticked the key points they said. The score is
 * the ticked share of the points, the same rule as for typed answers
 * (all but one needed from `SLACK_FROM` points on).
 */
export function gradeFromTicks(question: Question, ticked: readonly number[]): Grade {
  const chosen = new Set(ticked);
  const keyPoints = question.key_points.map((k, i) => ({
    point: k.point,
    covered: chosen.has(i),
    matched: [],
  }));
  const share = coveredShare(chosen.size, keyPoints.length);
  return { score: roundScore(share * question.points), max: question.points, keyPoints };
}
