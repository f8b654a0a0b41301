/**
 * The last answer the scorer cut up, and each cut answer's negation mask,
 * kept for whoever asks about the same text next: the insights ask whether a
 * phrase is refused (insights/phrase-negation.ts) right after the answer was
 * graded, and `grade` of a class does that for every answer, so cutting it
 * up again would cost as much as a second grading.
 */

import { type AnswerText, prepareText } from './answer-text.js';
import { negatedMask } from './negation.js';

let last: { text: string; prepared: AnswerText } | undefined;
const masks = new WeakMap<AnswerText, Uint8Array>();

/** `prepareText(text)`, the same object again when it was the last text asked. */
export function preparedAnswer(text: string): AnswerText {
  if (last?.text !== text) last = { text, prepared: prepareText(text) };
  return last.prepared;
}

/** `negatedMask(text)`, made once per cut answer. */
export function negatedMaskOf(text: AnswerText): Uint8Array {
  let mask = masks.get(text);
  if (mask === undefined) {
    mask = negatedMask(text);
    masks.set(text, mask);
  }
  return mask;
}
