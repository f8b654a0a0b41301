/**
 * The bank as the rest of the program sees it, after parsing and validation.
 * Field names follow the YAML format (and the JSON output), which other
 * tools rely on: `time_limit`, `key_points`.
 */

import type { ChoiceItem } from './choice-types.js';

/** Something a good answer covers; `keywords` are the words that show it. */
export interface KeyPoint {
  point: string;
  /**
   * Terms that show the point: words, `@concept` references to the bank
   * file's thesaurus (expanded when the bank is loaded), `#` for a number.
   */
  keywords: string[];
  /** For a "don't" point: behaviour that, asserted anywhere, leaves the point uncovered. */
  avoid?: string[];
}

/**
 * Behaviour an interviewer marks down at once (a forbidden remedy, taking
 * the customer off the platform…). Found in the answer, it caps the score.
 */
export interface RedFlag {
  /** Unique where it is listed; named in `grade --json`. */
  id: string;
  /** What is wrong, for the candidate; in the bank's language until localized. */
  wrong: string;
  /**
   * How it is recognised: each sign is one or more terms joined by `+`,
   * all asserted (outside a negation) in one sentence of the answer.
   * `@concept` references are expanded when the bank is loaded.
   */
  signs: string[];
  /** `wrong` in other languages, by language key. */
  translations?: Record<string, { wrong: string }>;
  /** Where it was listed; filled in when the bank is loaded. */
  scope?: 'question' | 'section' | 'bank';
}

export interface Question {
  /** Unique in the bank. */
  id: string;
  prompt: string;
  /** Resolved: the question's own value or its section's default. */
  points: number;
  /** Seconds, resolved like `points`. */
  time_limit: number;
  answer: string;
  analysis: string;
  key_points: KeyPoint[];
  /**
   * Resolved like `points`: once the bank is loaded, the question's own red
   * flags, then its section's, then the bank file's.
   */
  red_flags?: RedFlag[];
  /**
   * The question in other languages, by language key (`en`, `pt-BR`).
   * A null-prototype object, so a lookup by any key is safe.
   */
  translations?: Record<string, QuestionTranslation>;
  /**
   * What an interviewer presses on after the answer (追问): asked when the
   * answer missed the key point a follow-up names in `after`, or, when it
   * missed nothing, one without `after`.
   */
  follow_ups?: FollowUp[];
  /** One of the bank's core questions: `practice` sits these by default. */
  core?: boolean;
}

/**
 * A follow-up question (追问). Scored like a question on its own key points
 * (one point each) and red flags, and the question's red flags apply too.
 */
export interface FollowUp {
  /** Unique in the bank, among question and follow-up ids. */
  id: string;
  prompt: string;
  key_points: KeyPoint[];
  /** Seconds (30–60). */
  time_limit: number;
  /** The `point` of the question's key point it probes; absent: always eligible. */
  after?: string;
  /** Red flags of its own, besides the question's. */
  red_flags?: RedFlag[];
  /** Its texts in other languages: prompt and key points, as for questions. */
  translations?: Record<string, FollowUpTranslation>;
}

/** A follow-up's texts in another language. */
export interface FollowUpTranslation {
  prompt: string;
  /** When given, as many as the follow-up has, in the same order. */
  key_points?: KeyPoint[];
}

/** A question's texts in another language; ids, points and time limits are not translated. */
export interface QuestionTranslation {
  prompt: string;
  answer: string;
  analysis: string;
  /** When given, as many as the question has, in the same order. */
  key_points?: KeyPoint[];
}

/** A section's texts in another language. */
export interface SectionTranslation {
  title: string;
  description?: string;
}

export interface Section {
  id: string;
  order: number;
  title: string;
  /** As written in the file; absent when the file has none. */
  description?: string;
  /** Default points of each question, as written in the file. */
  points: number;
  /** Default seconds per question, as written in the file. */
  time_limit: number;
  questions: Question[];
  /**
   * The choice items of the section's `questions` (those with a `type`),
   * in file order; absent when it has none. Kept apart from the open
   * questions: only `quiz` asks them.
   */
  choices?: ChoiceItem[];
  /**
   * With choice items: the place in the file's `questions` of each open
   * question and of each choice item, in order, for messages that name a
   * path. Without, an open question's place is its index in `questions`.
   */
  itemIndexes?: { questions: number[]; choices: number[] };
  /** The section's own red flags, as written (its questions carry them resolved). */
  red_flags?: RedFlag[];
  /** The section in other languages, like `Question.translations`. */
  translations?: Record<string, SectionTranslation>;
  /** The file the section came from, for messages. */
  file: string;
}

export interface Bank {
  /** Where the bank was loaded from (a folder or one file). */
  source: string;
  /** Sorted by `order`. */
  sections: Section[];
  /** The bank file (`bank.yaml` beside the sections), when there is one. */
  file?: BankFile;
}

/**
 * `bank.yaml`: what holds for every question of the bank. `concepts` is a
 * thesaurus (a name and the words that say it, in every language), which
 * keywords, `avoid` and red-flag signs refer to as `@name`.
 */
export interface BankFile {
  file: string;
  concepts: Record<string, string[]>;
  red_flags: RedFlag[];
}

/** One problem found in a bank file; positions are 1-based. */
export interface BankIssue {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Where the open question `index` of a section is among its file's `questions`. */
export function questionFileIndex(section: Section, index: number): number {
  return section.itemIndexes?.questions[index] ?? index;
}

/** Where the choice item `index` of a section is among its file's `questions`. */
export function choiceFileIndex(section: Section, index: number): number {
  return section.itemIndexes?.choices[index] ?? index;
}
