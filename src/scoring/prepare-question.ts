import type { Question, RedFlag } from '../bank/types.js';
import { type SignMark, signPart } from '../sign-parts.js';
import { COPY_RUN, grams, head, wordGrams } from './answer-index.js';
import { prepareText } from './answer-text.js';
import { inflectedForms } from './english-forms.js';
import { type Pace, paceOf } from './length.js';
import { MARKER_TERMS, type Marker } from './markers.js';
import { isHanChar, isLatinKeyword, normalizeForMatch } from './normalize.js';

/** One bank keyword, normalised once. */
export interface PreparedKeyword {
  /** As written in the bank, for feedback. */
  raw: string;
  /** Normalised (see `normalizeForMatch`). */
  key: string;
  /** For Latin keywords: the words to match whole, in order. */
  latin: string[] | null;
  /** For Latin keywords: each word with its inflected forms (see `inflectedForms`). */
  forms?: ReadonlySet<string>[];
  /** The term is itself a negative form (不打断, 承诺不了, won't blame): its own negation does not negate it. */
  selfNegative?: boolean;
  /** For `!term`: the term counts only inside a negation (a "don't" said as such). */
  negatedOnly?: boolean;
  /**
   * For the terms of a sign's part written `-a|b`: the sign is shown only in a
   * sentence that says none of them (a claim of "shipped" with no check in it).
   */
  excludes?: boolean;
  /**
   * For the terms of a sign's part written `>a|b`: said after the sign's first
   * part, in its sentence or one of the next three, at any distance (a claim
   * told to the customer, and the admission that it was not so further on).
   */
  later?: boolean;
  /**
   * For the terms of a sign's part written `-<a|b` (with `excludes`): the sign is
   * shown only where none of them is said before its first part, in its sentence or
   * one of the three before (an outcome told, with no check before it).
   */
  notBefore?: boolean;
  /**
   * For the terms of a sign's part written `"a|b`: said first thing after the closing mark of
   * a quotation in the speaker's own words, one not negated nor in a condition (“已经给您退了。”
   * 其实还没退): the answer steps out of the line it told the customer to say what is so.
   */
  afterQuote?: boolean;
  /**
   * For a term with a number ({n}成, {n}%, 百分之{n}): what the compact text
   * has right before and right after a run of digits or Chinese numerals.
   */
  number?: { before: string; after: string };
  /**
   * For CJK keywords of three to NEAR_MAX_CHARS characters: the same with one CJK
   * character inserted somewhere inside (订单编号 for 订单号, 不用再重复 for
   * 不用重复), tried only when the exact form is absent: the keyword's
   * characters, for `findNearForms`.
   */
  near: readonly string[] | null;
}

/** What the scorer derives from a question once. */
export interface PreparedQuestion {
  question: Question;
  keyPoints: {
    point: string;
    keywords: PreparedKeyword[];
    avoid: PreparedKeyword[];
    /** Covered only when the answer's length fits the limit (the `~fits-time` term). */
    fitsTime: boolean;
    /** Judged by what the answer does (the `~story` or `~structure` term; see markers.ts). */
    marker?: Marker;
  }[];
  /** The red flags in force, each sign as its parts, each part as alternatives. */
  redFlags: { flag: RedFlag; signs: PreparedKeyword[][][] }[];
  /** Every four-character run of the normalised prompt, to spot copied text. */
  promptGrams: Set<string>;
  /** Its first two characters as one number, a cheap filter before the string lookup. */
  promptHeads: Set<number>;
  /** Every run of COPY_WORDS Latin words of the prompt, joined by a space. */
  promptWordGrams: Set<string>;
  /** How fast its answers are spoken (Chinese 字 or English words a minute). */
  pace: Pace;
}

const cache = new WeakMap<Question, PreparedQuestion>();

