/** Parsers of option values for commander: each refuses a bad value with a usage error. */

import { UsageError } from '../errors.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { messages } from '../ui/i18n.js';

function wholeNumber(flag: string, lang: Lang, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new UsageError(messages(lang).badNumber(flag, neutralizeInline(value)));
    }
    return n;
  };
}

export const positiveInt = (flag: string, lang: Lang) => wholeNumber(flag, lang, 1);
export const nonNegativeInt = (flag: string, lang: Lang) => wholeNumber(flag, lang, 0);

export function retention(lang: Lang) {
  return (value: string): number => {
    const n = Number(value);
    if (!(n > 0 && n < 1))
      throw new UsageError(messages(lang).badRetention(neutralizeInline(value)));
    return n;
  };
}
