import type { AnswerText } from './answer-text.js';
import { isNegated } from './negation.js';
import { conditionMask } from './not-asserted.js';
import { findTerm, type Occurrence, type PreparedQuestion } from './prepare-question.js';
import type { ScoreFlag } from './types.js';

/** Most an answer showing a red flag can get, as a share of the points. */
export const RED_FLAG_CAP = 0.2;
/**
 * The parts of a sign must also sit close together: within SIGN_SPAN units
 * (字 or English words) of the first part's start. "Promise them
 * compensation" is the sign; "a compensation rule … a delivery-time promise
 * on the product page" is two things said about the rules.
 */
export const SIGN_SPAN = 30;
/** The same in English words, which carry more than a 字 each. */
export const EN_SIGN_SPAN = 8;

/**
 * The red flags an answer shows. A sign is shown when, in one sentence,
 * each of its parts occurs (any of the part's alternatives) where the
 * answer asserts it (outside a negation: "绝不会让客户加微信" shows
 * nothing) and not inside words copied from the question.
 */
export function findRedFlags(
  q: PreparedQuestion,
  text: AnswerText,
  copied: Uint8Array,
  negated: Uint8Array,
): Extract<ScoreFlag, { code: 'red-flag' }>[] {
  const out: Extract<ScoreFlag, { code: 'red-flag' }>[] = [];
  if (q.redFlags.length === 0) return out;
  let condition: Uint8Array | undefined;
  let units: Int32Array | undefined;
  // Units before each compact character, built only when a sign has parts to measure.
  const unitAt = (i: number): number => {
    if (!units) {
      units = new Int32Array(text.compact.length + 1);
      for (let j = 0; j < text.compact.length; j++)
        units[j + 1] = (units[j] ?? 0) + (text.unitStart[j] ?? 0);
    }
    return units[i] ?? 0;
  };
  const sentenceOf = (o: Occurrence) => text.clauseSentence[text.clause[o.start] ?? 0] ?? 0;
  const counts = (o: Occurrence) => {
    // A `!term` part is shown by refusing it ("我一般不道歉，也不核实订单").
    if (isNegated(negated, o) !== (o.keyword.negatedOnly === true)) return false;
    // Reported words (有人说“加个微信呗”) are not the answer's own behaviour.
    if (text.othersSpeech[o.start]) return false;
    if (namesBoundary(text, o)) return false;
    condition ??= conditionMask(text);
    if (condition[o.start]) return false;
    for (let i = o.start; i < o.end; i++) if (!copied[i]) return true;
    return false;
  };
  for (const { flag, signs } of q.redFlags) {
    for (const parts of signs) {
      // For each part, the sentences where it is asserted, with the term that showed it;
      // a part found nowhere ends the sign (most parts of most signs are absent).
      const found: Occurrence[][] = [];
      for (const alternatives of parts) {
        const occurrences: Occurrence[] = [];
        for (const term of alternatives) findTerm(term, text, 0, occurrences);
        // An exact form before a near one (加我微信 itself, not 加微信 with 我 inside).
        occurrences.sort((a, b) => Number(a.near) - Number(b.near));
        const asserted = occurrences.filter(counts);
        if (asserted.length === 0) break;
        found.push(asserted);
      }
      if (found.length < parts.length) continue;
      const [first = [], ...rest] = found;
      let matched: string[] | undefined;
      for (const o of first) {
        const s = sentenceOf(o);
        const near = rest.map((list) =>
          list.find(
            (p) =>
              sentenceOf(p) === s &&
              Math.abs(unitAt(p.start) - unitAt(o.start)) <=
                (o.keyword.latin ? EN_SIGN_SPAN : SIGN_SPAN),
          ),
        );
        if (near.every((p) => p !== undefined)) {
          matched = [o.keyword.raw, ...near.map((p) => p?.keyword.raw ?? '')];
          break;
        }
      }
      if (!matched) continue;
      out.push({
        code: 'red-flag',
        id: flag.id,
        wrong: flag.wrong,
        matched,
        scope: flag.scope ?? 'question',
      });
      break;
    }
  }
  return out;
}

/**
 * A term that ends at the platform, with 外 right after it (不走平台外的转账,
 * 绕开平台以外的渠道): the words are "outside the platform", the thing refused,
 * not the act of leaving it.
 */
function namesBoundary(text: AnswerText, o: Occurrence): boolean {
  if (!o.keyword.raw.endsWith('平台')) return false;
  const after = text.compact.slice(o.end, o.end + 2);
  return after.startsWith('外') || after === '之外' || after === '以外';
}
