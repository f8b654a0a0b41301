import type { Question } from '../bank/types.js';
import { ENGLISH_PACE, paceOf } from '../scoring/length.js';
import { findFillers } from './find-fillers.js';
import { compactForPhrases, findPhrases } from './find-phrases.js';
import { findStructure } from './find-structure.js';
import { ENGLISH_SPOKEN_PER_MINUTE, measureLength, SPOKEN_PER_MINUTE } from './measure-length.js';
import { negationAt } from './phrase-negation.js';
import { questionProfile } from './question-profile.js';
import { findTopWords } from './top-words.js';
import type { Insights } from './types.js';

const paces = new WeakMap<Question, ReturnType<typeof paceOf>>();

/** The pace of a question's reference answer, read once: a class's files ask it thousands of times. */
function paceOfQuestion(question: Question): ReturnType<typeof paceOf> {
  let pace = paces.get(question);
  if (pace === undefined) {
    pace = paceOf(question.answer);
    paces.set(question, pace);
  }
  return pace;
}

export type { Insights } from './types.js';

/** The names of the key points a grade credits, for `AnalyzeOptions.covered`. */
export function coveredNames(grade: {
  keyPoints: readonly { point: string; covered: boolean }[];
}): string[] {
  return grade.keyPoints.filter((k) => k.covered).map((k) => k.point);
}

export interface AnalyzeOptions {
  /** Time spent typing the answer; gives `length.pacePerMinute`. */
  elapsedMs?: number;
  /**
   * Seconds of the limit in force (`--time`), `null` for none (`--no-timer`:
   * no length verdict); the question's own limit when absent.
   */
  timeLimit?: number | null;
  /**
   * The key points the grade credits, by name: the order line places only
   * these (a point named in "我不会道歉" is not dealt with, anywhere).
   */
  covered?: readonly string[];
}

/**
 * Insights into one typed answer, in the manner of Google's Interview
 * Warmup: length and pace, most used words, customer-service phrases,
 * filler words and whether the key points come in the expected order.
 * Pure and synchronous; per-question work is cached on the question object.
 */
export function analyzeAnswer(
  text: string,
  question: Question,
  options: AnalyzeOptions = {},
): Insights {
  const profile = questionProfile(question);
  const nfkc = text.normalize('NFKC');
  const lowered = nfkc.toLowerCase();
  // English answers (the English bank) are spoken in words, more slowly than 字.
  const perMinute =
    paceOfQuestion(question) === ENGLISH_PACE ? ENGLISH_SPOKEN_PER_MINUTE : SPOKEN_PER_MINUTE;
  const limit = options.timeLimit === undefined ? question.time_limit : (options.timeLimit ?? 0);
  const length = measureLength(nfkc, limit, options.elapsedMs, perMinute);
  const compact = compactForPhrases(nfkc);
  return {
    length,
    topWords: findTopWords(nfkc, length.chars, profile.glossary),
    phrases: findPhrases(compact, profile.referenceGroups, negationAt(nfkc, compact)),
    fillers: findFillers(nfkc, length.chars),
    structure: findStructure(profile.points, lowered, profile.ordered, options.covered),
  };
}
