/**
 * Polarity: which parts of an answer sit in the scope of a negation, so
 * that "我不会道歉，也不用核实订单" or "I won't verify anything" earns
 * neither 道歉 nor 核实. A negation's scope runs from the negating word to
 * the end of its clause, at most NEGATION_SCOPE units, and stops early at a
 * word that turns the sentence (而是, 但, 就, 再 …; but, instead, and, so …):
 * "不核实就退款" negates 核实, not 退款. A few words negate what comes
 * before them in the clause instead ("核实就不必了", "道歉是没用的").
 * A keyword that is itself a negative form (不打断, 不推脱, never blame) is
 * matched where its own negation starts, so its own 不 never negates it.
 */
import type { AnswerText } from './answer-text.js';
import { markEnNegations, markEnPostNegations } from './negation-en.js';
import {
  AFTER,
  BEFORE,
  denyListUnderHeading,
  denyNamedExamples,
  inheritIntoExamples,
} from './negation-lists.js';
import { NEGATION_SCOPE, POST_NEGATION_SCOPE } from './negation-scope.js';
import {
  BIE_WORD_BEFORE,
  COMPLEMENT_AFTER_BU,
  FACT_CONCEDED_REACH,
  NEGATING_VERBS,
  NOT_NEGATING_RE,
  ZH_BREAKER_RE,
  ZH_CONCESSIONS,
  ZH_CONJUNCTION_RE,
  ZH_FACT_CONCEDED_RE,
  ZH_HASTE_BEFORE_JIU_RE,
  ZH_NEGATOR_RE,
  ZH_POST_RE,
  ZH_REFUSING_NEGATORS,
} from './negation-words-zh.js';

/**
 * For each compact character, whether it is in the scope of a negation:
 * BEFORE and/or AFTER bits. Computed once per answer; an occurrence is
 * negated when its first character is. A term that is itself a negative
 * form (不打断, 承诺不了, never blame) only counts as negated by a negation
 * before it: the one after it is its own.
 */
export function negatedMask(text: AnswerText): Uint8Array {
  const mask = new Uint8Array(text.compact.length);
  if (mask.length === 0) return mask;
  markZhNegations(text, mask);
  markZhPostNegations(text, mask);
  markEnPostNegations(text, mask);
  markEnNegations(text, mask);
  inheritIntoExamples(text, mask, text.words);
  denyNamedExamples(text, mask);
  denyListUnderHeading(text, mask);
  return mask;
}

/** Chinese negating words and their scope forward (不会道歉，也不用核实订单). */
function markZhNegations(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause } = text;
  const n = compact.length;
  const breaker = new Uint8Array(n);
  const skip = new Uint8Array(n);
  for (const m of compact.matchAll(ZH_BREAKER_RE)) breaker[m.index] = 1;
  const conjunction = new Uint8Array(n);
  for (const m of compact.matchAll(ZH_CONJUNCTION_RE)) conjunction[m.index] = 1;
  for (const m of compact.matchAll(NOT_NEGATING_RE)) skip.fill(1, m.index, m.index + m[0].length);

  // The scope runs on into the items of a list (不引导加微信、私下转账), each item afresh.
  // `flip`: a negating verb inside another negation ("不会避开", "不能拒绝") undoes it.
  const scope = (
    from: number,
    clauseId: number,
    flip: boolean,
    inQuote: number,
    refusing: boolean,
  ) => {
    let units = 0;
    let current = clauseId;
    for (let i = from; i < n; i++) {
      // A negation inside a quotation (“未收到货”) ends at its closing mark.
      if (inQuote !== 0 && text.quote[i] !== inQuote) break;
      const c = clause[i] ?? 0;
      if (c !== current) {
        if (!text.clauseListed[c]) break;
        current = c;
        units = 0;
      }
      if (breaker[i] && !(refusing && refusedThroughJiu(compact, from, i))) break;
      // 或者, 和, 以及 join another item to what is negated: each item gets the full scope.
      if (conjunction[i]) units = 0;
      if (text.unitStart[i] && ++units > NEGATION_SCOPE) break;
      mask[i] = flip ? (mask[i] ?? 0) & ~BEFORE : (mask[i] ?? 0) | BEFORE;
    }
  };

  for (const m of compact.matchAll(ZH_NEGATOR_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (skip[at]) continue;
    const first = m[0][0];
    const before = compact[at - 1];
    const after = compact[end];
    if (first === '不' || first === '没') {
      // 要不要, 是不是, 能不能: a question, not a negation.
      if (before !== undefined && before === compact[at + 1]) continue;
    }
    if (m[0] === '不' && after !== undefined && COMPLEMENT_AFTER_BU.has(after) && isHan(before)) {
      continue;
    }
    if (m[0] === '别' && before !== undefined && BIE_WORD_BEFORE.has(before)) continue;
    // A concession that says what is so (哪怕后台其实还有几千件) admits a fact: no hypothesis.
    if (concedesFact(text, at, m[0])) continue;
    const flip = NEGATING_VERBS.has(m[0]) && ((mask[at] ?? 0) & BEFORE) !== 0;
    scope(end, clause[at] ?? 0, flip, text.quote[at] ?? 0, ZH_REFUSING_NEGATORS.has(m[0]));
    // The cue's last character may begin the term it negates (不让 + 让客户重复,
    // 不能 + 能退): it is marked too, outside the count of the scope's units.
    if (m[0].length > 1) {
      const last = end - 1;
      mask[last] = flip ? (mask[last] ?? 0) & ~BEFORE : (mask[last] ?? 0) | BEFORE;
    }
  }
}

