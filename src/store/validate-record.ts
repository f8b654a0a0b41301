/**
 * A line's fields checked against the specs of their kind (`record-specs.ts`)
 * and made into a record (pure). A record of a newer version or an unknown
 * kind is not checked but skipped.
 */

import type { HistoryRecord, RecordKind } from './record.js';
import type { DecodeResult } from './record-line.js';
import { type FieldType, SPECS, TESTS } from './record-specs.js';

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
