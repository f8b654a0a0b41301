/**
 * The records of the typing test (pure types): a passage typed, and a reply typed to a customer's
 * message. The other kinds, and the union of all, are in `record.ts`.
 */

import type { RecordBase } from './record.js';

/**
 * A typing test's result (`typing`), written once the test ends (never for
 * one cut short). An older cs-interview skips this kind.
 */
export interface TypingRecord extends RecordBase {
  kind: 'typing';
  /** The run's own id (every record has one: readers match records by session). */
  session: string;
  /** The passage's id; `own` for a passage from `--text`. */
  passage: string;
  /** `cpm`: correct characters a minute (字/分); `wpm`: words of five characters a minute. */
  unit: 'cpm' | 'wpm';
  speed: number;
  /** Correct ÷ typed, 0–1. */
  accuracy: number;
  /** Characters (graphemes) of the passage, typed, and typed right. */
  length: number;
  typed: number;
  correct: number;
  /** From the first character to the end. */
  elapsed_ms: number;
  time_limit: number;
  /** The bar held to, in `unit`, and whether the speed reached it. */
  target: number;
  passed: boolean;
  /** The whole passage was typed (false: the time ran out first). */
  finished: boolean;
}

/** A reply typed to a customer's message (`typing --reply`). An older cs-interview skips this kind. */
export interface TypingReplyRecord extends RecordBase {
  kind: 'typing-reply';
  session: string;
  /** The customer message's id. */
  message: string;
  reply: string;
  /** From the message appearing to the first character; null when nothing was typed. */
  first_char_ms: number | null;
  /** From the message appearing to the send (the first-response time). */
  send_ms: number;
  time_limit: number;
  timed_out: boolean;
  /** The service phrases expected, by their name, found and missing; the red flags shown, by id. */
  found: string[];
  missing: string[];
  red_flags: string[];
}
