import { type AnswerText, spanText } from './answer-text.js';
import { findTerm, type Occurrence } from './find-terms.js';
import { laysOutParts, openingCases } from './markers.js';
import { NUMBER_MARK, type PreparedQuestion } from './prepare-question.js';
import { echoesRefusal } from './refusal-echo.js';
import { namesASayer } from './sayers.js';
import type { KeyPointResult } from './types.js';

/** What coverage needs to know about length: whether the answer fits the limit in force. */
export interface LengthFit {
  /** true / false when there is a limit; undefined without one (no length verdict). */
  fits: boolean | undefined;
}

/** What a point judged by length shows as matched: the length itself. */
export const FITS_TIME_LABEL = '~fits-time';

type PreparedKeyPoint = PreparedQuestion['keyPoints'][number];

/** What judging one key point asks of an occurrence: the same for every point of an answer. */
export interface OccurrenceChecks {
  text: AnswerText;
  length: LengthFit;
  /** In a real clause, or next to one (the clause rule). */
  supported(o: Occurrence): boolean;
  /** Every character copied from the question. */
  isCopied(o: Occurrence): boolean;
  /** Asserted (a `!term` the other way round: negated). */
  asserted(o: Occurrence): boolean;
  /** What a customer said or another agent did. */
  byOthers(o: Occurrence): boolean;
  /** Inside the act a red flag names. */
  inAct(o: Occurrence): boolean;
  /** Sentence numbers about the candidate's private life. */
  privateLife: Set<number>;
  /** Keys of the keywords found outside copied text, and of those found in real clauses: filled as points are judged. */
  foundAll: Set<string>;
  foundSupported: Set<string>;
}

/** How one key point fares, given its keywords' occurrences (`mine`). */
export function judgeKeyPoint(
  kp: PreparedKeyPoint,
  index: number,
  mine: Occurrence[],
  c: OccurrenceChecks,
): KeyPointResult {
  const { text } = c;
  const notCopied = mine.filter((o) => !c.isCopied(o));
  const refused = notCopied.filter((o) => o.keyword.negatedOnly !== true && !c.asserted(o));
  const said = notCopied.filter(
    (o) =>
      c.asserted(o) &&
      !echoesRefusal(text, o, refused) &&
      !namesASayer(text, o) &&
      !c.privateLife.has(text.clauseSentence[text.clause[o.start] ?? 0] ?? 0),
  );
  const own = said.filter((o) => !c.inAct(o));
  const supported = own.filter((o) => c.supported(o));
  for (const o of own) c.foundAll.add(o.keyword.key);
  for (const o of supported) c.foundSupported.add(o.keyword.key);
  const good = byMarker(kp, text, supported);
  const matched = matchedTerms(text, good);
  const shown: Occurrence[] = [];
  for (const term of kp.avoid) findTerm(term, text, index, shown);
  // The behaviour is the candidate's own: not what a customer said or another agent did.
  const behaviour = shown.filter((o) => !c.isCopied(o) && c.asserted(o) && !c.byOthers(o));
  if (behaviour.length > 0) {
    const keywords = unique(behaviour.map((o) => o.keyword.raw));
    return {
      point: kp.point,
      covered: false,
      matched: [],
      reason: { code: 'shows-behaviour', keywords },
    };
  }
  const timed = byLength(kp, matched, c.length);
  if (timed) return timed;
  if (matched.length > 0) {
    const nearForms = unique(good.filter((o) => o.near).map((o) => o.keyword.raw));
    return {
      point: kp.point,
      covered: true,
      matched,
      ...(nearForms.length > 0 ? { nearForms } : {}),
    };
  }
  if (kp.marker) {
    const code = kp.marker === 'story' ? 'no-story' : 'no-structure';
    return { point: kp.point, covered: false, matched: [], reason: { code } };
  }
  const reason: KeyPointResult['reason'] =
    own.length > 0
      ? { code: 'bare-keywords', keywords: unique(own.map((o) => o.keyword.raw)) }
      : said.length > 0
        ? { code: 'in-red-flag', keywords: unique(said.map((o) => o.keyword.raw)) }
        : notCopied.length > 0
          ? { code: 'negated', keywords: unique(notCopied.map((o) => o.keyword.raw)) }
          : mine.length > 0
            ? { code: 'from-question', keywords: unique(mine.map((o) => o.keyword.raw)) }
            : { code: 'no-keyword' };
  return { point: kp.point, covered: false, matched: [], reason };
}

/**
 * The terms that showed a point, as written in the bank. A number term shows the number
 * the answer gave (92%, 三成, 10 minutes), at its first occurrence, not the bank's `{n}%`.
 */
function matchedTerms(text: AnswerText, good: Occurrence[]): string[] {
  const first = new Map<string, Occurrence>();
  for (const o of good) if (!first.has(o.keyword.raw)) first.set(o.keyword.raw, o);
  return unique(
    [...first.values()].map((o) =>
      o.keyword.raw.includes(NUMBER_MARK) ? spanText(text, o.start, o.end) : o.keyword.raw,
    ),
  );
}

/** The occurrences that count for a point with a marker: those that tell a case, or all when they lay out parts. */
function byMarker(kp: PreparedKeyPoint, text: AnswerText, good: Occurrence[]): Occurrence[] {
  if (kp.marker === 'story') return openingCases(text, good);
  if (kp.marker === 'structure') return laysOutParts(text, good) ? good : [];
  return good;
}

/** The verdict on a point judged by length (`~fits-time`), if length decides it. */
function byLength(
  kp: PreparedKeyPoint,
  matched: string[],
  length: LengthFit,
): KeyPointResult | undefined {
  if (kp.fitsTime && length.fits !== undefined) {
    const byWords = kp.keywords.length === 0 || matched.length > 0;
    if (length.fits && byWords) {
      return { point: kp.point, covered: true, matched: [...matched, FITS_TIME_LABEL] };
    }
    if (!length.fits) {
      return { point: kp.point, covered: false, matched: [], reason: { code: 'length-misfit' } };
    }
  } else if (kp.fitsTime && kp.keywords.length === 0) {
    return { point: kp.point, covered: true, matched: [] };
  }
  return undefined;
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
