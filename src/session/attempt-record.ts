import {
  type AttemptRecord,
  type FollowUpRecord,
  newRecordId,
  RECORD_VERSION,
} from '../store/record.js';
import type { Attempt } from './attempt.js';
import type { FollowUpAttempt } from './follow-ups.js';

/** Where an attempt was made: the parts of its record that the attempt does not hold. */
export interface AttemptContext {
  session: string;
  bank: string;
  /** Defaults to a new random id. */
  id?: string;
  /** Defaults to now. */
  at?: Date;
}

/** The record of a graded attempt, ready for `append`. */
export function toAttemptRecord(attempt: Attempt, context: AttemptContext): AttemptRecord {
  const points = attempt.grade.keyPoints;
  return {
    v: RECORD_VERSION,
    kind: 'attempt',
    id: context.id ?? newRecordId(),
    session: context.session,
    bank: context.bank,
    question: attempt.questionId,
    section: attempt.sectionId,
    mode: attempt.mode,
    text: attempt.text,
    elapsed_ms: attempt.elapsedMs,
    time_limit: attempt.timeLimit,
    timed_out: attempt.timedOut,
    auto_score: attempt.grade.score,
    self_score: attempt.selfScore,
    points: attempt.grade.max,
    covered: points.filter((p) => p.covered).map((p) => p.point),
    missed: points.filter((p) => !p.covered).map((p) => p.point),
    at: (context.at ?? new Date()).toISOString(),
  };
}

/** The record of a graded follow-up, after the attempt (record `attemptId`) it follows. */
export function toFollowUpRecord(
  answer: FollowUpAttempt,
  of: { attemptId: string; questionId: string },
  context: AttemptContext,
): FollowUpRecord {
  const points = answer.grade.keyPoints;
  return {
    v: RECORD_VERSION,
    kind: 'follow-up',
    id: context.id ?? newRecordId(),
    session: context.session,
    bank: context.bank,
    attempt: of.attemptId,
    question: of.questionId,
    follow_up: answer.followUpId,
    mode: answer.mode,
    text: answer.text,
    elapsed_ms: answer.elapsedMs,
    time_limit: answer.timeLimit,
    timed_out: answer.timedOut,
    auto_score: answer.grade.score,
    points: answer.grade.max,
    covered: points.filter((p) => p.covered).map((p) => p.point),
    missed: points.filter((p) => !p.covered).map((p) => p.point),
    at: (context.at ?? new Date()).toISOString(),
  };
}
