/**
 * The rule table of each record of a chat file, in the bank reader's own
 * terms (pure), and one record checked by its table. The fields the reader's
 * rules cannot say are marked `own`: `check-scenarios.ts` checks them.
 */
import type { ChatEnd } from '../bank/chat-types.js';
import { type CheckContext, checkRecord, showPath, type YamlPath } from '../bank/check-record.js';
import { describePlain, isMapping } from '../bank/describe-plain.js';
import {
  type FieldRule,
  RED_FLAG_SCHEMA,
  type RecordSchema,
  type ValueRule,
} from '../bank/section-schema.js';

export const CHAT_ENDS: readonly ChatEnd[] = ['resolved', 'escalated', 'gave-up'];
export const DEFAULT_TURN_LIMIT = 60;
export const DEFAULT_MAX_TURNS = 8;

/** A field of a chat record: one of the reader's rules, or `own` (checked in check-scenarios.ts). */
type ChatRule = FieldRule | 'own';
type Need = 'required' | 'optional';

/** A record's table: the reader's schema for its ordinary fields, and its own fields by need. */
export interface ChatTable {
  schema: RecordSchema;
  own: Readonly<Record<string, Need>>;
}

function table(
  fields: Record<string, readonly [ChatRule, Need]>,
  items: Record<string, RecordSchema | ValueRule> = {},
): ChatTable {
  const entries = Object.entries(fields);
  const ordinary = entries.filter(([, [rule]]) => rule !== 'own');
  return {
    schema: {
      known: entries.map(([name]) => name),
      required: ordinary.filter(([, [, need]]) => need === 'required').map(([name]) => name),
      rules: Object.fromEntries(ordinary.map(([name, [rule]]) => [name, rule as FieldRule])),
      items,
    },
    own: Object.fromEntries(
      entries.filter(([, [rule]]) => rule === 'own').map(([name, [, need]]) => [name, need]),
    ),
  };
}

const FILE_TRANSLATION: RecordSchema = table({ title: ['nonEmptyString', 'required'] }).schema;
const TRANSITION: RecordSchema = table(
  {
    if: ['nonEmptySequence', 'required'],
    unless: ['nonEmptySequence', 'optional'],
    to: ['nonEmptyString', 'required'],
  },
  { if: 'nonEmptyString', unless: 'nonEmptyString' },
).schema;
export const TRANSLATED_STATE: RecordSchema = table({
  says: ['nonEmptyString', 'optional'],
  again: ['nonEmptyString', 'optional'],
}).schema;
export const TRANSLATED_ORDER: RecordSchema = table({
  item: ['nonEmptyString', 'optional'],
  paid: ['nonEmptyString', 'optional'],
  status: ['nonEmptyString', 'optional'],
}).schema;

/** The rule table of each record of a chat file. */
export const CHAT_TABLES = {
  file: table({
    id: ['nonEmptyString', 'required'],
    title: ['nonEmptyString', 'required'],
    order: ['positiveNumber', 'optional'],
    translations: [{ translations: FILE_TRANSLATION }, 'optional'],
    // Each item is a scenario, checked by its own table below.
    questions: ['nonEmptySequence', 'required'],
  }),
  scenario: table(
    {
      id: ['nonEmptyString', 'required'],
      type: ['own', 'required'],
      title: ['nonEmptyString', 'required'],
      situation: ['nonEmptyString', 'optional'],
      turn_limit: ['positiveNumber', 'optional'],
      max_turns: ['positiveInteger', 'optional'],
      order: ['own', 'required'],
      wants: ['nonEmptyString', 'required'],
      steps: ['nonEmptySequence', 'required'],
      acts: ['own', 'optional'],
      red_flags: ['nonEmptySequence', 'optional'],
      start: ['nonEmptyString', 'required'],
      states: ['own', 'required'],
      reference: ['nonEmptySequence', 'required'],
      translations: ['own', 'optional'],
    },
    { steps: 'nonEmptyString', red_flags: RED_FLAG_SCHEMA, reference: 'nonEmptyString' },
  ),
  order: table({
    number: ['nonEmptyString', 'required'],
    item: ['nonEmptyString', 'required'],
    paid: ['nonEmptyString', 'optional'],
    status: ['nonEmptyString', 'optional'],
  }),
  state: table(
    {
      emotion: ['own', 'required'],
      says: ['nonEmptyString', 'required'],
      again: ['nonEmptyString', 'optional'],
      end: ['own', 'optional'],
      on: ['nonEmptySequence', 'optional'],
    },
    { on: TRANSITION },
  ),
  transition: { schema: TRANSITION, own: {} },
  translation: table(
    {
      title: ['nonEmptyString', 'optional'],
      wants: ['nonEmptyString', 'optional'],
      order: ['own', 'optional'],
      states: ['own', 'optional'],
      reference: ['nonEmptySequence', 'optional'],
    },
    { reference: 'nonEmptyString' },
  ),
} as const satisfies Record<string, ChatTable>;

export type ChatRecordKind = keyof typeof CHAT_TABLES;

/** The fields a record of a chat file must have. */
export function requiredFields(kind: ChatRecordKind): string[] {
  const { schema, own } = CHAT_TABLES[kind];
  return [
    ...schema.required,
    ...Object.entries(own).flatMap(([name, need]) => (need === 'required' ? [name] : [])),
  ];
}

/**
 * One record by its table: the ordinary fields by the reader's checker (on
 * the record without its own fields, so those are not unknown), then the own
 * fields that are required; what they hold is the caller's to check.
 */
export function checkChatRecord(
  value: unknown,
  { schema, own }: ChatTable,
  path: YamlPath,
  ctx: CheckContext,
): value is Record<string, unknown> {
  if (!isMapping(value)) return checkRecord(value, schema, path, ctx);
  const ordinary = Object.fromEntries(
    Object.entries(value).filter(([k]) => !Object.hasOwn(own, k)),
  );
  const sound = checkRecord(ordinary, schema, path, ctx);
  let present = true;
  for (const [name, need] of Object.entries(own)) {
    if (need === 'required' && !Object.hasOwn(value, name)) {
      ctx.issues.push({ path, message: ctx.msg.missingField(showPath(path), name) });
      present = false;
    }
  }
  return sound && present;
}

export function expected(
  ctx: CheckContext,
  path: YamlPath,
  what: 'mapping' | 'nonEmptySequence',
  value: unknown,
) {
  ctx.issues.push({ path, message: ctx.msg.expected(showPath(path), what, describePlain(value)) });
}
