import type { KeyPoint, Question } from '../bank/types.js';
import { containsKeyword, normalizeForMatch } from './normalize.js';

/** How one key point fared in an answer. */
export interface KeyPointResult {
  point: string;
  covered: boolean;
  /** The keywords found in the answer; empty when missed. */
  matched: string[];
}

/** The grade of one answer. */
export interface Grade {
  /** Share of key points covered × the question's points, to one decimal. */
  score: number;
  max: number;
  keyPoints: KeyPointResult[];
}

function judgeKeyPoint(keyPoint: KeyPoint, text: string, normalized: string): KeyPointResult {
  const matched = keyPoint.keywords.filter((k) => containsKeyword(text, k, normalized));
  return { point: keyPoint.point, covered: matched.length > 0, matched };
}

/** Rounds to one decimal, avoiding binary noise such as 3.3333. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Grades an answer against the question's key points: a point is covered
 * when the answer says one of its keywords.
 */
export function scoreAnswer(question: Question, text: string): Grade {
  const normalized = normalizeForMatch(text);
  const keyPoints = question.key_points.map((k) => judgeKeyPoint(k, text, normalized));
  const covered = keyPoints.filter((k) => k.covered).length;
  const share = keyPoints.length === 0 ? 0 : covered / keyPoints.length;
  return { score: roundScore(share * question.points), max: question.points, keyPoints };
}
