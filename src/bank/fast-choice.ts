/**
 * A choice item read fast (see `fast-parse-section.ts`): `undefined` when
 * anything is wrong, and the precise reader then says what. Same rules as
 * the precise reader: `choice-schema.ts` and `checkChoiceItem`.
 */

import { checkChoiceItem } from './check-choice.js';
import { CHOICE_SCHEMA, CHOICE_TRANSLATION_SCHEMA } from './choice-schema.js';
import type { ChoiceItem } from './choice-types.js';
import { readChoiceItem } from './read-choice.js';
import { followsRule, isLanguageKey, type RecordSchema } from './section-schema.js';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a mapping has only known fields, every required one, and each ruled value follows its rule. */
function fits(fields: Record<string, unknown>, schema: RecordSchema): boolean {
  for (const name of Object.keys(fields)) {
    if (!schema.known.includes(name)) return false;
    const rule = Object.hasOwn(schema.rules, name) ? schema.rules[name] : undefined;
    if (
      typeof rule === 'string' &&
      rule !== 'nonEmptySequence' &&
      !followsRule(rule, fields[name], name)
    )
      return false;
  }
  return schema.required.every((name) => Object.hasOwn(fields, name));
}

export function fastChoice(
  item: unknown,
  defaults: { points: number; time_limit: number },
): ChoiceItem | undefined {
  if (!isMapping(item) || !fits(item, CHOICE_SCHEMA)) return undefined;
  const translations = item.translations;
  if (translations !== undefined) {
    if (!isMapping(translations)) return undefined;
    for (const [lang, t] of Object.entries(translations)) {
      if (!isLanguageKey(lang) || !isMapping(t) || !fits(t, CHOICE_TRANSLATION_SCHEMA))
        return undefined;
    }
  }
  // The language of messages does not matter: any issue sends the file to the precise reader.
  if (checkChoiceItem(item, [], 'en').length > 0) return undefined;
  return readChoiceItem(item, defaults);
}
