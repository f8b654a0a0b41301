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
  | 'reason'
  | 'share'
  | 'unit'
  | 'optionalSeconds'
  | 'optionalBoolean';

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
  share: (x) => isFiniteNumber(x) && x >= 0 && x <= 1,
  unit: (x) => x === 'cpm' || x === 'wpm',
  // Fields added later: absent in older records.
  optionalSeconds: (x) => x === undefined || (isFiniteNumber(x) && x > 0),
  optionalBoolean: (x) => x === undefined || typeof x === 'boolean',
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
  draft: {
    ...BASE,
    session: 'id',
    bank: 'id',
    question: 'id',
    text: 'string',
    elapsed_ms: 'count',
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
 * The fields of a record of `kind`, in the order a record checked without
 * `reuse` has them (a reused one has those of its line).
 */
export function fieldsOf(kind: RecordKind): readonly string[] {
  return FIELDS[kind];
}

/**
 * Checks a parsed line against the fields of its kind; `version` is the
 * newest version this cs-interview knows. The record has its fields in the
 * spec's order, unless `reuse` allows returning the parsed object itself.
 */
export function validateRecord(value: unknown, version: number, reuse = false): DecodeResult {
  if (!TESTS.object(value)) return fieldError('', 'object');
  const fields = value as Record<string, unknown>;
  if (!TESTS.version(fields.v)) return fieldError('v', 'version');
  if (!TESTS.kind(fields.kind)) return fieldError('kind', 'kind');
  const v = fields.v as number;
  const kind = fields.kind as string;
  if (v > version || !isKnownKind(kind)) return { skipped: { v, kind } };
  const checks = CHECKS[kind];
  for (const [field, type, test] of checks)
    if (!test(fields[field])) return fieldError(field, type);
  // Only the fields of the spec are kept, so a record is exactly its type.
  // With `reuse`, the parsed object itself when it has no others (every line
  // this program wrote): no copy for each record of a large log.
  if (reuse && Object.keys(fields).length === checks.length + 2) {
    return { record: fields as unknown as HistoryRecord };
  }
  const record: Record<string, unknown> = { v, kind };
  for (const [field] of checks) if (fields[field] !== undefined) record[field] = fields[field];
  return { record: record as unknown as HistoryRecord };
}

function fieldError(field: string, expected: FieldType): DecodeResult {
  return { error: { code: 'field', field, expected } };
}
