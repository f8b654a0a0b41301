import type { Grade } from '../scoring/score-answer.js';

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
}
