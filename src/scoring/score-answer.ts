import type { Question } from '../bank/types.js';
import { negatedMaskOf, preparedAnswer } from './answer-memo.js';
import type { AnswerText } from './answer-text.js';
import { type Coverage, judgeCoverage } from './coverage.js';
import { copiedMask } from './find-terms.js';
import { checkLength, checkTooLong, fitsLimit, TOO_LONG_CAP, tooShortCap } from './length.js';
import { type PreparedQuestion, prepareQuestion } from './prepare-question.js';
import { findRedFlags, RED_FLAG_CAP } from './red-flags.js';
import { similarities, topicIndex } from './topic.js';
import type { CapNote, ScoreContext, ScoreFlag, ScoreFlagCode, TextGrade } from './types.js';

export type {
  CapNote,
  Grade,
  KeyPointResult,
  MissReason,
  ScoreContext,
  ScoreFlag,
  ScoreNote,
  TextGrade,
} from './types.js';

/** Share of the answer copied from the question above which it is flagged. */
export const COPY_SHARE = 0.5;
/** Most a flagged answer can get, as a share of the points (too-short: see `tooShortCap`). */
export const CAPS = {
  'copies-question': 0.2,
  'keyword-list': 0.2,
  'off-topic': 0,
  'too-long': TOO_LONG_CAP,
  'red-flag': RED_FLAG_CAP,
} as const satisfies Partial<Record<ScoreFlagCode, number>>;

/** The cap a flag sets, as a share of the points; undefined when it sets none. */
export function capShare(flag: ScoreFlag): number | undefined {
  if (flag.code === 'too-short') return tooShortCap(flag.actual, flag.threshold);
  return flag.code in CAPS ? CAPS[flag.code as keyof typeof CAPS] : undefined;
}
/** Keyword-list: at least this many distinct keywords only in bare clauses, and at least half of all found. */
export const LIST_MIN_BARE = 3;
/**
 * Off-topic: another question fits at least OFF_TOPIC_RATIO times better by
 * wording AND the answer covers a larger share of that question's key points.
 * Both must hold, so a real answer that borrows words from a neighbour
 * question is not thrown out.
 */
export const OFF_TOPIC_RATIO = 1.3;
/** How much better the wording must fit another question when the coverage ties. */
export const OFF_TOPIC_CLEAR_RATIO = 3;
/** On-topic floor: an answer that covers nothing but is about this question gets this share. */
export const FLOOR_SHARE = 0.1;
/** The floor needs this many 字 and, within a bank, a fit at least this close to the best one. */
export const FLOOR_MIN_UNITS = 8;
export const FLOOR_FIT = 0.8;
/** Without a bank, the least cosine with the question's own text that counts as on-topic. */
export const FLOOR_MIN_SIMILARITY = 0.12;

/** Rounds to one decimal, avoiding binary noise such as 3.3333. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

export { scoringContext } from './context.js';

/**
 * Grades an answer against the question's key points. A point is covered
 * when one of its keywords (or a near-form) sits in a real clause of the
 * answer (see `judgeCoverage`); the score is the covered share × points,
 * then capped by flags: far too short for the time limit, mostly copied from
 * the question, a bare keyword list, or an answer to another question of the
 * bank (needs `context.questions`). Deterministic, offline, and cached per
 * question, so it stays well under a millisecond for 2,000 characters.
 */
export function scoreAnswer(
  question: Question,
  text: string,
  context: ScoreContext = {},
): TextGrade {
  const prepared = prepareQuestion(question);
  const answer = preparedAnswer(text);
  const limit = context.timeLimit ?? question.time_limit;
  const fits = limit > 0 ? fitsLimit(answer.units, limit, prepared.pace) : undefined;
  // The red flags first: the key points are judged without the acts they name.
  const copied = copiedMask(prepared, answer);
  const acts = new Uint8Array(answer.compact.length);
  const redFlags = findRedFlags(prepared, answer, copied, negatedMaskOf(answer), acts);
  const flagged = redFlags.length > 0;
  const coverage = judgeCoverage(prepared, answer, { fits }, flagged ? acts : undefined, copied);
  const flags = answerFlags(prepared, answer, coverage, limit, redFlags);

  // What the answer is about, for its topic, counts every word, acts included (judged only when asked).
  const fitHere = () =>
    coveredFraction(
      flagged ? judgeCoverage(prepared, answer, { fits }, undefined, copied) : coverage,
    );
  const fit = judgeTopic(question, answer, coverage, context, fitHere);
  if (fit.offTopic) flags.push(fit.offTopic);

  let share = coverage.share;
  // Gaming the scorer forfeits the floor; a red flag caps the score, the floor stays below it.
  const gaming = flags.some(
    (f) => f.code !== 'too-short' && f.code !== 'too-long' && f.code !== 'red-flag',
  );
  if (share < FLOOR_SHARE && fit.onTopic && !gaming && answer.units >= FLOOR_MIN_UNITS) {
    share = FLOOR_SHARE;
    flags.push({ code: 'on-topic-floor', share: FLOOR_SHARE });
  }

  return capped(question, share * question.points, flags, coverage, answer.units);
}

