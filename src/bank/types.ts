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
}

export interface Section {
  id: string;
  order: number;
  title: string;
  /** Default points of each question, as written in the file. */
  points: number;
  /** Default seconds per question, as written in the file. */
  time_limit: number;
  questions: Question[];
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
