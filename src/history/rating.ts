/**
 * How a graded answer becomes an FSRS rating (pure).
 *
 * The share s = final score / points, where the final score is the
 * self-rating when one was given, else the automatic one:
 *
 *   s < 0.5         Again  the answer failed: it covered less than half
 *   0.5 ≤ s < 0.7   Hard   passed, with gaps
 *   0.7 ≤ s < 0.9   Good   a sound answer
 *   s ≥ 0.9         Easy   (almost) every key point
 *
 * Why these lines: FSRS counts Hard as a pass, so Hard *lengthens* the
 * interval. The Again/Hard line is therefore the pass mark, and an answer
 * that misses more than half of what an interviewer listens for is not one
 * to wait longer for (2 of 5 key points is Again; 3 of 5 is Hard). Easy
 * inflates the next interval most, so it is kept for answers that left
 * (nearly) nothing out: on a 5-point question only full marks, on a
 * 10-point one 9 or more. Good covers the rest, as in Anki, where Good is
 * the usual answer.
 *
 * A typed answer that ran out of time with nothing written is Again
 * whatever score it was given: nothing was recalled in time.
 */

import { Rating } from 'ts-fsrs';
import type { AttemptRecord } from '../store/record.js';

/** The four answers of FSRS, as they appear in stats and JSON. */
export type RatingName = 'again' | 'hard' | 'good' | 'easy';

/** The lower bound of each rating's share, highest first. */
const THRESHOLDS: readonly [number, RatingName][] = [
  [0.9, 'easy'],
  [0.7, 'good'],
  [0.5, 'hard'],
];

/** The score that counts: the self-rating when given, else the automatic one. */
export function finalScoreOf(attempt: Pick<AttemptRecord, 'auto_score' | 'self_score'>): number {
  return attempt.self_score ?? attempt.auto_score;
}

/** The final score as a share of the question's points, in [0, 1]. */
export function scoreShare(
  attempt: Pick<AttemptRecord, 'auto_score' | 'self_score' | 'points'>,
): number {
  if (attempt.points <= 0) return 0;
  return Math.min(1, Math.max(0, finalScoreOf(attempt) / attempt.points));
}

/** The rating of an answer with this share of the points (see the table above). */
export function ratingOfShare(share: number): RatingName {
  for (const [min, name] of THRESHOLDS) if (share >= min) return name;
  return 'again';
}

/** The rating of one graded answer. */
export function rateAttempt(
  attempt: Pick<
    AttemptRecord,
    'auto_score' | 'self_score' | 'points' | 'timed_out' | 'text' | 'mode'
  >,
): RatingName {
  if (attempt.mode === 'typed' && attempt.timed_out && attempt.text.trim() === '') return 'again';
  return ratingOfShare(scoreShare(attempt));
}

/** The ts-fsrs grade of a rating. */
export function fsrsGrade(
  name: RatingName,
): Rating.Again | Rating.Hard | Rating.Good | Rating.Easy {
  switch (name) {
    case 'again':
      return Rating.Again;
    case 'hard':
      return Rating.Hard;
    case 'good':
      return Rating.Good;
    case 'easy':
      return Rating.Easy;
  }
}
