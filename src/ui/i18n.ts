/**
 * Every string the interface shows, in Chinese and English. Bank content is
 * not translated here; it is shown as the bank wrote it.
 */

import type { Lang } from '../lang.js';
import { en } from './i18n-en.js';
import { zh } from './i18n-zh.js';

export type Messages = {
  [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (typeof zh)[K];
};

const catalogues: Record<Lang, Messages> = { zh, en };

/** The messages of one language. */
export function messages(lang: Lang): Messages {
  return catalogues[lang];
}
