/**
 * How a typing test is counted (pure). What is compared is the text committed to the editor,
 * grapheme by grapheme against the passage at the same place, never the keys pressed: an input
 * method sends a whole phrase at once (its pinyin keystrokes never reach us), and Backspace
 * simply takes a character back out of the text. The measures are the ones typing tests use:
 *
 * - Chinese: correct characters per minute (字/分), every Chinese character and punctuation
 *   mark one 字.
 * - English: words per minute by the usual convention that a word is five characters, spaces
 *   and punctuation included: correct characters ÷ 5 per minute.
 * - Accuracy: correct characters ÷ characters typed (what stands in the editor at the end).
 *
 * The clock runs from the first character committed to the end (the passage typed through or
 * the time up), so the time spent reading the passage before starting does not count.
 */
import { graphemes } from '../ui/text-width.js';

export type TypingUnit = 'cpm' | 'wpm';

/** How each character of the passage stands: typed right, typed wrong, or not reached yet. */
export type Mark = 'right' | 'wrong' | 'pending';

export interface Comparison {
  /** One per grapheme of the passage. */
  readonly marks: readonly Mark[];
  /** Graphemes of the passage. */
  readonly length: number;
  /** Graphemes typed (beyond the passage's end included). */
  readonly typed: number;
  /** Typed graphemes that match the passage at their place. */
  readonly correct: number;
  /** Typed graphemes that do not (past the passage's end included). */
  readonly errors: number;
  /** The passage has been typed through (as many graphemes typed as it has). */
  readonly done: boolean;
}

/** Compares what is typed with the passage, place by place (both split into graphemes). */
export function compareTyped(passage: readonly string[], typed: string): Comparison {
  const input = graphemes(typed);
  const marks: Mark[] = [];
  let correct = 0;
  for (let i = 0; i < passage.length; i++) {
    if (i >= input.length) marks.push('pending');
    else if (input[i] === passage[i]) {
      marks.push('right');
      correct++;
    } else marks.push('wrong');
  }
  return {
    marks,
    length: passage.length,
    typed: input.length,
    correct,
    errors: input.length - correct,
    done: input.length >= passage.length,
  };
}

/** Below this much time a speed says nothing (one chunk of an input method would read as 3,000 字/分). */
export const MIN_SPEED_MS = 1000;

/** Correct characters per minute (`cpm`) or words of five characters per minute (`wpm`), whole. */
export function speedOf(correct: number, elapsedMs: number, unit: TypingUnit): number {
  const minutes = Math.max(elapsedMs, MIN_SPEED_MS) / 60_000;
  const perMinute = (unit === 'wpm' ? correct / 5 : correct) / minutes;
  return Math.round(perMinute);
}

/**
 * Correct ÷ typed, 0–1, cut (not rounded) to three decimals, so one error in 2,000 characters
 * never shows as 100%; 1 before anything is typed.
 */
export function accuracyOf(correct: number, typed: number): number {
  if (typed === 0) return 1;
  return Math.floor((correct / typed) * 1000) / 1000;
}

/** The bars people are held to (字/分 for Chinese); 50 is the one most often reported for remote 云客服 work. */
export const TARGETS = [50, 65, 80] as const;
export type Target = (typeof TARGETS)[number];
export const DEFAULT_TARGET: Target = 50;

/**
 * Whether a speed reaches the target, both in the test's unit. An English test holds the same
 * preset number as WPM; that English bars are of that size is our choice, not a sourced figure.
 */
export function passes(speed: number, target: number): boolean {
  return speed >= target;
}

export interface TypingOutcome {
  readonly comparison: Comparison;
  readonly speed: number;
  readonly accuracy: number;
  readonly elapsedMs: number;
  readonly passed: boolean;
}

/** The result of a test: `elapsedMs` from the first character to the end. */
export function typingOutcome(
  passage: readonly string[],
  typed: string,
  elapsedMs: number,
  unit: TypingUnit,
  target: number,
): TypingOutcome {
  const comparison = compareTyped(passage, typed);
  const speed = speedOf(comparison.correct, elapsedMs, unit);
  return {
    comparison,
    speed,
    accuracy: accuracyOf(comparison.correct, comparison.typed),
    elapsedMs,
    passed: passes(speed, target),
  };
}