/** The flags raised on the answer as a whole before its topic is judged, in their stable order. */
function answerFlags(
  prepared: PreparedQuestion,
  answer: AnswerText,
  coverage: Coverage,
  limit: number,
  redFlags: ScoreFlag[],
): ScoreFlag[] {
  const flags: ScoreFlag[] = [...redFlags];
  const tooShort = checkLength(answer.units, limit, prepared.pace);
  if (tooShort) flags.push(tooShort);
  const tooLong = checkTooLong(answer.units, limit, prepared.pace);
  if (tooLong) flags.push(tooLong);
  if (coverage.copied >= COPY_SHARE) {
    flags.push({ code: 'copies-question', share: round2(coverage.copied) });
  }
  if (coverage.bare >= LIST_MIN_BARE && coverage.bare * 2 >= coverage.found) {
    flags.push({ code: 'keyword-list', bare: coverage.bare, found: coverage.found });
  }
  return flags;
}

/** The grade of `raw` points, lowered to the lowest cap among the flags (with a note of it). */
function capped(
  question: Question,
  raw: number,
  flags: ScoreFlag[],
  coverage: Coverage,
  units: number,
): TextGrade {
  const capping = flags.filter((f) => capShare(f) !== undefined);
  const lowest = Math.min(1, ...capping.map((f) => capShare(f) ?? 1));
  const capAt = lowest * question.points;
  const grade: TextGrade = {
    score: roundScore(Math.min(raw, capAt)),
    max: question.points,
    keyPoints: coverage.keyPoints,
    rawScore: roundScore(raw),
    flags,
    length: units,
  };
  if (raw > capAt) {
    const because = capping.filter((f) => capShare(f) === lowest).map((f) => f.code);
    const cap: CapNote = {
      code: 'capped',
      at: roundScore(capAt),
      max: question.points,
      rawScore: grade.rawScore,
      because,
    };
    grade.cap = cap;
  }
  return grade;
}

/** Covered key points ÷ key points, before any allowance. */
function coveredFraction(c: Coverage): number {
  const total = c.keyPoints.length;
  return total === 0 ? 0 : c.keyPoints.filter((k) => k.covered).length / total;
}

interface TopicFit {
  onTopic: boolean;
  offTopic?: Extract<ScoreFlag, { code: 'off-topic' }>;
}

function judgeTopic(
  question: Question,
  answer: AnswerText,
  coverage: Coverage,
  context: ScoreContext,
  fitHere: () => number,
): TopicFit {
  const skip = coverage.copiedMask;
  const bank = context.questions;
  // By identity first; by id when the caller loaded the bank again.
  let own = bank?.indexOf(question) ?? -1;
  if (bank && own < 0) own = bank.findIndex((q) => q.id === question.id);
  if (!bank || own < 0) {
    const [sim = 0] = similarities(topicIndex(ownOnly(question)), answer, skip);
    return { onTopic: sim >= FLOOR_MIN_SIMILARITY };
  }
  const sims = similarities(topicIndex(bank), answer, skip);
  const mine = sims[own] ?? 0;
  let best = -1;
  sims.forEach((s, i) => {
    if (i !== own && (best < 0 || s > (sims[best] ?? 0))) best = i;
  });
  const top = Math.max(mine, best >= 0 ? (sims[best] ?? 0) : 0);
  const fit: TopicFit = {
    onTopic: (mine > 0 && mine >= FLOOR_FIT * top) || namesOwnTopic(bank, own, answer),
  };
  const other = bank[best];
  if (other && (sims[best] ?? 0) >= OFF_TOPIC_RATIO * mine) {
    // Fit is compared by the plain fraction of key points covered, not by the
    // share they earn: the all-but-one allowance of long lists (`SLACK_FROM`)
    // is a grading allowance, and with it five of a neighbour's six points
    // would tie with all of the answer's own, or one of six with one of five.
    const there = coveredFraction(judgeCoverage(prepareQuestion(other), answer));
    const here = fitHere();
    // Covering another question's points better makes an answer off-topic; so does
    // covering them as well while its wording fits that question far better (an
    // answer full of generic words can cover two questions' points at once).
    const farBetter = (sims[best] ?? 0) >= OFF_TOPIC_CLEAR_RATIO * mine;
    if (there > here || (there >= here && farBetter)) {
      fit.offTopic = {
        code: 'off-topic',
        fits: { id: other.id, prompt: other.prompt },
        coverage: round2(here),
        coverageThere: round2(there),
      };
    }
  }
  return fit;
}

/**
 * Whether the answer, words from the question included, fits its own
 * question best, for the on-topic floor only. A short answer that names the
 * question's subject (偏远地区的快递) is about it, though those words are
 * left out when judging fit elsewhere (echoing the prompt earns no fit);
 * an answer that mostly echoes it is flagged `copies-question`, which
 * withholds the floor. Without this, a bank of many neighbouring questions
 * would leave a one-line answer on no question at all.
 */
function namesOwnTopic(bank: readonly Question[], own: number, answer: AnswerText): boolean {
  const sims = similarities(topicIndex(bank), answer);
  const mine = sims[own] ?? 0;
  return mine > 0 && sims.every((s) => s <= mine);
}

const single = new WeakMap<Question, readonly Question[]>();

function ownOnly(question: Question): readonly Question[] {
  let list = single.get(question);
  if (!list) {
    list = [question];
    single.set(question, list);
  }
  return list;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
