/**
 * What the scorer hands back. Every judgement carries a structured note
 * (a code plus the numbers behind it) rather than a sentence, so the UI can
 * say it in Chinese or English with `describeScoreNote`.
 */
import type { Question } from '../bank/types.js';

/** Why a key point counts as missed. */
export type MissReason =
  /** None of the point's keywords (or their near-forms) is in the answer. */
  | { code: 'no-keyword' }
  /** Keywords are there, but only in clauses that say nothing else (a keyword list). */
  | { code: 'bare-keywords'; keywords: string[] }
  /** Keywords are there, but only inside words copied from the question. */
  | { code: 'from-question'; keywords: string[] }
  /** Keywords are there, but only where the answer negates them ("我不会道歉"). */
  | { code: 'negated'; keywords: string[] }
  /** A "don't" point: the answer does what the point says not to do. */
  | { code: 'shows-behaviour'; keywords: string[] }
  /** Keywords are there, but only inside the wrong act a red flag names ("告诉他已经发货了，其实还没发"). */
  | { code: 'in-red-flag'; keywords: string[] }
  /** A point judged by length (time control): the answer does not fit the limit in force. */
  | { code: 'length-misfit' }
  /** A `~story` point: no concrete case is told (an opener followed by a customer or an order). */
  | { code: 'no-story' }
  /** A `~structure` point: the answer is not laid out in parts (two markers in two clauses). */
  | { code: 'no-structure' };

/** How one key point fared in an answer. */
export interface KeyPointResult {
  point: string;
  covered: boolean;
  /** The keywords that showed the point (as written in the bank); empty when missed. */
  matched: string[];
  /** Keywords found through a near-form (one character inserted, e.g. 订单编号 for 订单号). */
  nearForms?: string[];
  /** Why the point is missed; absent when covered. */
  reason?: MissReason;
}

/** Something about the answer as a whole; some flags cap the score. */
export type ScoreFlag =
  /** Far too short for the time limit. Lengths in 字 (CJK characters + Latin words). */
  | {
      code: 'too-short';
      actual: number;
      /** Below this the flag is raised. */
      threshold: number;
      /** What speaking through the whole limit gives, at 200–250 字/min. */
      expected: { min: number; max: number };
      timeLimit: number;
      /** The speaking pace assumed, per minute: 字 for Chinese, words for English. */
      pace: { min: number; max: number };
    }
  /** Most keywords sit in clauses that are nothing but keywords. */
  | { code: 'keyword-list'; bare: number; found: number }
  /** Most of the answer repeats the question. `share` is 0–1. */
  | { code: 'copies-question'; share: number }
  /** The answer fits another question of the bank clearly better. */
  | {
      code: 'off-topic';
      fits: { id: string; prompt: string };
      /** Key-point coverage (0–1) here and on the question it fits. */
      coverage: number;
      coverageThere: number;
    }
  /** No key point covered, but the answer is on this question: a token share of the points. */
  | { code: 'on-topic-floor'; share: number }
  /**
   * Far longer than the limit allows (twice what the faster pace fills, or
   * more): an interviewer would cut it off. Lengths like `too-short`'s.
   */
  | {
      code: 'too-long';
      actual: number;
      threshold: number;
      timeLimit: number;
      pace: { min: number; max: number };
    }
  /** The answer shows behaviour an interviewer marks down at once (see `RedFlag`). */
  | {
      code: 'red-flag';
      id: string;
      /** What is wrong, in the bank's language (localized with the bank). */
      wrong: string;
      /** The terms of the sign that was recognised, as written in the bank. */
      matched: string[];
      scope: 'question' | 'section' | 'bank';
    };

export type ScoreFlagCode = ScoreFlag['code'];

/** The score was lowered to `at` (points) because of the flags in `because`. */
export interface CapNote {
  code: 'capped';
  at: number;
  max: number;
  rawScore: number;
  because: ScoreFlagCode[];
}

/** Anything the scorer explains: a reason for a missed point, a flag, or a cap. */
export type ScoreNote = MissReason | ScoreFlag | CapNote;

/**
 * The grade of one answer. Only `score`, `max` and `keyPoints` are always
 * there (a grade from ticked points has nothing else); `scoreAnswer`
 * returns a `TextGrade`, which has the rest.
 */
export interface Grade {
  /** Covered share of key points × the question's points, after caps, to one decimal. */
  score: number;
  max: number;
  keyPoints: KeyPointResult[];
  /** The score before any cap, to one decimal. */
  rawScore?: number;
  /** Present when a flag lowered the score. */
  cap?: CapNote;
  /** Findings about the whole answer, in a stable order. */
  flags?: ScoreFlag[];
  /** The answer's length in 字 (CJK characters + Latin words). */
  length?: number;
}

/** The grade of a written (or transcribed) answer, with everything the scorer found. */
export interface TextGrade extends Grade {
  rawScore: number;
  flags: ScoreFlag[];
  length: number;
}

/** What the scorer may know beyond the question. */
export interface ScoreContext {
  /**
   * The bank's questions, for the off-topic check and for weighting words
   * by how rare they are in the bank. Pass the same array each time (or use
   * `scoringContext(bank)`): what is derived from it is cached on it.
   */
  questions?: readonly Question[];
  /** Seconds the candidate had; defaults to the question's `time_limit`; 0 skips the length check. */
  timeLimit?: number;
}
