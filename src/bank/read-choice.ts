/**
 * A choice item out of plain values that passed its checks (the field
 * rules of `CHOICE_SCHEMA` and `checkChoiceItem`): typed, with the
 * section's defaults filled in. Pure.
 */

import type { ChoiceCorrect, ChoiceItem, ChoiceTranslation, ChoiceType } from './choice-types.js';

export function readChoiceItem(
  fields: Record<string, unknown>,
  defaults: { points: number; time_limit: number },
): ChoiceItem {
  const translations = fields.translations as Record<string, Record<string, unknown>> | undefined;
  let read: Record<string, ChoiceTranslation> | undefined;
  if (translations !== undefined) {
    read = Object.create(null) as Record<string, ChoiceTranslation>;
    for (const [lang, t] of Object.entries(translations)) {
      read[lang] = {
        prompt: t.prompt as string,
        explanation: t.explanation as string,
        ...(t.options === undefined ? {} : { options: [...(t.options as string[])] }),
        ...(t.source === undefined ? {} : { source: t.source as string }),
      };
    }
  }
  const correct = fields.correct as ChoiceCorrect;
  return {
    id: fields.id as string,
    type: fields.type as ChoiceType,
    prompt: fields.prompt as string,
    options: fields.type === 'true_false' ? [] : [...(fields.options as string[])],
    correct: Array.isArray(correct) ? [...correct] : correct,
    explanation: fields.explanation as string,
    source: fields.source as string,
    points: (fields.points as number | undefined) ?? defaults.points,
    time_limit: (fields.time_limit as number | undefined) ?? defaults.time_limit,
    ...(read === undefined ? {} : { translations: read }),
  };
}
