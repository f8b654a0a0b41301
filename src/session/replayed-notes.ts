/**
 * What the history does not keep of a grade: the flags on the answer as a whole and the cap
 * they set (a red flag, a length cap…). `history show` wants to say them as the feedback did,
 * so the answer is graded again from its saved text; the notes are trusted only when that
 * grade is the one recorded (same score, same key points covered), so a scorer changed since
 * never puts a cap beside a score it did not cause.
 */

import type { Question } from '../bank/types.js';
import { type ScoreContext, scoreAnswer } from '../scoring/score-answer.js';
import type { Grade } from '../scoring/types.js';
import type { AttemptRecord } from '../store/record.js';

/** The flags and cap of `record`'s grade, when grading its text again reproduces it; else none. */
export function replayedNotes(
  record: AttemptRecord,
  question: Question,
  scoring: ScoreContext,
): Pick<Grade, 'flags' | 'cap'> {
  if (record.mode !== 'typed' || record.text.trim() === '') return {};
  // A run judges length by its own limit (0 under --no-timer); `grade` of a file, which
  // records no limit either, by the question's: both are tried for a null one.
  const limits = record.time_limit === null ? [0, question.time_limit] : [record.time_limit];
  for (const timeLimit of limits) {
    const grade = scoreAnswer(question, record.text, { ...scoring, timeLimit });
    const covered = grade.keyPoints.filter((k) => k.covered).map((k) => k.point);
    if (grade.score === record.auto_score && sameList(covered, record.covered))
      return { flags: grade.flags, ...(grade.cap ? { cap: grade.cap } : {}) };
  }
  return {};
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
