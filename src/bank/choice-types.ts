/**
 * Choice items: the question types beside the open questions, for the
 * platform-rules quiz. In a section file they sit in `questions` with a
 * `type`; a question without one is open. Field names are the YAML format's
 * and the JSON output's, which other tools rely on.
 */

/** `single`: one right option; `multiple`: one or more; `true_false`: 对 / 错. */
export type ChoiceType = 'single' | 'multiple' | 'true_false';

export const CHOICE_TYPES: readonly ChoiceType[] = ['single', 'multiple', 'true_false'];

/**
 * What `correct` holds: a letter for `single`, a list of letters for
 * `multiple`, `true` or `false` for `true_false`.
 */
export type ChoiceCorrect = string | string[] | boolean;

export interface ChoiceItem {
  /** Unique in the bank, among open questions too. */
  id: string;
  type: ChoiceType;
  prompt: string;
  /** Lettered A, B, C … in order; empty for `true_false` (its options are 对 / 错). */
  options: string[];
  correct: ChoiceCorrect;
  /** Why the right answer is right, shown after the item. */
  explanation: string;
  /** The public rule the item rests on (a law and its article, a platform rule). */
  source: string;
  /** Resolved: the item's own value or its section's default. */
  points: number;
  /** Seconds, resolved like `points`. */
  time_limit: number;
  /** The item in other languages, by language key; a null-prototype object. */
  translations?: Record<string, ChoiceTranslation>;
}

/** An item's texts in another language; `options` in the same order and number. */
export interface ChoiceTranslation {
  prompt: string;
  options?: string[];
  explanation: string;
  source?: string;
}

/** Letters for up to 26 options. */
export const MAX_OPTIONS = 26;

/** The letter of the option at `index` (0 → A). */
export function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The index of a letter among `count` options (A → 0), or -1 when it names none. */
export function indexOfLetter(letter: string, count: number): number {
  if (!/^[A-Z]$/.test(letter)) return -1;
  const index = letter.charCodeAt(0) - 65;
  return index < count ? index : -1;
}

/** Whether a question of a section file, as plain YAML values, is a choice item (it has a `type`). */
export function isChoiceRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'type');
}

/**
 * The right answer as letters of the item's options: `true_false` has two,
 * A (对, true) and B (错, false).
 */
export function correctLetters(item: Pick<ChoiceItem, 'type' | 'correct'>): string[] {
  if (item.type === 'true_false') return [item.correct === true ? 'A' : 'B'];
  return typeof item.correct === 'string' ? [item.correct] : [...(item.correct as string[])];
}