/** The prepared form of a question, computed on first use and cached. */
export function prepareQuestion(question: Question): PreparedQuestion {
  let prepared = cache.get(question);
  if (!prepared) {
    const promptText = prepareText(question.prompt);
    const prompt = promptText.compact;
    prepared = {
      question,
      keyPoints: question.key_points.map((kp) => ({
        point: kp.point,
        keywords: kp.keywords
          .filter((k) => k !== FITS_TIME && !Object.hasOwn(MARKER_TERMS, k))
          .map((k) => prepareKeyword(k))
          .filter((k) => k.key !== ''),
        // Behaviour is matched as worded: "calm down" said to a customer, not "they calmed down".
        avoid: (kp.avoid ?? [])
          .map((k) => prepareKeyword(k, true, false))
          .filter((k) => k.key !== ''),
        fitsTime: kp.keywords.includes(FITS_TIME),
        ...markerOf(kp.keywords),
      })),
      redFlags: (question.red_flags ?? []).map((flag) => ({ flag, signs: prepareSigns(flag) })),
      promptGrams: grams(prompt, COPY_RUN),
      promptHeads: new Set([...grams(prompt, COPY_RUN)].map(head)),
      promptWordGrams: wordGrams(promptText.words.map((w) => w.word)),
      pace: paceOf(question.answer),
    };
    cache.set(question, prepared);
  }
  return prepared;
}

const preparedSigns = new WeakMap<RedFlag, PreparedKeyword[][][]>();

/** What each mark of a sign's part (sign-parts.ts) sets on its terms. */
const MARK_FIELDS: Record<SignMark, Partial<PreparedKeyword> | undefined> = {
  '': undefined,
  '-': { excludes: true },
  '>': { later: true },
  '-<': { excludes: true, notBefore: true },
  '"': { afterQuote: true },
};

/**
 * A red flag's signs, each as its parts, each part as alternatives;
 * prepared once per flag: the bank's flags are in force on every question.
 */
function prepareSigns(flag: RedFlag): PreparedKeyword[][][] {
  let signs = preparedSigns.get(flag);
  if (signs === undefined) {
    signs = flag.signs.map((sign) =>
      sign.split('+').map((part) => {
        const { mark, text } = signPart(part);
        const marks = MARK_FIELDS[mark];
        return (
          text
            .split('|')
            // Exact forms only: a sign lists its wordings, and near-forms of
            // dozens of signs would cost more than the rest of the scoring.
            .map((alt) => prepareKeyword(alt.trim(), false))
            .filter((k) => k.key !== '')
            .map((k) => (marks === undefined ? k : { ...k, ...marks }))
        );
      }),
    );
    preparedSigns.set(flag, signs);
  }
  return signs;
}

/** The marker a key point's terms name, if any. */
function markerOf(keywords: readonly string[]): { marker?: Marker } {
  const term = keywords.find((k) => Object.hasOwn(MARKER_TERMS, k));
  return term === undefined ? {} : { marker: MARKER_TERMS[term] };
}

/** The key-point term that stands for "the answer's length fits the time limit". */
export const FITS_TIME = '~fits-time';

/**
 * `{n}` in a term stands for a number, in digits or in Chinese numerals
 * (`{n}成`, `{n}%`, `within {n} minutes`). Not `#`: a quoted `'#…'` is one
 * of the things the fast YAML reader leaves to the slow one.
 */
export const NUMBER_MARK = '{n}';

/**
 * Prepared terms, by their text, for the process: a concept's terms recur
 * in every question that names it, and `validate` prepares every question
 * of a bank (1,000 questions prepared 50 terms each, mostly the same). A
 * prepared term is never changed after it is made. One map for each way of
 * preparing (withNear, inflect), so that a lookup builds no key string.
 */
const preparedTerms: Map<string, PreparedKeyword>[] = [new Map(), new Map(), new Map(), new Map()];

