/**
 * What `analyzeAnswer` finds in one typed answer. Plain JSON: `grade --json`
 * carries it as-is, so the field names are part of the output format.
 */

/** How the answer's length compares with the question's time limit. */
/** `none` when there is no limit to judge against (`--no-timer`). */
export type LengthVerdict = 'too-short' | 'short' | 'fits' | 'too-long' | 'none';

export interface LengthInsight {
  /** 字: CJK characters + Latin words + groups of digits. */
  chars: number;
  /** Seconds to say it at 220 字/min, rounded. */
  spokenSeconds: number;
  /** The limit in force in seconds (the question's, or `--time`'s); 0 for none. */
  limitSeconds: number;
  /** 字 typed per minute; only when the time spent answering is known. */
  pacePerMinute?: number;
  verdict: LengthVerdict;
}

/** A word and how many times it occurs. */
export interface WordCount {
  word: string;
  count: number;
}

/** Customer-service phrase groups, by group name (您, 抱歉, 核实 …). */
export interface PhraseInsight {
  /** Groups the answer uses, in the fixed group order. */
  used: string[];
  /** The words the answer used for each group of `used`, its first match (道歉, sorry). */
  said: string[];
  /** Groups the reference answer uses (all groups when it uses none) and this answer does not. */
  missing: string[];
}

/** Whether the key points come in the order the bank lists them. */
export interface StructureInsight {
  /** Every key point's name, in the bank's order. */
  expected: string[];
  /** The key points the answer mentions, in the order it mentions them. */
  found: string[];
  /** True when `found` follows `expected`; trivially true with fewer than two found. */
  inOrder: boolean;
  /** Whether the question's analysis asks for an order at all; the order line is shown only then. */
  ordered?: boolean;
  /** The first found point (in answer order) that breaks the expected order. */
  firstOutOfOrder?: string;
}

export interface Insights {
  length: LengthInsight;
  /** Up to 5 words used at least twice, most used first; stop words left out. */
  topWords: WordCount[];
  phrases: PhraseInsight;
  /** Filler words worth pointing out, most used first; empty when none. */
  fillers: WordCount[];
  structure: StructureInsight;
}
