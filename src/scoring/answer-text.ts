import { HYPHENS, isLatinLetter, isLatinWordChar, Kind, kindOf } from './char-kinds.js';
import { foldText } from './normalize.js';
import { markReportedClauses, QUOTES, QuotedSpeech } from './quoted-speech.js';
import { unwrapLines } from './wrapped-lines.js';

/**
 * An answer cut up for the scorer. `compact` is the normalised text without
 * punctuation or spaces (what keywords are matched against); each of its
 * characters knows its clause and line, and where a unit (one 字) starts.
 * A unit is one CJK character or one Latin word or number.
 * Clauses end at any punctuation or symbol (，。、；：！？ and the like) and
 * at line breaks; spaces only separate Latin words, so "符合 GDPR 的要求"
 * stays one clause.
 */
export interface AnswerText {
  compact: string;
  /** Clause number of each compact character. */
  clause: Int32Array;
  /** Line number of each clause. */
  clauseLine: number[];
  /** Sentence number of each clause: sentences end at 。！？；.!?; and line breaks. */
  clauseSentence: number[];
  /** 1 for a clause that only an enumeration comma (、) parts from the one before. */
  clauseListed: Uint8Array;
  /** 1 for a clause after a comma with a quotation mark, or ", or": the next item of a list. */
  clauseQuotedItem: Uint8Array;
  /** 1 where a unit starts. */
  unitStart: Uint8Array;
  /**
   * 1 for each compact character inside a quotation that someone else says
   * (有人说“加个微信呗”, the customer said "you people…"): words reported,
   * not the speaker's own; also what the speaker is tempted to say, told as a
   * weakness (我可能就想说“肯定给您退”). See `othersSpeaking`.
   */
  othersSpeech: Uint8Array;
  /** The quotation each compact character is in (“…”, "…", 「…」, '…'), numbered from 1; 0 outside. */
  quote: Int32Array;
  /** Latin words with their compact offsets. */
  words: { word: string; start: number; end: number }[];
  /** Units in the whole text. */
  units: number;
}

/** Punctuation that ends a sentence, not only a clause. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '.', '!', '?', ';', '…']);

/**
 * Cuts an answer (or any text) into the form the scorer works on, in one pass: this is the
 * scorer's hot path, each character looked at once. The quotation, clause, sentence and word
 * state the branches share is a `Cutter`'s.
 */
export function prepareText(text: string): AnswerText {
  const folded = unwrapLines(foldText(text));
  const cut = new Cutter(folded);
  for (let at = 0; at < folded.length; ) {
    const code = folded.charCodeAt(at);
    // The common case first: a CJK character is always a unit of its own.
    if (code >= 0x4e00 && code <= 0x9fff) {
      cut.cjk(folded[at] ?? '');
      at++;
      continue;
    }
    const point = folded.codePointAt(at) ?? 0;
    const ch = point > 0xffff ? folded.slice(at, at + 2) : (folded[at] ?? '');
    at += ch.length;
    cut.other(ch, folded[at], at);
  }
  return cut.result();
}

type Word = AnswerText['words'][number];

/** The state of `prepareText` as it reads a text, and what it has built so far. */
class Cutter {
  private readonly chars: string[] = [];
  // Typed arrays as long as the folded text: the compact text is never longer.
  private readonly clause: Int32Array;
  private readonly unitStart: Uint8Array;
  private readonly othersSpeech: Uint8Array;
  private readonly quote: Int32Array;
  private readonly quotes: QuotedSpeech;
  private readonly clauseLine: number[] = [0];
  private readonly clauseSentence: number[] = [0];
  private readonly clauseListed: number[] = [0];
  private readonly clauseQuotedItem: number[] = [0];
  private listed = true;
  /** What parts the last unit from the next one, as written. */
  private gap = '';
  private readonly words: Word[] = [];
  private length = 0;
  private clauseNo = 0;
  private line = 0;
  private sentence = 0;
  private pendingBreak = false;
  private pendingSentence = false;
  /** The Latin word being read, if any. */
  private word: Word | undefined = undefined;
  private units = 0;

  constructor(folded: string) {
    this.clause = new Int32Array(folded.length);
    this.unitStart = new Uint8Array(folded.length);
    this.othersSpeech = new Uint8Array(folded.length);
    this.quote = new Int32Array(folded.length);
    this.quotes = new QuotedSpeech(folded);
  }

  /** A character of the common CJK block: a unit of its own. */
  cjk(ch: string): void {
    if (this.pendingBreak) this.openClause();
    this.gap = '';
    this.word = undefined;
    if (this.quotes.reported) this.othersSpeech[this.length] = 1;
    this.quote[this.length] = this.quotes.quoteNo;
    this.clause[this.length] = this.clauseNo;
    this.unitStart[this.length] = 1;
    this.units++;
    this.chars.push(ch);
    this.length++;
  }

