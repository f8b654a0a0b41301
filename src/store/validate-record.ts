/**
 * The shape of each kind of record of this version (pure). A record of a
 * newer version or an unknown kind is not checked but skipped.
 */

import { canonicalTime } from './iso-time.js';
import type { HistoryRecord, RecordKind } from './record.js';
import type { DecodeResult } from './record-line.js';

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

const TESTS: Record<FieldType, (x: unknown) => boolean> = {
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
const SPECS: Record<RecordKind, Record<string, FieldType>> = {
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

const isKnownKind = (kind: string): kind is RecordKind => Object.hasOwn(SPECS, kind);

const CHECKS = Object.fromEntries(
  Object.entries(SPECS).map(([kind, spec]) => [
    kind,
    Object.entries(spec).map(([field, type]) => [field, type, TESTS[type]] as const),
  ]),
) as Record<RecordKind, (readonly [string, FieldType, (x: unknown) => boolean])[]>;

const FIELDS = Object.fromEntries(
  Object.entries(SPECS).map(([kind, spec]) => [kind, ['v', 'kind', ...Object.keys(spec)]]),
) as unknown as Record<RecordKind, readonly string[]>;

/**
 * The fields of a record of `kind`, in the order its record has them.
 */
export function fieldsOf(kind: RecordKind): readonly string[] {
  return FIELDS[kind];
}

/**
 * Every field of every kind, by number: a line's fields are read into a list
 * in this order (see `flat-json.ts`), checked and made into a record from
 * there, with no object in between.
 */
export const FIELD_NAMES: readonly string[] = [...new Set(Object.values(FIELDS).flat())];
/** Each field's number. */
/** The fields the code names directly (every field has a number; these are typed). */
type FieldName =
  | 'v'
  | 'kind'
  | 'id'
  | 'at'
  | 'session'
  | 'bank'
  | 'question'
  | 'section'
  | 'mode'
  | 'text'
  | 'elapsed_ms'
  | 'time_limit'
  | 'timed_out'
  | 'auto_score'
  | 'self_score'
  | 'points'
  | 'covered'
  | 'missed'
  | 'command'
  | 'plan'
  | 'reason'
  | 'attempt';
const F = Object.fromEntries(FIELD_NAMES.map((name, i) => [name, i])) as Record<FieldName, number> &
  Record<string, number | undefined>;

/** A line's fields by their number in `FIELD_NAMES`; undefined where it has none. */
export type Slots = unknown[];

const SLOT = new Map<string, number>(FIELD_NAMES.map((name, i) => [name, i]));

/** The number of a field in `FIELD_NAMES`, or -1 for a field no record has. */
export function slotOf(name: string): number {
  return SLOT.get(name) ?? -1;
}

/** The numbers of `kind` and `text`, for the reader. */
export const KIND_SLOT = F.kind;
export const TEXT_SLOT = F.text;

/**
 * Each kind's checks as parallel lists, walked by index: destructuring a
 * tuple per field was most of the time of checking a record.
 */
interface SlotChecks {
  slots: Int32Array;
  tests: ((x: unknown) => boolean)[];
  fields: string[];
  types: FieldType[];
}
const SLOT_CHECKS = Object.fromEntries(
  Object.entries(CHECKS).map(([kind, checks]) => [
    kind,
    {
      slots: Int32Array.from(checks, ([field]) => SLOT.get(field) as number),
      tests: checks.map(([, , test]) => test),
      fields: checks.map(([field]) => field),
      types: checks.map(([, type]) => type),
    },
  ]),
) as Record<RecordKind, SlotChecks>;

/**
 * Each kind's record made from checked fields, in the order of `fieldsOf`:
 * a literal per kind, so that every record of a kind has one shape with its
 * fields in the object itself (a parsed object keeps most of them in a
 * second one), which is half the memory of a large history.
 */
const LITERAL: Partial<Record<RecordKind, (s: Slots) => HistoryRecord>> = {
  attempt: (s) =>
    ({
      v: s[F.v],
      kind: 'attempt',
      id: s[F.id],
      at: s[F.at],
      session: s[F.session],
      bank: s[F.bank],
      question: s[F.question],
      section: s[F.section],
      mode: s[F.mode],
      text: s[F.text],
      elapsed_ms: s[F.elapsed_ms],
      time_limit: s[F.time_limit],
      timed_out: s[F.timed_out],
      auto_score: s[F.auto_score],
      self_score: s[F.self_score],
      points: s[F.points],
      covered: s[F.covered],
      missed: s[F.missed],
    }) as HistoryRecord,
  'session-end': (s) =>
    ({
      v: s[F.v],
      kind: 'session-end',
      id: s[F.id],
      at: s[F.at],
      session: s[F.session],
      reason: s[F.reason],
    }) as HistoryRecord,
  rating: (s) =>
    ({
      v: s[F.v],
      kind: 'rating',
      id: s[F.id],
      at: s[F.at],
      session: s[F.session],
      attempt: s[F.attempt],
      self_score: s[F.self_score],
    }) as HistoryRecord,
  draft: (s) =>
    ({
      v: s[F.v],
      kind: 'draft',
      id: s[F.id],
      at: s[F.at],
      session: s[F.session],
      bank: s[F.bank],
      question: s[F.question],
      text: s[F.text],
      elapsed_ms: s[F.elapsed_ms],
    }) as HistoryRecord,
};

/**
 * The other kinds (rarer, or with fields added later that older records do
 * not have): the same fields in the same order, the absent ones left out.
 */
function generic(kind: RecordKind): (s: Slots) => HistoryRecord {
  const slots = FIELDS[kind].map((name) => [name, FIELD_NAMES.indexOf(name)] as const);
  return (s) => {
    const record: Record<string, unknown> = {};
    for (const [name, slot] of slots) if (s[slot] !== undefined) record[name] = s[slot];
    record.kind = kind;
    return record as unknown as HistoryRecord;
  };
}

const MAKE = Object.fromEntries(
  (Object.keys(SPECS) as RecordKind[]).map((kind) => [kind, LITERAL[kind] ?? generic(kind)]),
) as Record<RecordKind, (s: Slots) => HistoryRecord>;

/** The fields of `fields` by number (their own, as JSON.parse made them). */
export function slotsOf(fields: Record<string, unknown>): Slots {
  return FIELD_NAMES.map((name) => (Object.hasOwn(fields, name) ? fields[name] : undefined));
}

/** The record of `kind` made from `slots` (tests: every field of the kind, in the order of `fieldsOf`). */
export function makeRecord(kind: RecordKind, slots: Slots): HistoryRecord {
  return MAKE[kind](slots);
}

/**
 * Checks a parsed line against the fields of its kind; `version` is the
 * newest version this cs-interview knows. The record has exactly the fields
 * of its kind, in the order of `fieldsOf`, whatever the line's.
 */
export function validateRecord(value: unknown, version: number): DecodeResult {
  if (!TESTS.object(value)) return fieldError('', 'object');
  return validateSlots(slotsOf(value as Record<string, unknown>), version);
}

/** `validateRecord` of a line whose fields were read by number. */
export function validateSlots(s: Slots, version: number): DecodeResult {
  const v = s[F.v];
  const kind = s[F.kind];
  if (!TESTS.version(v)) return fieldError('v', 'version');
  if (!TESTS.kind(kind)) return fieldError('kind', 'kind');
  if ((v as number) > version || !isKnownKind(kind as string))
    return { skipped: { v: v as number, kind: kind as string } };
  const { slots, tests, fields, types } = SLOT_CHECKS[kind as RecordKind];
  for (let i = 0; i < slots.length; i++)
    if (!(tests[i] as (x: unknown) => boolean)(s[slots[i] as number]))
      return fieldError(fields[i] as string, types[i] as FieldType);
  return { record: MAKE[kind as RecordKind](s) };
}

function fieldError(field: string, expected: FieldType): DecodeResult {
  return { error: { code: 'field', field, expected } };
}
