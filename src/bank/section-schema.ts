/**
 * The rules of a section file as tables, one a record kind: its fields,
 * which are required, what each holds, and what the items of its sequences
 * are. `check-record.ts` walks any value by these tables; the JSON Schema
 * for editors (questions/section.schema.json) says the same, which
 * test/bank/schema-agreement.test.ts checks.
 */

/** What a single value must be; the names double as `Expected` in messages. */
export type ValueRule =
  | 'nonEmptyString'
  | 'string'
  | 'positiveNumber'
  | 'positiveInteger'
  | 'boolean';

/**
 * What a field must hold: a single value, a sequence with at least one
 * item, or translations: a mapping from language keys (`isLanguageKey`)
 * to records of the given schema; `byKind` when what it holds depends on
 * other fields, which its kind's own check says (a choice item's `correct`
 * is a letter, a list of letters or a boolean as its `type` says).
 */
export type FieldRule = ValueRule | 'nonEmptySequence' | 'byKind' | TranslationsRule;

export interface TranslationsRule {
  readonly translations: RecordSchema;
}

/** The fields a mapping may have, in the order messages list them, and what each holds. */
export interface RecordSchema<Rules extends Record<string, FieldRule> = Record<string, FieldRule>> {
  readonly known: readonly string[];
  readonly required: readonly string[];
  readonly rules: Readonly<Rules>;
  /** What each item of a `nonEmptySequence` field is: a record, or a single value. */
  readonly items?: Readonly<Record<string, RecordSchema | ValueRule>>;
}

type Need = 'required' | 'optional';

function record<const F extends Record<string, readonly [FieldRule, Need]>>(
  fields: F,
  items?: Partial<Record<keyof F, RecordSchema | ValueRule>>,
): RecordSchema<{ [K in keyof F]: F[K][0] }> {
  const entries = Object.entries(fields);
  return {
    ...(items === undefined ? {} : { items: items as Record<string, RecordSchema | ValueRule> }),
    known: entries.map(([name]) => name),
    required: entries.filter(([, [, need]]) => need === 'required').map(([name]) => name),
    rules: Object.fromEntries(entries.map(([name, [rule]]) => [name, rule])) as {
      [K in keyof F]: F[K][0];
    },
  };
}

/**
 * An item of `key_points`. `avoid` lists the behaviour a "don't" point is
 * about (blaming the accent, promising too much): the point is not covered
 * when the answer asserts any of it, whatever else it says.
 */
export const KEY_POINT_SCHEMA = record(
  {
    point: ['nonEmptyString', 'required'],
    keywords: ['nonEmptySequence', 'required'],
    avoid: ['nonEmptySequence', 'optional'],
  },
  { keywords: 'nonEmptyString', avoid: 'nonEmptyString' },
);

/** A language under a red flag's `translations`: what is wrong, in that language. */
export const RED_FLAG_TRANSLATION_SCHEMA = record({
  wrong: ['nonEmptyString', 'required'],
});

/**
 * An item of `red_flags` (on a question, a section, or in the bank file):
 * behaviour an interviewer marks down at once. `wrong` says what is wrong
 * (shown to the candidate); `signs` how it is recognised, each item a term
 * or terms joined by `+` that must all be asserted in one sentence.
 */
export const RED_FLAG_SCHEMA = record(
  {
    id: ['nonEmptyString', 'required'],
    wrong: ['nonEmptyString', 'required'],
    signs: ['nonEmptySequence', 'required'],
    translations: [{ translations: RED_FLAG_TRANSLATION_SCHEMA }, 'optional'],
  },
  { signs: 'nonEmptyString' },
);

/** A language under a section's `translations`: the section's texts. */
export const SECTION_TRANSLATION_SCHEMA = record({
  title: ['nonEmptyString', 'required'],
  description: ['string', 'optional'],
});

/**
 * A language under a question's `translations`: the question's texts.
 * `key_points`, when given, must have as many items as the question's own,
 * in the same order (see `keyPointCountMatches`); each item is a
 * `KEY_POINT_SCHEMA` record.
 */
export const QUESTION_TRANSLATION_SCHEMA = record(
  {
    prompt: ['nonEmptyString', 'required'],
    answer: ['nonEmptyString', 'required'],
    analysis: ['nonEmptyString', 'required'],
    key_points: ['nonEmptySequence', 'optional'],
  },
  { key_points: KEY_POINT_SCHEMA },
);

/** A language under a follow-up's `translations`: its prompt and, when given, its key points. */
export const FOLLOW_UP_TRANSLATION_SCHEMA = record(
  {
    prompt: ['nonEmptyString', 'required'],
    key_points: ['nonEmptySequence', 'optional'],
  },
  { key_points: KEY_POINT_SCHEMA },
);

/**
 * An item of a question's `follow_ups` (追问): asked when the answer missed
 * the key point `after` names (absent: always eligible), timed
 * `FOLLOW_UP_SECONDS`, scored on its own key points and red flags.
 */