  /** Any other character `ch`, read up to `at`; `next` is the character after it. */
  other(ch: string, next: string | undefined, at: number): void {
    let kind = kindOf(ch);
    // Quotation marks separate words but do not end a clause: in 不说“加微信”, the
    // quote is what is not said.
    if (QUOTES.has(ch)) {
      kind = Kind.Space;
      this.quotes.quotation(ch, at);
    }
    if (ch === "'" || ch === '‘' || ch === '’')
      this.quotes.single(ch, next, at, this.word !== undefined);
    if ((ch === "'" || ch === '’') && kind === Kind.Break) kind = Kind.Space;
    // A hyphen inside a Latin compound (second-hand, follow-up, seven-day, 7-12)
    // parts its words but not the clause: "follow-up" is the words of "follow up".
    if (HYPHENS.has(ch) && this.word && isLatinWordChar(next)) kind = Kind.Space;
    // An apostrophe inside a Latin word (won't, customer's) keeps the word whole.
    if ((ch === "'" || ch === '’') && this.word && isLatinLetter(next)) kind = Kind.Word;
    if (kind === Kind.Space || kind === Kind.Newline || kind === Kind.Break) this.between(ch, kind);
    else this.unit(ch, kind);
  }

  /** A space, line break or punctuation: what parts units, and clauses unless a space. */
  private between(ch: string, kind: Kind): void {
    this.gap += ch;
    if (kind === Kind.Newline) {
      this.line++;
      this.quotes.lineEnd();
    }
    // Spaces end a Latin word but not a clause; anything else ends both.
    if (kind !== Kind.Space) {
      if (!this.pendingBreak) this.listed = true;
      this.pendingBreak = this.length > 0;
      if (ch !== '、') this.listed = false;
    }
    if (kind === Kind.Newline || SENTENCE_END.has(ch)) this.pendingSentence = this.length > 0;
    this.word = undefined;
  }

  /** A character that is (part of) a unit: a CJK character outside the common block, or a Latin word's. */
  private unit(ch: string, kind: Kind): void {
    if (this.pendingBreak) {
      this.openClause();
      this.word = undefined;
    }
    this.gap = '';
    let start: boolean;
    if (kind === Kind.Cjk) {
      start = true;
      this.word = undefined;
    } else if (this.word) {
      start = false;
      this.word.word += ch === '’' ? "'" : ch;
      this.word.end = this.length + ch.length;
    } else {
      start = true;
      this.word = { word: ch, start: this.length, end: this.length + ch.length };
      this.words.push(this.word);
    }
    if (start) this.units++;
    for (let i = 0; i < ch.length; i++) {
      if (this.quotes.reported) this.othersSpeech[this.length + i] = 1;
      this.quote[this.length + i] = this.quotes.quoteNo;
      this.clause[this.length + i] = this.clauseNo;
      this.unitStart[this.length + i] = start && i === 0 ? 1 : 0;
    }
    this.chars.push(ch === '’' ? "'" : ch);
    this.length += ch.length;
  }

  private openClause(): void {
    this.clauseNo++;
    if (this.pendingSentence) this.sentence++;
    this.clauseLine[this.clauseNo] = this.line;
    this.clauseSentence[this.clauseNo] = this.sentence;
    this.clauseListed[this.clauseNo] = this.listed ? 1 : 0;
    this.clauseQuotedItem[this.clauseNo] = /^\s*[”"’']?\s*[,，]\s*[“"‘']/.test(this.gap) ? 1 : 0;
    this.pendingBreak = false;
    this.pendingSentence = false;
  }

  result(): AnswerText {
    const length = this.length;
    const compact = this.chars.join('');
    markReportedClauses(compact, this.clause, this.othersSpeech, length);
    return {
      compact,
      clause: this.clause.slice(0, length),
      clauseLine: this.clauseLine,
      clauseSentence: this.clauseSentence,
      clauseListed: Uint8Array.from(this.clauseListed),
      clauseQuotedItem: Uint8Array.from(this.clauseQuotedItem),
      unitStart: this.unitStart.slice(0, length),
      othersSpeech: this.othersSpeech.slice(0, length),
      quote: this.quote.slice(0, length),
      words: this.words,
      units: this.units,
    };
  }
}

/** Length in 字: CJK characters plus Latin words and numbers. */
export function countUnits(text: string): number {
  return prepareText(text).units;
}

/**
 * The compact text from `start` to `end` as the answer said it, for the
 * checklist: a number term matches "92%" or "10minutes" in the compact text,
 * and shows "92%" or "10 minutes" (a space again where two Latin words or
 * numbers were joined), not the bank's `{n}%`.
 */
export function spanText(text: AnswerText, start: number, end: number): string {
  const wordEnds = new Set<number>();
  let out = '';
  let at = start;
  for (const w of text.words) {
    if (w.end <= start) {
      wordEnds.add(w.end);
      continue;
    }
    if (w.start >= end) break;
    if (w.start > at) out += text.compact.slice(at, w.start);
    if (w.start > start && wordEnds.has(w.start)) out += ' ';
    out += text.compact.slice(Math.max(w.start, start), Math.min(w.end, end));
    wordEnds.add(w.end);
    at = Math.min(w.end, end);
  }
  return out + text.compact.slice(at, end);
}
