/**
 * Where a negation reaches beyond its clause: the list under a heading that denies ("不能说
 * 的："), examples named to be denied ("这种话不能讲"), and the examples of a negated clause;
 * with the bits of the negation mask, shared with negation.ts.
 */
import type { AnswerText } from './answer-text.js';
import { EN_EXAMPLE_OPENERS } from './negation-words-en.js';
import { ZH_EXAMPLE_RE, ZH_POST_NEGATORS } from './negation-words-zh.js';

/** Mask bits: negated by a word before (不会道歉) or after (道歉是没用的). */
export const BEFORE = 1;

export const AFTER = 2;

/** A heading is a line of at most this many units. */
const HEADING_UNITS = 12;

const HEADING_DENIES =
  /不能|不要|不可以|不该|不应|禁止|别|避免|红线|雷区|禁区|忌|(?:^|[^a-z])(?:dont|don't|never|avoid|not|banned|no)(?:[^a-z]|$)/;

const NUMBERED = /^[0-9①-⑳]/;

/**
 * A short line that denies ("不能说的：", "Don'ts:") heads the numbered
 * lines right after it: each names what not to do ("1. 绝对化用语：最好、
 * 第一、全网最低"), it does not do it. The list ends at the first line that
 * is not numbered.
 */
export function denyListUnderHeading(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseLine, unitStart } = text;
  const lines: { start: number; end: number; units: number }[] = [];
  for (let i = 0; i < compact.length; i++) {
    const line = clauseLine[clause[i] ?? 0] ?? 0;
    const at = lines[line];
    if (at) {
      at.end = i + 1;
      at.units += unitStart[i] ?? 0;
    } else lines[line] = { start: i, end: i + 1, units: unitStart[i] ?? 0 };
  }
  for (let l = 0; l < lines.length; l++) {
    const head = lines[l];
    if (!head || head.units > HEADING_UNITS) continue;
    if (!HEADING_DENIES.test(compact.slice(head.start, head.end))) continue;
    for (let k = l + 1; k < lines.length; k++) {
      const item = lines[k];
      if (!item) continue;
      if (!NUMBERED.test(compact.slice(item.start, item.end))) break;
      for (let i = item.start; i < item.end; i++) mask[i] = (mask[i] ?? 0) | AFTER;
    }
  }
}

const NAMES_EXAMPLES = /(?:这种|这类|这些|之类的?|等等?)$/;

const DENIES = new RegExp(`${ZH_POST_NEGATORS.join('|')}|不能|不可以|不要|禁止|不行`);

/**
 * A clause that ends by naming its words as examples (“全网最低”“马上白”这种)
 * and is followed, in the same sentence, by a clause that denies them
 * (都是违反广告法的) is negated too: it names the violation, it does not commit it.
 */
export function denyNamedExamples(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence } = text;
  const spans: [number, number][] = [];
  for (let i = 0; i < compact.length; i++) {
    const c = clause[i] ?? 0;
    if (spans[c] === undefined) spans[c] = [i, i + 1];
    else spans[c] = [spans[c]?.[0] ?? i, i + 1];
  }
  for (let c = 0; c + 1 < spans.length; c++) {
    const here = spans[c];
    const next = spans[c + 1];
    if (!here || !next || clauseSentence[c] !== clauseSentence[c + 1]) continue;
    if (!NAMES_EXAMPLES.test(compact.slice(here[0], here[1]))) continue;
    if (!DENIES.test(compact.slice(next[0], next[1]))) continue;
    for (let i = here[0]; i < here[1]; i++) mask[i] = (mask[i] ?? 0) | AFTER;
  }
}

/**
 * A clause that opens with an example marker (比如, 例如; like, such as)
 * right after a clause with a negation in the same sentence shares it:
 * "避免绝对化用语，比如全网最低" negates 全网最低 as well.
 */
export function inheritIntoExamples(
  text: AnswerText,
  mask: Uint8Array,
  words: AnswerText['words'],
): void {
  const { compact, clause, clauseSentence } = text;
  const starts: number[] = [];
  for (let i = 0; i < compact.length; i++)
    if (i === 0 || clause[i] !== clause[i - 1]) starts.push(i);
  const negatedClause = new Uint8Array(starts.length);
  for (let i = 0; i < compact.length; i++) if (mask[i]) negatedClause[clause[i] ?? 0] = 1;
  const wordAt = new Map(words.map((w) => [w.start, w.word]));
  for (let c = 1; c < starts.length; c++) {
    const start = starts[c] ?? 0;
    const end = starts[c + 1] ?? compact.length;
    if (!negatedClause[c - 1] || clauseSentence[c] !== clauseSentence[c - 1]) continue;
    const opener =
      ZH_EXAMPLE_RE.test(compact.slice(start, start + 2)) ||
      EN_EXAMPLE_OPENERS.has(wordAt.get(start) ?? '');
    if (!opener) continue;
    mask.fill(1, start, end);
    negatedClause[c] = 1;
  }
}
