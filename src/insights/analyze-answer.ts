import type { Question } from '../bank/types.js';
import { findFillers } from './find-fillers.js';
import { compactForPhrases, findPhrases } from './find-phrases.js';
import { findStructure } from './find-structure.js';
import { measureLength } from './measure-length.js';
import { questionProfile } from './question-profile.js';
import { findTopWords } from './top-words.js';
import type { Insights } from './types.js';

export type { Insights } from './types.js';

export interface AnalyzeOptions {
  /** Time spent typing the answer; gives `length.pacePerMinute`. */
  elapsedMs?: number;
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
  const length = measureLength(nfkc, question.time_limit, options.elapsedMs);
  return {
    length,
    topWords: findTopWords(nfkc, length.chars, profile.glossary),
    phrases: findPhrases(compactForPhrases(nfkc), profile.referenceGroups),
    fillers: findFillers(nfkc, length.chars),
    structure: findStructure(profile.points, lowered),
  };
}