export const FOLLOW_UP_SCHEMA = record(
  {
    id: ['nonEmptyString', 'required'],
    prompt: ['nonEmptyString', 'required'],
    after: ['nonEmptyString', 'optional'],
    time_limit: ['positiveInteger', 'required'],
    key_points: ['nonEmptySequence', 'required'],
    red_flags: ['nonEmptySequence', 'optional'],
    translations: [{ translations: FOLLOW_UP_TRANSLATION_SCHEMA }, 'optional'],
  },
  { key_points: KEY_POINT_SCHEMA, red_flags: RED_FLAG_SCHEMA },
);

/** The seconds a follow-up may be timed: an interviewer's quick question. */
export const FOLLOW_UP_SECONDS = { min: 30, max: 60 } as const;

/** An item of `questions`; `points` and `time_limit` default to the section's. */
export const QUESTION_SCHEMA = record(
  {
    id: ['nonEmptyString', 'required'],
    prompt: ['nonEmptyString', 'required'],
    points: ['positiveNumber', 'optional'],
    time_limit: ['positiveInteger', 'optional'],
    answer: ['nonEmptyString', 'required'],
    analysis: ['nonEmptyString', 'required'],
    key_points: ['nonEmptySequence', 'required'],
    red_flags: ['nonEmptySequence', 'optional'],
    translations: [{ translations: QUESTION_TRANSLATION_SCHEMA }, 'optional'],
    core: ['boolean', 'optional'],
    follow_ups: ['nonEmptySequence', 'optional'],
  },
  { key_points: KEY_POINT_SCHEMA, red_flags: RED_FLAG_SCHEMA, follow_ups: FOLLOW_UP_SCHEMA },
);

/** A section file's top-level mapping. */
export const SECTION_SCHEMA = record(
  {
    id: ['nonEmptyString', 'required'],
    order: ['positiveInteger', 'required'],
    title: ['nonEmptyString', 'required'],
    description: ['string', 'optional'],
    points: ['positiveNumber', 'required'],
    time_limit: ['positiveInteger', 'required'],
    questions: ['nonEmptySequence', 'required'],
    red_flags: ['nonEmptySequence', 'optional'],
    translations: [{ translations: SECTION_TRANSLATION_SCHEMA }, 'optional'],
  },
  // Each item of `questions` is checked by its kind (see check-section.ts), not here.
  { red_flags: RED_FLAG_SCHEMA },
);

/**
 * A language under a choice item's `translations`: its texts; `options`,
 * when given, as many as the item's, in the same order (checkChoiceItem).
 */
export const CHOICE_TRANSLATION_SCHEMA = record({
  prompt: ['nonEmptyString', 'required'],
  options: ['byKind', 'optional'],
  explanation: ['nonEmptyString', 'required'],
  source: ['nonEmptyString', 'optional'],
});

/**
 * A choice item: an item of `questions` with a `type` (single, multiple,
 * true_false). `type`, `options` and `correct` say what one another must
 * be, which `checkChoiceItem` checks; `points` and `time_limit` default to
 * the section's.
 */
export const CHOICE_SCHEMA = record({
  id: ['nonEmptyString', 'required'],
  type: ['byKind', 'required'],
  prompt: ['nonEmptyString', 'required'],
  options: ['byKind', 'optional'],
  correct: ['byKind', 'required'],
  explanation: ['nonEmptyString', 'required'],
  source: ['nonEmptyString', 'required'],
  points: ['positiveNumber', 'optional'],
  time_limit: ['positiveInteger', 'optional'],
  translations: [{ translations: CHOICE_TRANSLATION_SCHEMA }, 'optional'],
});

/** What each item of `keywords` must be. */
export const KEYWORD_RULE = 'nonEmptyString' satisfies ValueRule;

/**
 * A language key under `translations`: a BCP 47-like tag in lower case
 * with optional subtags (`en`, `yue`, `pt-BR`, `zh-Hant`). It also keeps
 * `__proto__`, `constructor` and the like out of the translation objects.
 */
export const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Whether a mapping key names a language (see `LANGUAGE_KEY`). */
export function isLanguageKey(key: unknown): key is string {
  return typeof key === 'string' && LANGUAGE_KEY.test(key);
}

/** Whether a translation's `key_points` has as many items as the question's own. */
export function keyPointCountMatches(original: number, translated: number): boolean {
  return original === translated;
}

/**
 * Whether a value has the type and range of a rule. Strings must also
 * pass `isSafeText`, checked apart because it has its own message.
 */
export function hasType(rule: ValueRule, value: unknown): boolean {
  switch (rule) {
    case 'nonEmptyString':
      return typeof value === 'string' && value.trim() !== '';
    case 'string':
      return typeof value === 'string';
    case 'positiveNumber':
      return typeof value === 'number' && Number.isFinite(value) && value > 0;
    case 'positiveInteger':
      return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
    case 'boolean':
      return typeof value === 'boolean';
  }
}
