/**
 * The records of the history log (pure types): one per kind, what each
 * field holds (the typing test's two kinds in `typing-records.ts`). Their
 * one-line encoding is in `record-line.ts`.
 *
 * A reader skips, without a warning, a record of a newer version or of a
 * kind it does not know, so an older cs-interview can read the history a
 * newer one wrote.
 */

import { randomBytes } from 'node:crypto';
import type { TypingRecord, TypingReplyRecord } from './typing-records.js';

/** The version of the records this cs-interview writes. */
export const RECORD_VERSION = 1;

/**
 * How every line starts. JSON escapes every `"` inside a string, so these
 * bytes can only appear where a record begins; the reader splits a line where
 * a torn record was glued to the next one at them. Hence the rule for new
 * kinds: no nested object may have `v` as its first key.
 */
export const RECORD_START = '{"v":';

/** The fields every record has. */
export interface RecordBase {
  v: typeof RECORD_VERSION;
  /** Unique record id (random hex). */
  id: string;
  /** When it was written, ISO 8601 in UTC. */
  at: string;
}

/** One graded answer: from `practice`, `drill`, `review` or `grade`. */
export interface AttemptRecord extends RecordBase {
  kind: 'attempt';
  session: string;
  bank: string;
  question: string;
  section: string;
  mode: 'typed' | 'oral';
  text: string;
  elapsed_ms: number;
  /** Seconds, or null when there was no timer. */
  time_limit: number | null;
  timed_out: boolean;
  auto_score: number;
  /** The candidate's own score; null when they kept the automatic one. */
  self_score: number | null;
  /** The question's maximum score. */
  points: number;
  /** The key points covered and missed, by their text. */
  covered: string[];
  missed: string[];
}

/**
 * An answer to a follow-up question (追问), written the moment it is graded,
 * after the attempt it follows (`attempt`: that record's id). A kind of its
 * own, so an older cs-interview skips it quietly and its stats, review
 * schedule and resume, which count main answers only, are unchanged.
 */
export interface FollowUpRecord extends RecordBase {
  kind: 'follow-up';
  session: string;
  bank: string;
  /** The id of the attempt it follows. */
  attempt: string;
  question: string;
  follow_up: string;
  mode: 'typed' | 'oral';
  text: string;
  elapsed_ms: number;
  time_limit: number | null;
  timed_out: boolean;
  auto_score: number;
  /** One per key point of the follow-up. */
  points: number;
  covered: string[];
  missed: string[];
}

/** The commands whose sessions are recorded. */
export type SessionCommand = 'practice' | 'drill' | 'review';

/** A session began: what it planned to ask, in order (for resuming). */
export interface SessionStartRecord extends RecordBase {
  kind: 'session-start';
  session: string;
  command: SessionCommand;
  bank: string;
  /** Question ids, in the order they will be asked. */
  plan: string[];
  /**
   * The run's options, so that `practice --resume` goes on as it began:
   * `--time` (absent when not given), false with `--no-timer`, true with
   * `--oral`. Absent in records written before they were kept (and an
   * older reader drops them).
   */
  time?: number;
  timer?: boolean;
  oral?: boolean;
  /** false with `--no-follow-ups`; absent when they were asked (and in older records). */
  follow_ups?: boolean;
}

/** A session ended; a session without one was cut short (crash, SIGKILL). */
export interface SessionEndRecord extends RecordBase {
  kind: 'session-end';
  session: string;
  reason: 'finished' | 'interrupted';
}

/** The text typed so far for a question that was interrupted (for resuming). */
export interface DraftRecord extends RecordBase {
  kind: 'draft';
  session: string;
  bank: string;
  question: string;
  text: string;
  elapsed_ms: number;
}

/**
 * The candidate's own score for an attempt, given after its feedback. The
 * attempt is written the moment it is graded (with `self_score: null`), so
 * a kill at the rating prompt loses nothing; replaying the log puts the
 * latest rating into its attempt (see `replay.ts`). An older cs-interview
 * skips this kind and keeps the automatic score.
 */
export interface RatingRecord extends RecordBase {
  kind: 'rating';
  session: string;
  /** The id of the attempt rated. */
  attempt: string;
  self_score: number;
}

/** One reply of a chat, and what the customer answered. */
export interface ChatTurnRecord {
  reply: string;
  elapsed_ms: number;
  /** The acts the reply showed, and the ids of the red flags it showed. */
  acts: string[];
  red_flags: string[];
  /** The customer's emotion after it, 0–5, and their answer. */
  emotion: number;
  says: string;
}

/**
 * One run of `chat`: the whole conversation, finished or interrupted (then
 * `outcome` is `interrupted`). An older cs-interview skips this kind.
 */
export interface ChatRecord extends RecordBase {
  kind: 'chat';
  session: string;
  bank: string;
  scenario: string;
  lang: string;
  outcome: 'resolved' | 'escalated' | 'gave-up' | 'red-flag' | 'interrupted';
  /** Seconds a reply had. */
  turn_limit: number;
  opening: string;
  opening_emotion: number;
  turns: ChatTurnRecord[];
  steps_done: string[];
  steps_missed: string[];
  red_flags: string[];
}

/**
 * One answer to a choice item of `quiz`, written the moment it is judged.
 * `chosen` is in the bank's letters whatever the shuffle (A is 对 and B is
 * 错 for a `true_false` item). A kind of its own, and quiz sessions write no
 * session-start: an older cs-interview skips the kind quietly, where a new
 * `command` in a session-start would read to it as a damaged line.
 */
export interface QuizAnswerRecord extends RecordBase {
  kind: 'quiz-answer';
  session: string;
  bank: string;
  question: string;
  section: string;
  /** `single`, `multiple` or `true_false`. */
  type: string;
  chosen: string[];
  right: boolean;
  elapsed_ms: number;
  /** Seconds the item had, or null when nothing limited it. */
  time_limit: number | null;
  timed_out: boolean;
}

/** Every record of the log. */
export type HistoryRecord =
  | AttemptRecord
  | SessionStartRecord
  | SessionEndRecord
  | DraftRecord
  | RatingRecord
  | QuizAnswerRecord
  | ChatRecord
  | TypingRecord
  | TypingReplyRecord
  | FollowUpRecord;

export type RecordKind = HistoryRecord['kind'];

/** A new record id: 16 random hex digits. */
export function newRecordId(): string {
  return randomBytes(8).toString('hex');
}
