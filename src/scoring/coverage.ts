import { type AnswerText, spanText } from './answer-text.js';
import { copiedMask, findOccurrences, findTerm, type Occurrence } from './find-terms.js';
import { isNegated, negatedMask } from './negation.js';
import { NUMBER_MARK, type PreparedQuestion } from './prepare-question.js';
import { privateSentences } from './private-life.js';
import { namesASayer } from './sayers.js';
import { othersMask } from './told-cases.js';
import type { KeyPointResult } from './types.js';

/**
 * The clause rule. A keyword counts only when it sits in a real clause: one
 * that says something besides keywords. A clause is real when, not counting
 * keyword characters or words copied from the question, it has at least
 * MIN_OTHER units (字) and at least OTHER_PER_KEYWORD units per keyword unit.
 * "请提供订单号" (3 other, 3 keyword) is real; "订单号" or "核实订单号照片"
 * is bare. A bare clause still counts when the clause right before or after
 * it on the same line is real, since people do say "抱歉，我马上帮您查".
 * A run of bare clauses ("抱歉，理解，订单号，退款，跟进") counts for nothing.
 */
export const MIN_OTHER = 2;

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
export const OTHER_PER_KEYWORD = 0.5;

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

/** What coverage needs to know about length: whether the answer fits the limit in force. */
export interface LengthFit {
  /** true / false when there is a limit; undefined without one (no length verdict). */
  fits: boolean | undefined;
}

interface ClauseStats {
  keyword: number;
  other: number;
}

/** Judges every key point of a question against an answer. */
export function judgeCoverage(
  q: PreparedQuestion,
  text: AnswerText,
  length: LengthFit = { fits: undefined },
): Coverage {
  const occurrences = findOccurrences(q, text);
  const copied = copiedMask(q, text);
  const negated = negatedMask(text);
  // One occurrence per key point and clause counts as keyword: synonyms of one point
  // ("我理解您的心情") are one thing said, not a list.
  const inKeyword = new Uint8Array(text.compact.length);
  const marked = new Set<number>();
  const points = q.keyPoints.length + 1;
  // The others count as neither keyword nor other words (2).
  for (const o of occurrences) {
    const key = (text.clause[o.start] ?? 0) * points + o.keyPoint;
    if (!marked.has(key)) {
      marked.add(key);
      inKeyword.fill(1, o.start, o.end);
    }
  }
  for (const o of occurrences) {
    for (let i = o.start; i < o.end; i++) if (!inKeyword[i]) inKeyword[i] = 2;
  }

  const clauses = clauseStats(text, inKeyword, copied);
  const real = clauses.map((c) => c.other >= MIN_OTHER && c.other >= OTHER_PER_KEYWORD * c.keyword);
  const supported = (o: Occurrence): boolean => {
    const id = text.clause[o.start] ?? 0;
    if (real[id]) return true;
    const line = text.clauseLine[id];
    return (
      (real[id - 1] === true && text.clauseLine[id - 1] === line) ||
      (real[id + 1] === true && text.clauseLine[id + 1] === line)
    );
  };
  const isCopied = (o: Occurrence): boolean => {
    for (let i = o.start; i < o.end; i++) if (!copied[i]) return false;
    return true;
  };

  // A `!term` is the other way round: it counts where the answer negates it.
  const asserted = (o: Occurrence): boolean =>
    !isNegated(negated, o) !== (o.keyword.negatedOnly === true);

  const privateLife = privateSentences(text);
  let others: Uint8Array | undefined;
  const byOthers = (o: Occurrence): boolean => {
    others ??= othersMask(text);
    return others[o.start] === 1;
  };

  const foundAll = new Set<string>();
  const foundSupported = new Set<string>();
  const byPoint: Occurrence[][] = q.keyPoints.map(() => []);
  for (const o of occurrences) byPoint[o.keyPoint]?.push(o);
  const keyPoints = q.keyPoints.map((kp, index): KeyPointResult => {
    const mine = byPoint[index] ?? [];
    const notCopied = mine.filter((o) => !isCopied(o));
    const refused = notCopied.filter((o) => o.keyword.negatedOnly !== true && !asserted(o));
    const own = notCopied.filter(
      (o) =>
        asserted(o) &&
        !echoesRefusal(text, o, refused) &&
        !namesASayer(text, o) &&
        !privateLife.has(text.clauseSentence[text.clause[o.start] ?? 0] ?? 0),
    );
    const good = own.filter(supported);
    for (const o of own) foundAll.add(o.keyword.key);
    for (const o of good) foundSupported.add(o.keyword.key);
    // A number term shows the number the answer gave (92%, 三成, 10 minutes), at its first
    // occurrence, not the bank's `{n}%`.
    const first = new Map<string, Occurrence>();
    for (const o of good) if (!first.has(o.keyword.raw)) first.set(o.keyword.raw, o);
    const matched = unique(
      [...first.values()].map((o) =>
        o.keyword.raw.includes(NUMBER_MARK) ? spanText(text, o.start, o.end) : o.keyword.raw,
      ),
    );
    const shown: Occurrence[] = [];
    for (const term of kp.avoid) findTerm(term, text, index, shown);
    // The behaviour is the candidate's own: not what a customer said or another agent did.
    const behaviour = shown.filter((o) => !isCopied(o) && asserted(o) && !byOthers(o));
    if (behaviour.length > 0) {
      const keywords = unique(behaviour.map((o) => o.keyword.raw));
      return {
        point: kp.point,
        covered: false,
        matched: [],
        reason: { code: 'shows-behaviour', keywords },
      };
    }
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
    if (matched.length > 0) {
      const nearForms = unique(good.filter((o) => o.near).map((o) => o.keyword.raw));
      return {
        point: kp.point,
        covered: true,
        matched,
        ...(nearForms.length > 0 ? { nearForms } : {}),
      };
    }
    const reason: KeyPointResult['reason'] =
      own.length > 0
        ? { code: 'bare-keywords', keywords: unique(own.map((o) => o.keyword.raw)) }
        : notCopied.length > 0
          ? { code: 'negated', keywords: unique(notCopied.map((o) => o.keyword.raw)) }
          : mine.length > 0
            ? { code: 'from-question', keywords: unique(mine.map((o) => o.keyword.raw)) }
            : { code: 'no-keyword' };
    return { point: kp.point, covered: false, matched: [], reason };
  });

  let copiedUnits = 0;
  for (let i = 0; i < text.compact.length; i++) if (text.unitStart[i] && copied[i]) copiedUnits++;
  const covered = keyPoints.filter((k) => k.covered).length;
  return {
    keyPoints,
    share: coveredShare(covered, keyPoints.length),
    found: foundAll.size,
    bare: foundAll.size - foundSupported.size,
    copied: text.units === 0 ? 0 : copiedUnits / text.units,
    copiedMask: copied,
    negatedMask: negated,
  };
}

