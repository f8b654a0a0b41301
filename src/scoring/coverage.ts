import { negatedMaskOf } from './answer-memo.js';
import type { AnswerText } from './answer-text.js';
import { realClauses, supportedBy } from './clause-rule.js';
import { copiedMask, findOccurrences, type Occurrence } from './find-terms.js';
import { judgeKeyPoint, type LengthFit, type OccurrenceChecks } from './key-point.js';
import { isNegated } from './negation.js';
import type { PreparedQuestion } from './prepare-question.js';
import { privateSentences } from './private-life.js';
import { othersMask } from './told-cases.js';
import type { KeyPointResult } from './types.js';

/**
 * From this many key points on, full marks need all but one. A key-point list
 * that long is everything the reference answer says, more than a two- or
 * three-minute answer says in full: the interviewers who scored the blind
 * answer sets gave full marks to strong answers that left one of six out
 * (each in its own way), and a rubric that asks for every item punishes the
 * answer that chose its ground. Fewer points than this are each needed.
 */
export const SLACK_FROM = 6;

/** The share of the points that `covered` of `total` key points earn (see `SLACK_FROM`). */
export function coveredShare(covered: number, total: number): number {
  if (total === 0) return 0;
  const needed = total >= SLACK_FROM ? total - 1 : total;
  return Math.min(1, covered / needed);
}

/** Coverage of one question's key points by one answer. */
export interface Coverage {
  keyPoints: KeyPointResult[];
  /** Covered share, 0–1. */
  share: number;
  /** Distinct keywords found anywhere (outside copied text), and those found only in bare clauses. */
  found: number;
  bare: number;
  /** Share of the answer's units copied from the question, 0–1. */
  copied: number;
  /** Which compact characters were copied from the question. */
  copiedMask: Uint8Array;
  /** Which compact characters sit in the scope of a negation (see `negatedMask`). */
  negatedMask: Uint8Array;
}

/** Judges every key point of a question against an answer; keywords inside `acts` (red flags' acts) do not count. */
export function judgeCoverage(
  q: PreparedQuestion,
  text: AnswerText,
  length: LengthFit = { fits: undefined },
  acts?: Uint8Array,
  copied: Uint8Array = copiedMask(q, text),
): Coverage {
  const occurrences = findOccurrences(q, text);
  const negated = negatedMaskOf(text);
  const real = realClauses(text, occurrences, q.keyPoints.length, copied);
  let others: Uint8Array | undefined;
  const checks: OccurrenceChecks = {
    text,
    length,
    supported: (o) => supportedBy(text, real, o),
    isCopied: (o) => {
      for (let i = o.start; i < o.end; i++) if (!copied[i]) return false;
      return true;
    },
    // A `!term` is the other way round: it counts where the answer negates it.
    asserted: (o) => !isNegated(negated, o) !== (o.keyword.negatedOnly === true),
    byOthers: (o) => {
      others ??= othersMask(text);
      return others[o.start] === 1;
    },
    // Inside a red flag's act (see `findRedFlags`): the wrong act covers no point.
    inAct: (o) => acts?.[o.start] === 1,
    privateLife: privateSentences(text),
    foundAll: new Set<string>(),
    foundSupported: new Set<string>(),
  };
  const byPoint: Occurrence[][] = q.keyPoints.map(() => []);
  for (const o of occurrences) byPoint[o.keyPoint]?.push(o);
  const keyPoints = q.keyPoints.map(
    (kp, index): KeyPointResult => judgeKeyPoint(kp, index, byPoint[index] ?? [], checks),
  );

  let copiedUnits = 0;
  for (let i = 0; i < text.compact.length; i++) if (text.unitStart[i] && copied[i]) copiedUnits++;
  const covered = keyPoints.filter((k) => k.covered).length;
  return {
    keyPoints,
    share: coveredShare(covered, keyPoints.length),
    found: checks.foundAll.size,
    bare: checks.foundAll.size - checks.foundSupported.size,
    copied: text.units === 0 ? 0 : copiedUnits / text.units,
    copiedMask: copied,
    negatedMask: negated,
  };
}
