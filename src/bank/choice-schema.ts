/**
 * The field rules of a choice item (an item of `questions` with a `type`),
 * in the form of the section's other records (`section-schema.ts`). `type`,
 * `options` and `correct` are not in `rules`: what they must hold depends
 * on one another, which `checkChoiceItem` says.
 */

import type { RecordSchema } from './section-schema.js';

/** A language under a choice item's `translations`: its texts; `options` as many as the item's. */
export const CHOICE_TRANSLATION_SCHEMA: RecordSchema = {
  known: ['prompt', 'options', 'explanation', 'source'],
  required: ['prompt', 'explanation'],
  rules: { prompt: 'nonEmptyString', explanation: 'nonEmptyString', source: 'nonEmptyString' },
};

/** A choice item; `points` and `time_limit` default to the section's. */
export const CHOICE_SCHEMA: RecordSchema = {
  known: [
    'id',
    'type',
    'prompt',
    'options',
    'correct',
    'explanation',
    'source',
    'points',
    'time_limit',
    'translations',
  ],
  required: ['id', 'type', 'prompt', 'correct', 'explanation', 'source'],
  rules: {
    id: 'nonEmptyString',
    prompt: 'nonEmptyString',
    explanation: 'nonEmptyString',
    source: 'nonEmptyString',
    points: 'positiveNumber',
    time_limit: 'positiveInteger',
    translations: { translations: CHOICE_TRANSLATION_SCHEMA },
  },
};