/**
 * Whether the concession `cue` at `at` admits a fact (ZH_FACT_CONCEDED_RE), looked at in its
 * clause and only as far as the pattern can reach, so that a long clause costs no more.
 */
function concedesFact(text: AnswerText, at: number, cue: string): boolean {
  if (!ZH_CONCESSIONS.has(cue)) return false;
  const c = text.clause[at];
  let end = at;
  while (end < text.compact.length && end < at + FACT_CONCEDED_REACH && text.clause[end] === c)
    end++;
  return ZH_FACT_CONCEDED_RE.test(text.compact.slice(at, end));
}

/** The longest haste or skipped step between a refusing negator and 就 (没核实清楚). */
const HASTE_SPAN = 8;

/**
 * Whether the 就 at `at` keeps a refusal's scope: "不会一上来就说改好了",
 * "不能没查就退款" refuse what follows 就; "不要等他催就主动联系" does not.
 */
function refusedThroughJiu(compact: string, from: number, at: number): boolean {
  if (compact[at] !== '就' || compact[at + 1] === '算') return false;
  if (at - from > HASTE_SPAN) return false;
  return ZH_HASTE_BEFORE_JIU_RE.test(compact.slice(from, at));
}

/** Chinese words that negate what comes before them (核实就不必了, 道歉是没用的). */
function markZhPostNegations(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause } = text;
  // Back over the clause, and the list items before it (起订量、打样、清关这些我不会去学).
  for (const m of compact.matchAll(ZH_POST_RE)) {
    let current = clause[m.index] ?? 0;
    let units = 0;
    const inQuote = text.quote[m.index] ?? 0;
    for (let i = m.index - 1; i >= 0; i--) {
      if (inQuote !== 0 && text.quote[i] !== inQuote) break;
      const c = clause[i] ?? 0;
      if (c !== current) {
        if (!text.clauseListed[current]) break;
        current = c;
        units = 0;
      }
      if (text.unitStart[i] && ++units > POST_NEGATION_SCOPE) break;
      mask[i] = (mask[i] ?? 0) | AFTER;
    }
  }
}

/** Whether an occurrence of a term is negated (see `negatedMask`). */
export function isNegated(
  mask: Uint8Array,
  o: { start: number; keyword: { selfNegative?: boolean } },
): boolean {
  const bits = mask[o.start] ?? 0;
  return o.keyword.selfNegative ? (bits & BEFORE) !== 0 : bits !== 0;
}

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}
