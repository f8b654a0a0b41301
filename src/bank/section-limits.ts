/** How long a bank's texts and lists may be, by their path, and which characters a text may hold. */
import { countCharacters } from '../limits.js';
import { findUnsafeCharacter } from '../neutralize.js';
import { hasType, type ValueRule } from './section-schema.js';

/**
 * Most characters (code points) each text field may hold, the same in every
 * language under `translations`; `keywords` is each keyword. Generous: the
 * longest reference answer of the shipped bank has 2,423 characters (a spoken
 * three-minute answer is about 750 字), its longest prompt 152. Bounded, so
 * that what a bank holds can always be shown, scored and analysed at once.
 */
export const TEXT_LIMITS = {
  id: 100,
  title: 200,
  description: 5_000,
  prompt: 5_000,
  answer: 10_000,
  analysis: 10_000,
  point: 200,
  after: 200,
  keywords: 100,
  // A choice item's texts (see `CHOICE_SCHEMA`).
  options: 500,
  explanation: 10_000,
  source: 500,
} as const satisfies Record<string, number>;

/**
 * Most items a list may hold: every keyword is looked for in every answer,
 * so 200,000 of them took 15 s to grade one sentence. The shipped bank has
 * at most 6 key points to a question and 15 keywords to a point.
 */
export const ITEM_LIMITS = {
  key_points: 20,
  follow_ups: 10,
  keywords: 50,
} as const satisfies Record<string, number>;

/** The last field name of a path (`questions[0].prompt` → prompt, `…keywords[2]` → keywords). */
function fieldName(path: string): string {
  return (
    path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? ''
  );
}

function limitIn(table: Readonly<Record<string, number>>, path: string): number | undefined {
  // A bare field name, as the checker asks, needs no parsing.
  if (Object.hasOwn(table, path)) return table[path];
  if (!path.includes('.') && !path.includes('[')) return undefined;
  const name = fieldName(path);
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The limit of the text at a path (or a bare field name), if its field has one. */
export function textLimit(path: string): number | undefined {
  return limitIn(TEXT_LIMITS, path);
}

/** The most items of the list at a path (or a bare field name), if its field has a limit. */
export function itemLimit(path: string): number | undefined {
  return limitIn(ITEM_LIMITS, path);
}

/** Whether a list of `count` items fits the limit of its path (see `itemLimit`). */
export function fitsItems(path: string, count: number): boolean {
  const limit = itemLimit(path);
  return limit === undefined || count <= limit;
}

/** Whether a text fits the limit of its path (see `textLimit`). */
export function fitsLimit(path: string, text: string): boolean {
  const limit = textLimit(path);
  // The length in code units bounds the count of characters: most texts need no count.
  return limit === undefined || text.length <= limit || countCharacters(text) <= limit;
}

/** Whether a text is free of characters that must not reach a terminal raw. */
export function isSafeText(text: string): boolean {
  return findUnsafeCharacter(text) === undefined;
}

/**
 * Whether a plain value at `path` follows a rule entirely: type, range and,
 * for text, its length limit and safety.
 */
export function followsRule(rule: ValueRule, value: unknown, path: string): boolean {
  return (
    hasType(rule, value) &&
    (typeof value !== 'string' || (fitsLimit(path, value) && isSafeText(value)))
  );
}
