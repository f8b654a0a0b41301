/**
 * The records of the history log and their one-line encoding (pure).
 *
 * A line is the record's JSON, `v` first, with a CRC-32 of that JSON added as
 * the last field:
 *
 *   {"v":1,"kind":"attempt",…,"at":"2025-…Z","crc":"1a2b3c4d"}
 *
 * The CRC is computed over the UTF-8 bytes of the line as it would be without
 * the `,"crc":"…"` part, so a reader checks the bytes it read, not a
 * re-serialisation. A truncated line loses its closing CRC and a damaged one
 * fails it; either is reported, never half-read. Editing a line by hand also
 * fails the CRC: the history is for reading with grep, not for editing.
 *
 * This framing (`{"v":` first, `"crc"` last) is fixed for every version; `v`
 * versions what lies between. A reader skips, without a warning, a record of
 * a newer version or of a kind it does not know, so an older cs-interview
 * can read the history a newer one wrote.
 */

import { randomBytes } from 'node:crypto';
import { crc32, crc32Hex, crc32Js } from './crc32.js';
import { type FlatObject, firstCharacter, parseFlatObject, stringAt } from './flat-json.js';
import { attemptText, attemptTextJson, slimAttemptJson } from './slim-text.js';
import {
  type FieldType,
  KIND_SLOT,
  TEXT_SLOT,
  validateRecord,
  validateSlots,
} from './validate-record.js';

export { fieldsOf } from './validate-record.js';

/** The version of the records this cs-interview writes. */
export const RECORD_VERSION = 1;

/**
 * How every line starts. JSON escapes every `"` inside a string, so these
 * bytes can only appear where a record begins; the reader splits a line where
 * a torn record was glued to the next one at them. Hence the rule for new
 * kinds: no nested object may have `v` as its first key.
 */
export const RECORD_START = '{"v":';

interface RecordBase {
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

/**
 * One record as one line, without the newline (the store frames it). `v` is
 * put first whatever the object's key order.
 */
export function encodeRecord(record: HistoryRecord): string {
  const { v, ...rest } = record;
  const body = JSON.stringify({ v, ...rest });
  return `${body.slice(0, -1)},"crc":"${crc32Hex(body)}"}`;
}

/** Why a line is not a record; `messages.ts` words it. */
export type DecodeError =
  | { code: 'incomplete' }
  | { code: 'checksum' }
  | { code: 'json' }
  | { code: 'field'; field: string; expected: FieldType };

export type { FieldType };

/** What a line holds. */
export type DecodeResult =
  | { record: HistoryRecord }
  /** Intact but from a newer version or of an unknown kind: skip it quietly. */
  | { skipped: { v: number; kind: string } }
  /** An attempt read with `textJson`: its text is that JSON string (see `attemptTextJson`), not `record.text`. */
  | { record: HistoryRecord; textJson: Buffer }
  | { error: DecodeError };

/** Reads one line (without its newline): a record, a record to skip, or why it is neither. */
export function decodeLine(line: string): DecodeResult {
  const bytes = Buffer.from(line, 'utf8');
  return decodeLineBytes(bytes, 0, bytes.length);
}

const START_BYTES = Buffer.from(RECORD_START, 'utf8');
/** `,"crc":"` + 8 hex digits + `"}`. */
const TAIL_LENGTH = 18;
const TAIL_HEAD = Buffer.from(',"crc":"', 'utf8');
const CLOSE = Buffer.from('}', 'utf8');

/** Whether `bytes` holds `expected` at `at` (compared here: a few bytes, every line). */
function bytesAt(bytes: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** The number written as 8 lowercase hex digits at `at`, or -1 when they are not. */
function hexAt(bytes: Buffer, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const b = bytes[i] as number;
    const digit = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1;
    if (digit === -1) return -1;
    n = n * 16 + digit;
  }
  return n;
}

/**
 * Reads the line `bytes[start, end)` (without its newline) as `decodeLine`
 * does, straight from the bytes read: the CRC is checked over them and only
 * an intact line is turned into a string and parsed. `slim`: an attempt's
 * text is cut to its first character (see `slim-text.ts`); `textJson`: it
 * is also given as the JSON string it is in the line.
 */
export function decodeLineBytes(
  bytes: Buffer,
  start: number,
  end: number,
  read: LineRead = 'whole',
): DecodeResult {
  const tailAt = end - TAIL_LENGTH;
  if (
    tailAt < start + START_BYTES.length ||
    !bytesAt(bytes, start, START_BYTES) ||
    !bytesAt(bytes, tailAt, TAIL_HEAD) ||
    bytes[end - 2] !== 0x22 ||
    bytes[end - 1] !== 0x7d
  ) {
    return { error: { code: 'incomplete' } };
  }
  const stored = hexAt(bytes, tailAt + TAIL_HEAD.length);
  if (stored === -1) return { error: { code: 'incomplete' } };
  // The closing brace in JavaScript: a call into Node for one byte costs more.
  if (crc32Js(CLOSE, 0, 1, crc32(bytes, start, tailAt)) !== stored) {
    return { error: { code: 'checksum' } };
  }
  const flat = parseFlatObject(bytes, start, tailAt, read);
  const quick = flat === undefined ? undefined : withText(flat, bytes, read);
  if (flat !== undefined && quick !== undefined) {
    const result = validateSlots(flat.slots, RECORD_VERSION);
    return quick.textJson !== undefined && 'record' in result
      ? { ...result, textJson: quick.textJson }
      : result;
  }
  // Not of the flat shape (or bad): JSON.parse reads it, and words what is wrong.
  // Found once for both uses: the searches are a good part of reading a line.
  const text = read === 'whole' ? undefined : attemptText(bytes, start, tailAt);
  const textJson = read === 'textJson' ? attemptTextJson(bytes, text) : undefined;
  const slim = read === 'slim' || textJson !== undefined;
  let value: unknown;
  try {
    const json =
      (slim && slimAttemptJson(bytes, start, tailAt, text)) ||
      `${bytes.toString('utf8', start, tailAt)}}`;
    value = JSON.parse(json);
  } catch {
    return { error: { code: 'json' } };
  }
  const result = validateRecord(value, RECORD_VERSION);
  return textJson !== undefined && 'record' in result ? { ...result, textJson } : result;
}

/**
 * The fields of a quick parse with its `text` read as `read` asks (see
 * `decodeLineBytes`): an attempt's cut to its first character (slim, or
 * textJson when its JSON can be copied), any other whole. Undefined when
 * the text is not valid JSON: JSON.parse then reads the line and refuses it.
 */
function withText(
  flat: FlatObject,
  bytes: Buffer,
  read: LineRead,
): { textJson: Buffer | undefined } | undefined {
  const { slots, text } = flat;
  if (text === undefined) return { textJson: undefined };
  const attempt = slots[KIND_SLOT] === 'attempt';
  const textJson = attempt && read === 'textJson' ? attemptTextJson(bytes, text) : undefined;
  const first =
    attempt && (read === 'slim' || textJson !== undefined)
      ? text.from === text.close
        ? ''
        : firstCharacter(bytes, text.from, text.close)
      : undefined;
  const content = first ?? stringAt(bytes, text);
  if (content === undefined) return undefined;
  slots[TEXT_SLOT] = content;
  return { textJson };
}

/** How an attempt's text is read: whole, cut to its first character, or also as its JSON. */
export type LineRead = 'whole' | 'slim' | 'textJson';