/**
 * A keyword as the scorer matches it. `withNear: false` leaves out its
 * near-forms: a bank's red flags bring thousands of terms, and building a
 * pattern for each that is never used was most of the first answer's time.
 * `inflect: false` matches Latin words only as written (no plural, -ed,
 * -ing): for behaviour, which is recognised by its own wording.
 */
export function prepareKeyword(raw: string, withNear = true, inflect = withNear): PreparedKeyword {
  const terms = preparedTerms[(withNear ? 2 : 0) + (inflect ? 1 : 0)] as Map<
    string,
    PreparedKeyword
  >;
  let prepared = terms.get(raw);
  if (prepared === undefined) {
    prepared = prepareKeywordOnce(raw, withNear, inflect);
    terms.set(raw, prepared);
  }
  return prepared;
}

function prepareKeywordOnce(raw: string, withNear: boolean, inflect: boolean): PreparedKeyword {
  // `!term`: counts where the answer says it will NOT do it ("我不会嘲笑口音").
  if (raw.startsWith('!') && raw.length > 1) {
    return { ...prepareKeyword(raw.slice(1), withNear, inflect), raw, negatedOnly: true };
  }
  const prepared = prepareTerm(raw, withNear, inflect);
  return SELF_NEGATIVE.test(prepared.key) || SELF_NEGATIVE_WORD.test(raw.toLowerCase())
    ? { ...prepared, selfNegative: true }
    : prepared;
}

const SELF_NEGATIVE = /[不没无别勿未免]/;

const SELF_NEGATIVE_WORD = /\b(?:not|never|no|without|cannot|\w+n't)\b/;

function prepareTerm(raw: string, withNear: boolean, inflect: boolean): PreparedKeyword {
  if (raw.includes(NUMBER_MARK)) return prepareNumberTerm(raw.replaceAll(NUMBER_MARK, '#'), raw);
  const key = normalizeForMatch(raw);
  if (isLatinKeyword(key)) {
    const latin = prepareText(raw).words.map((w) => w.word);
    return {
      raw,
      key,
      latin,
      ...(inflect ? { forms: latin.map(inflectedForms) } : {}),
      near: null,
    };
  }
  const chars = [...key];
  const near =
    withNear && chars.length >= 3 && chars.length <= NEAR_MAX_CHARS && chars.every(isHanChar)
      ? chars
      : null;
  return { raw, key, latin: null, near };
}

/**
 * Near-forms are tried for words (订单号, 不用重复), not phrases: each gap is
 * tried in turn, so their cost on an answer grows with the square of the
 * keyword (a 100,000-character keyword, as a pattern of one branch per gap,
 * ran validate out of memory).
 */
export const NEAR_MAX_CHARS = 12;

/**
 * A term with a number ({n}, `#` here): Latin parts match whole words in
 * order ("# percent", "# seconds"); anything else is what comes before and
 * after a number in the compact text ("#成", "#%", "百分之#", "#秒").
 */
function prepareNumberTerm(term: string, raw: string): PreparedKeyword {
  const parts = term.trim().split(/\s+/);
  const latin = parts.every((p) => p === '#' || /^[a-z0-9'%#-]+$/i.test(p));
  const key = normalizeForMatch(term.replace(/#/g, '0')) || '0';
  if (latin && parts.length > 1)
    return { raw, key, latin: parts.map((p) => p.toLowerCase()), near: null };
  // normalizeForMatch drops `%`, which the compact text keeps.
  const [before = '', after = ''] = term.split('#').map((side) => {
    const folded = normalizeForMatch(side);
    return side.includes('%') ? `${folded}%` : folded;
  });
  return { raw, key, latin: null, near: null, number: { before, after } };
}

export const NUMBER_WORD = /^[0-9]+%?$/;

/**
 * Numbers said in English words count as numbers too ("five years", "two
 * hundred chats"). Not "one" or "a": they are articles more than data, as
 * 一 alone is in Chinese.
 */
export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens hundreds thousands half'.split(
    ' ',
  ),
);
