import type { Lang } from '../lang.js';
import type { ChoiceItem } from './choice-types.js';

/**
 * A choice item as read in `lang`: its prompt, options, explanation and
 * source replaced by its `lang` translation where there is one. The letters
 * and the right answer never change. Pure; the item itself when it has no
 * translation.
 */
export function localizeChoice(item: ChoiceItem, lang: Lang): ChoiceItem {
  const t = item.translations?.[lang];
  if (t === undefined) return item;
  return {
    ...item,
    prompt: t.prompt,
    explanation: t.explanation,
    ...(t.options === undefined ? {} : { options: t.options }),
    ...(t.source === undefined ? {} : { source: t.source }),
  };
}
