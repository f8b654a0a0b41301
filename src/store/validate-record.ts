/**
 * The shape of each kind of record of this version (pure). A record of a
 * newer version or an unknown kind is not checked but skipped.
 */

import type { DecodeResult, HistoryRecord, RecordKind } from './record.js';

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
  | 'reason';

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

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
  strings: (x) => Array.isArray(x) && x.every((s) => typeof s === 'string'),
  timestamp: (x) =>
    typeof x === 'string' && /^\d{4}-\d\d-\d\dT/.test(x) && !Number.isNaN(Date.parse(x)),
  mode: (x) => x === 'typed' || x === 'oral',
  command: (x) => x === 'practice' || x === 'drill' || x === 'review',
  reason: (x) => x === 'finished' || x === 'interrupted',
};

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
  'session-start': { ...BASE, session: 'id', command: 'command', bank: 'id', plan: 'strings' },
  'session-end': { ...BASE, session: 'id', reason: 'reason' },
  rating: { ...BASE, session: 'id', attempt: 'id', self_score: 'score' },
  draft: {
    ...BASE,
    session: 'id',
    bank: 'id',
    question: 'id',
    text: 'string',
    elapsed_ms: 'count',
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
 * Each kind's record made from checked fields, in the order of `fieldsOf`:
 * a literal per kind, so that every record of a kind has one shape with its
 * fields in the object itself (a parsed object keeps most of them in a
 * second one), which is half the memory of a large history, and V8 can
 * allocate the many that live long directly where they stay.
 */
type Fields = Record<string, unknown>;
const MAKE: Record<RecordKind, (f: Fields) => HistoryRecord> = {
  attempt: (f) =>
    ({
      v: f.v,
      kind: 'attempt',
      id: f.id,
      at: f.at,
      session: f.session,
      bank: f.bank,
      question: f.question,
      section: f.section,
      mode: f.mode,
      text: f.text,
      elapsed_ms: f.elapsed_ms,
      time_limit: f.time_limit,
      timed_out: f.timed_out,
      auto_score: f.auto_score,
      self_score: f.self_score,
      points: f.points,
      covered: f.covered,
      missed: f.missed,
    }) as HistoryRecord,
  'session-start': (f) =>
    ({
      v: f.v,
      kind: 'session-start',
      id: f.id,
      at: f.at,
      session: f.session,
      command: f.command,
      bank: f.bank,
      plan: f.plan,
    }) as HistoryRecord,
  'session-end': (f) =>
    ({
      v: f.v,
      kind: 'session-end',
      id: f.id,
      at: f.at,
      session: f.session,
      reason: f.reason,
    }) as HistoryRecord,
  rating: (f) =>
    ({
      v: f.v,
      kind: 'rating',
      id: f.id,
      at: f.at,
      session: f.session,
      attempt: f.attempt,
      self_score: f.self_score,
    }) as HistoryRecord,
  draft: (f) =>
    ({
      v: f.v,
      kind: 'draft',
      id: f.id,
      at: f.at,
      session: f.session,
      bank: f.bank,
      question: f.question,
      text: f.text,
      elapsed_ms: f.elapsed_ms,
    }) as HistoryRecord,
};

/**
 * The record of each kind made from `fields` (tests: every field of the
 * kind, and only those, in the order of `fieldsOf`).
 */
export function makeRecord(kind: RecordKind, fields: Fields): HistoryRecord {
  return MAKE[kind](fields);
}

/**
 * Checks a parsed line against the fields of its kind; `version` is the
 * newest version this cs-interview knows. The record has exactly the fields
 * of its kind, in the order of `fieldsOf`, whatever the line's.
 */
export function validateRecord(value: unknown, version: number): DecodeResult {
  if (!TESTS.object(value)) return fieldError('', 'object');
  const fields = value as Fields;
  if (!TESTS.version(fields.v)) return fieldError('v', 'version');
  if (!TESTS.kind(fields.kind)) return fieldError('kind', 'kind');
  const v = fields.v as number;
  const kind = fields.kind as string;
  if (v > version || !isKnownKind(kind)) return { skipped: { v, kind } };
  for (const [field, type, test] of CHECKS[kind])
    if (!test(fields[field])) return fieldError(field, type);
  return { record: MAKE[kind](fields) };
}

function fieldError(field: string, expected: FieldType): DecodeResult {
  return { error: { code: 'field', field, expected } };
}
