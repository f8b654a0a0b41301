/**
 * What each field of each kind of record of this version must hold (pure
 * data and the tests of a value): `validate-record.ts` checks a line by them.
 */

import { canonicalTime } from './iso-time.js';
import type { RecordKind } from './record.js';

/** What a field must hold. */
export type FieldType =
  | 'object'
  | 'version'
  | 'kind'
  | 'id'
  | 'string'
  | 'count'
  | 'score'
  | 'seconds'
  | 'optionalScore'
  | 'boolean'
  | 'strings'
  | 'timestamp'
  | 'mode'
  | 'command'
  | 'reason'
  | 'chatOutcome'
  | 'chatTurns'
  | 'share'
  | 'unit'
  | 'optionalSeconds'
  | 'optionalBoolean';

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

// These two run on every record of a large history: loops, not a callback or a regex.
function isStrings(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Whether `s` starts with `dddd-dd-ddT` (d an ASCII digit). */
function startsWithDate(s: string): boolean {
  return (
    s.length > 10 &&
    isDigit(s, 0) &&
    isDigit(s, 1) &&
    isDigit(s, 2) &&
    isDigit(s, 3) &&
    s.charCodeAt(4) === 0x2d &&
    isDigit(s, 5) &&
    isDigit(s, 6) &&
    s.charCodeAt(7) === 0x2d &&
    isDigit(s, 8) &&
    isDigit(s, 9) &&
    s.charCodeAt(10) === 0x54
  );
}

export const TESTS: Record<FieldType, (x: unknown) => boolean> = {
  object: (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  version: (x) => Number.isInteger(x) && (x as number) >= 1,
  kind: (x) => typeof x === 'string' && x !== '',
  id: (x) => typeof x === 'string' && x !== '',
  string: (x) => typeof x === 'string',
  count: (x) => isFiniteNumber(x) && x >= 0,
  score: (x) => isFiniteNumber(x) && x >= 0,
  seconds: (x) => x === null || (isFiniteNumber(x) && x > 0),
  optionalScore: (x) => x === null || (isFiniteNumber(x) && x >= 0),
  boolean: (x) => typeof x === 'boolean',
  strings: isStrings,
  // The form the log holds first: it starts with a date, and Date.parse reads it.
  timestamp: (x) =>
    typeof x === 'string' &&
    (!Number.isNaN(canonicalTime(x)) || (startsWithDate(x) && !Number.isNaN(Date.parse(x)))),
  mode: (x) => x === 'typed' || x === 'oral',
  command: (x) => x === 'practice' || x === 'drill' || x === 'review',
  reason: (x) => x === 'finished' || x === 'interrupted',
  chatOutcome: (x) =>
    typeof x === 'string' &&
    ['resolved', 'escalated', 'gave-up', 'red-flag', 'interrupted'].includes(x),
  chatTurns: (x) => Array.isArray(x) && x.every(isChatTurn),
  share: (x) => isFiniteNumber(x) && x >= 0 && x <= 1,
  unit: (x) => x === 'cpm' || x === 'wpm',
  // Fields added later: absent in older records.
  optionalSeconds: (x) => x === undefined || (isFiniteNumber(x) && x > 0),
  optionalBoolean: (x) => x === undefined || typeof x === 'boolean',
};

function isChatTurn(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const t = x as Record<string, unknown>;
  return (
    typeof t.reply === 'string' &&
    isFiniteNumber(t.elapsed_ms) &&
    t.elapsed_ms >= 0 &&
    TESTS.strings(t.acts) &&
    TESTS.strings(t.red_flags) &&
    isFiniteNumber(t.emotion) &&
    typeof t.says === 'string'
  );
}

const BASE = { id: 'id', at: 'timestamp' } as const;

/** The fields of each kind of this version, in the order they are checked. */
export const SPECS: Record<RecordKind, Record<string, FieldType>> = {
  attempt: {
    ...BASE,
    session: 'id',
    bank: 'id',
    question: 'id',
    section: 'id',
    mode: 'mode',
    text: 'string',
    elapsed_ms: 'count',
    time_limit: 'seconds',
    timed_out: 'boolean',
    auto_score: 'score',
    self_score: 'optionalScore',
    points: 'score',
    covered: 'strings',
    missed: 'strings',
  },
  'session-start': {
    ...BASE,
    session: 'id',
    command: 'command',
    bank: 'id',
    plan: 'strings',
    time: 'optionalSeconds',
    timer: 'optionalBoolean',
    oral: 'optionalBoolean',
    follow_ups: 'optionalBoolean',
  },
  'session-end': { ...BASE, session: 'id', reason: 'reason' },
  rating: { ...BASE, session: 'id', attempt: 'id', self_score: 'score' },
  chat: {
    ...BASE,
    session: 'id',
    bank: 'id',
    scenario: 'id',
    lang: 'id',
    outcome: 'chatOutcome',
    turn_limit: 'seconds',
    opening: 'string',
    opening_emotion: 'count',
    turns: 'chatTurns',
    steps_done: 'strings',
    steps_missed: 'strings',
    red_flags: 'strings',
  },
  draft: {
    ...BASE,
    session: 'id',
    bank: 'id',
    question: 'id',
    text: 'string',
    elapsed_ms: 'count',
  },
  'quiz-answer': {
    ...BASE,
    session: 'id',
    bank: 'id',
    question: 'id',
    section: 'id',
    type: 'id',
    chosen: 'strings',
    right: 'boolean',
    elapsed_ms: 'count',
    time_limit: 'seconds',
    timed_out: 'boolean',
  },
  'follow-up': {
    ...BASE,
    session: 'id',
    bank: 'id',
    attempt: 'id',
    question: 'id',
    follow_up: 'id',
    mode: 'mode',
    text: 'string',
    elapsed_ms: 'count',
    time_limit: 'seconds',
    timed_out: 'boolean',
    auto_score: 'score',
    points: 'score',
    covered: 'strings',
    missed: 'strings',
  },
  typing: {
    ...BASE,
    session: 'id',
    passage: 'id',
    unit: 'unit',
    speed: 'count',
    accuracy: 'share',
    length: 'count',
    typed: 'count',
    correct: 'count',
    elapsed_ms: 'count',
    time_limit: 'seconds',
    target: 'count',
    passed: 'boolean',
    finished: 'boolean',
  },
  'typing-reply': {
    ...BASE,
    session: 'id',
    message: 'id',
    reply: 'string',
    first_char_ms: 'optionalScore',
    send_ms: 'count',
    time_limit: 'seconds',
    timed_out: 'boolean',
    found: 'strings',
    missing: 'strings',
    red_flags: 'strings',
  },
};