/**
 * Words that give the reason for a refusal (我不会道歉，因为道歉就等于认错;
 * I didn't apologise, because apologising would have meant…), and words that
 * turn a sentence to what is done instead (不是敷衍地说抱歉，而是真诚道歉).
 */
const ZH_REASON = /因为|由于|否则|不然|等于|意味着/;
const EN_REASON = new Set(['because', 'since', 'otherwise', 'means', 'meant', 'mean']);
const ZH_CONTRAST = /而是|但|可是|不过|却|反而/;
const EN_CONTRAST = new Set(['but', 'instead', 'rather', 'however', 'yet']);

/**
 * Whether an occurrence only names again the act the answer has just
 * refused on the same point, as the reason for refusing it: in the same
 * sentence, after the refusal and a reason word (因为, because), with no
 * contrast word (而是, but) between. Other negated words of a sentence leave
 * the rest alone: "定制商品不支持七天无理由，因为没办法二次销售" explains a rule.
 */
function echoesRefusal(text: AnswerText, o: Occurrence, refused: Occurrence[]): boolean {
  const sentence = text.clauseSentence[text.clause[o.start] ?? 0];
  for (const r of refused) {
    if (r.end > o.start) continue;
    if (text.clauseSentence[text.clause[r.start] ?? 0] !== sentence) continue;
    const between = text.compact.slice(r.end, o.start);
    const words = text.words.filter((w) => w.start >= r.end && w.end <= o.start).map((w) => w.word);
    const reason =
      ZH_REASON.test(between) || words.some((w) => EN_REASON.has(w)) || namedAsCost(text, o);
    const contrast = ZH_CONTRAST.test(between) || words.some((w) => EN_CONTRAST.has(w));
    if (reason && !contrast) return true;
  }
  return false;
}

/**
 * Whether the words right after an occurrence say what the act would cost
 * (道歉就等于承认, apologising would have meant…): the act as the reason
 * for refusing it.
 */
function namedAsCost(text: AnswerText, o: Occurrence): boolean {
  if (/^就?(?:等于|意味着)/.test(text.compact.slice(o.end, o.end + 4))) return true;
  const next = text.words
    .filter((w) => w.start >= o.end)
    .slice(0, 3)
    .map((w) => w.word);
  return (
    next[0] === 'means' ||
    next[0] === 'meant' ||
    (next[0] === 'would' && (next[1] === 'mean' || (next[1] === 'have' && next[2] === 'meant')))
  );
}

/** What a point judged by length shows as matched: the length itself. */
export const FITS_TIME_LABEL = '~fits-time';

/** Keyword units and other units of each clause; copied units count as neither. */
function clauseStats(text: AnswerText, inKeyword: Uint8Array, copied: Uint8Array): ClauseStats[] {
  const stats: ClauseStats[] = text.clauseLine.map(() => ({ keyword: 0, other: 0 }));
  const n = text.compact.length;
  for (let i = 0; i < n; i++) {
    if (!text.unitStart[i]) continue;
    let end = i + 1;
    while (end < n && !text.unitStart[end]) end++;
    const s = stats[text.clause[i] ?? 0];
    if (!s) continue;
    let keyword = false;
    let synonym = false;
    let allCopied = true;
    for (let j = i; j < end; j++) {
      if (inKeyword[j] === 1) keyword = true;
      if (inKeyword[j] === 2) synonym = true;
      if (!copied[j]) allCopied = false;
    }
    if (keyword) s.keyword++;
    else if (!allCopied && !synonym) s.other++;
  }
  return stats;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
