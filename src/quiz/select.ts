/**
 * Which choice items a quiz asks, in which order (pure).
 */

import type { Section } from '../bank/types.js';
import { type PresentedItem, presentItem, type TrueFalseLabels } from './present.js';
import { shuffledWith } from './random.js';

export interface SelectOptions {
  /** Ask at most this many. */
  count?: number;
  /** Shuffle the items and each item's options. */
  shuffle?: boolean;
  /** The generator for the shuffle (see `randomFromSeed`). */
  random?: () => number;
  labels: TrueFalseLabels;
}

/**
 * The items of `sections` (all their choice items, in bank order, or
 * shuffled), cut to `count`; each with its options in the order shown.
 */
export function selectQuiz(sections: readonly Section[], options: SelectOptions): PresentedItem[] {
  const all = sections.flatMap((s) => (s.choices ?? []).map((item) => ({ item, section: s.id })));
  const random = options.shuffle ? (options.random ?? Math.random) : undefined;
  const ordered = random ? shuffledWith(all, random) : all;
  const picked = options.count === undefined ? ordered : ordered.slice(0, options.count);
  return picked.map(({ item, section }) => presentItem(item, section, options.labels, random));
}

/** The sections that have choice items. */
export function sectionsWithChoices(sections: readonly Section[]): Section[] {
  return sections.filter((s) => (s.choices?.length ?? 0) > 0);
}

/**
 * The bank as the open-question commands see it (practice, drill, review,
 * grade, stats): sections without open questions left out, so a section of
 * choice items only adds no empty section to their counts and tables.
 */
export function withOpenQuestions<B extends { sections: readonly Section[] }>(bank: B): B {
  const sections = bank.sections.filter((s) => s.questions.length > 0);
  return sections.length === bank.sections.length ? bank : { ...bank, sections };
}
