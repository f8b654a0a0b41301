/**
 * Whether a phrase the insights found is said or refused: by the scorer's
 * negation scope (scoring/negation.ts), so that the insights and the
 * checklist agree on what "我不会道歉" says. The scorer works on its own
 * compact form of the answer (no white space, no punctuation), so an offset
 * is carried over by cutting the answer before it the scorer's way. That is
 * done only for a match with a negating character near it, and the answer's
 * mask is made once, when first needed: most matches have none, and `grade`
 * of a class asks this of every answer.
 */

import { negatedMaskOf, preparedAnswer } from '../scoring/answer-memo.js';
import { prepareText } from '../scoring/answer-text.js';
import { NEGATION_SCOPE, POST_NEGATION_SCOPE } from '../scoring/negation-scope.js';
import { EN_NEGATORS, EN_POST_NEGATORS } from '../scoring/negation-words-en.js';
import { ZH_NEGATOR_RE, ZH_POST_RE } from '../scoring/negation-words-zh.js';

/** Letters per unit of the scope at most (an English word); only to size the windows looked at. */
const UNIT = 3;

/** A negating word before a match, in either language (the scorer's lists; not global: tested). */
const BEFORE = new RegExp(
  `${ZH_NEGATOR_RE.source}|n't\\b|\\b(?:${[...EN_NEGATORS].join('|')})\\b`,
  'i',
);
/** A word that negates what precedes it, after a match. */
const AFTER = new RegExp(
  `${ZH_POST_RE.source}|\\b(?:${EN_POST_NEGATORS.map((w) => w.join(' ')).join('|')})\\b`,
  'i',
);

/**
 * `(offset) => negated?` for offsets into `compactText`, which is `text` with
 * white space taken out (`compactForPhrases`). `text` is best the very string
 * that was graded: its cut and mask are then the scorer's own, not made again.
 */
export function negationAt(text: string, compactText: string): (at: number) => boolean {
  let original: Int32Array | undefined;
  return (at) => {
    const before = compactText.slice(Math.max(0, at - UNIT * NEGATION_SCOPE), at);
    const after = compactText.slice(at, at + UNIT * POST_NEGATION_SCOPE);
    if (!BEFORE.test(before) && !AFTER.test(after)) return false;
    const mask = negatedMaskOf(preparedAnswer(text));
    original ??= originalOffsets(text, compactText);
    const offset = prepareText(text.slice(0, original[at] ?? text.length)).compact.length;
    return (mask[offset] ?? 0) !== 0;
  };
}

/**
 * For each character of `compactText`, where it stands in `text`: a run of
 * white space became one space between Latin words, else nothing.
 */
function originalOffsets(text: string, compactText: string): Int32Array {
  const out = new Int32Array(compactText.length);
  let j = 0;
  for (let i = 0; i < text.length && j < compactText.length; i++) {
    if (/\s/.test(text[i] ?? '')) {
      if (compactText[j] === ' ') out[j++] = i;
      while (/\s/.test(text[i + 1] ?? '')) i++;
    } else out[j++] = i;
  }
  return out;
}
