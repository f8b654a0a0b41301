import type { Grade } from '../scoring/score-answer.js';
import type { FollowUpAttempt } from './follow-ups.js';

/** One answered question: what was typed, how long it took, how it was graded. */
export interface Attempt {
  questionId: string;
  sectionId: string;
  text: string;
  timedOut: boolean;
  elapsedMs: number;
  /** Seconds, or null when there was no timer. */
  timeLimit: number | null;
  grade: Grade;
  /** The candidate's own score for the question; null when they kept the automatic one. */
  selfScore: number | null;
  /** typed: graded from the text; oral: spoken, graded from the key points ticked. */
  mode: 'typed' | 'oral';
  /** The follow-ups asked after it and their answers; absent when none were asked. */
  followUps?: FollowUpAttempt[];
}

/** The score that counts: the self-rating when given, else the automatic one. */
export function finalScore(attempt: Pick<Attempt, 'grade' | 'selfScore'>): number {
  return attempt.selfScore ?? attempt.grade.score;
}
