/**
 * A choice item as it is shown in one quiz: its options in the order shown,
 * each knowing its letter in the bank, so answers are judged and recorded in
 * the bank's letters whatever the shuffle (pure).
 */

import { type ChoiceItem, correctLetters, indexOfLetter, letterOf } from '../bank/choice-types.js';
import { shuffledWith } from './random.js';

export interface ShownOption {
  text: string;
  /** Its letter in the bank (A for 对, B for 错 in a `true_false` item). */
  bankLetter: string;
}

export interface PresentedItem {
  item: ChoiceItem;
  /** The id of the section it comes from. */
  section: string;
  /** In the order shown: the shown letter of option `i` is `letterOf(i)`. */
  options: ShownOption[];
  /** The indexes of the right options among `options`, in order. */
  correct: number[];
}

/** What a `true_false` item's two options are called: 对 / 错, True / False. */
export interface TrueFalseLabels {
  readonly true: string;
  readonly false: string;
}

/**
 * The item as shown: options shuffled with `random` when given (the letters
 * then follow the new order). A `true_false` item keeps A 对 / B 错.
 */
export function presentItem(
  item: ChoiceItem,
  section: string,
  labels: TrueFalseLabels,
  random?: () => number,
): PresentedItem {
  const texts = item.type === 'true_false' ? [labels.true, labels.false] : item.options;
  const inBank = texts.map((text, i) => ({ text, bankLetter: letterOf(i) }));
  const options = random && item.type !== 'true_false' ? shuffledWith(inBank, random) : inBank;
  const right = new Set(correctLetters(item));
  const correct = options.flatMap((o, i) => (right.has(o.bankLetter) ? [i] : []));
  return { item, section, options, correct };
}

/** The bank letters of shown option indexes, in the bank's order (as recorded). */
export function bankLettersOf(presented: PresentedItem, chosen: readonly number[]): string[] {
  const letters = chosen.flatMap((i) => presented.options[i]?.bankLetter ?? []);
  const count = presented.options.length;
  return letters.sort((a, b) => indexOfLetter(a, count) - indexOfLetter(b, count));
}

/** The shown letters of shown option indexes (`[0, 2]` → `A, C`). */
export function shownLetters(chosen: readonly number[]): string[] {
  return [...chosen].sort((a, b) => a - b).map(letterOf);
}
