import type { AnswerText } from './answer-text.js';
import { conditionMask, isNegated } from './polarity.js';
import { findTerm, type Occurrence, type PreparedQuestion } from './prepare-question.js';
import type { ScoreFlag } from './types.js';

/** Most an answer showing a red flag can get, as a share of the points. */
export const RED_FLAG_CAP = 0.2;

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
  const sentenceOf = (o: Occurrence) => text.clauseSentence[text.clause[o.start] ?? 0] ?? 0;
  const counts = (o: Occurrence) => {
    if (isNegated(negated, o)) return false;
    condition ??= conditionMask(text);
    if (condition[o.start]) return false;
    for (let i = o.start; i < o.end; i++) if (!copied[i]) return true;
    return false;
  };
  for (const { flag, signs } of q.redFlags) {
    for (const parts of signs) {
      // For each part, the sentences where it is asserted, with the term that showed it;
      // a part found nowhere ends the sign (most parts of most signs are absent).
      const found: Map<number, string>[] = [];
      for (const alternatives of parts) {
        const at = new Map<number, string>();
        const occurrences: Occurrence[] = [];
        for (const term of alternatives) findTerm(term, text, 0, occurrences);
        // An exact form before a near one (加我微信 itself, not 加微信 with 我 inside).
        occurrences.sort((a, b) => Number(a.near) - Number(b.near));
        for (const o of occurrences) {
          if (!counts(o)) continue;
          const s = sentenceOf(o);
          if (!at.has(s)) at.set(s, o.keyword.raw);
        }
        if (at.size === 0) break;
        found.push(at);
      }
      if (found.length < parts.length) continue;
      const [first, ...rest] = found;
      if (!first) continue;
      const sentence = [...first.keys()].find((s) => rest.every((m) => m.has(s)));
      if (sentence === undefined) continue;
      out.push({
        code: 'red-flag',
        id: flag.id,
        wrong: flag.wrong,
        matched: found.map((m) => m.get(sentence) ?? ''),
        scope: flag.scope ?? 'question',
      });
      break;
    }
  }
  return out;
}
