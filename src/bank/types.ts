/**
 * The bank as the rest of the program sees it, after parsing and validation.
 * Field names follow the YAML format (and the JSON output), which other
 * tools rely on: `time_limit`, `key_points`.
 */

/** Something a good answer covers; `keywords` are the words that show it. */
export interface KeyPoint {
  point: string;
  keywords: string[];
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
   * The question in other languages, by language key (`en`, `pt-BR`).
   * A null-prototype object, so a lookup by any key is safe.
   */
  translations?: Record<string, QuestionTranslation>;
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
}

/** One problem found in a bank file; positions are 1-based. */
export interface BankIssue {
  file: string;
  line: number;
  col: number;
  message: string;
}
