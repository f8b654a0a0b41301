import type { Question, RedFlag } from '../bank/types.js';
import { type AnswerText, prepareText } from './answer-text.js';
import { type Pace, paceOf } from './length.js';
import { findNearForms } from './near-forms.js';
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

/** Shortest run of characters shared with the prompt that counts as copied. */
export const COPY_RUN = 4;
/**
 * In Latin text, the shortest run of whole words: four letters shared with
 * the prompt are no copy ("plain" is not copied from "complaint").
 */
export const COPY_WORDS = 3;

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
          .filter((k) => k !== FITS_TIME)
          .map((k) => prepareKeyword(k))
          .filter((k) => k.key !== ''),
        // Behaviour is matched as worded: "calm down" said to a customer, not "they calmed down".
        avoid: (kp.avoid ?? [])
          .map((k) => prepareKeyword(k, true, false))
          .filter((k) => k.key !== ''),
        fitsTime: kp.keywords.includes(FITS_TIME),
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

/**
 * A red flag's signs, each as its parts, each part as alternatives;
 * prepared once per flag: the bank's flags are in force on every question.
 */
function prepareSigns(flag: RedFlag): PreparedKeyword[][][] {
  let signs = preparedSigns.get(flag);
  if (signs === undefined) {
    signs = flag.signs.map((sign) =>
      sign.split('+').map((part) =>
        part
          .split('|')
          // Exact forms only: a sign lists its wordings, and near-forms of
          // dozens of signs would cost more than the rest of the scoring.
          .map((alt) => prepareKeyword(alt.trim(), false))
          .filter((k) => k.key !== ''),
      ),
    );
    preparedSigns.set(flag, signs);
  }
  return signs;
}

/** The key-point term that stands for "the answer's length fits the time limit". */
export const FITS_TIME = '~fits-time';

/**
 * `{n}` in a term stands for a number, in digits or in Chinese numerals
 * (`{n}成`, `{n}%`, `within {n} minutes`). Not `#`: a quoted `'#…'` is one
 * of the things the fast YAML reader leaves to the slow one.
 */
export const NUMBER_MARK = '{n}';
/** A number in the compact text: digits or Chinese numerals, with 来/多/余 (二十来条, 三百多单). */
const NUMBER_RUN = /(?:[0-9]+|[零一二两三四五六七八九十百千万几半]+)(?:来|多|余)?/g;

const LONE = new Set(['一', '几', '半', '一多', '一来', '几多']);
const runsOf = new WeakMap<AnswerText, [number, number][]>();

/** Every number in the answer, found once per answer. */
export function numberRuns(text: AnswerText): [number, number][] {
  let runs = runsOf.get(text);
  if (!runs) {
    // 一 alone is an article more than a number (有一次, 一位客户): no data.
    runs = [...text.compact.matchAll(NUMBER_RUN)]
      .filter((m) => !LONE.has(m[0]))
      .map((m) => [m.index, m.index + m[0].length]);
    runsOf.set(text, runs);
  }
  return runs;
}

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

const NUMBER_WORD = /^[0-9]+%?$/;
/**
 * Numbers said in English words count as numbers too ("five years", "two
 * hundred chats"). Not "one" or "a": they are articles more than data, as
 * 一 alone is in Chinese.
 */
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens hundreds thousands half'.split(
    ' ',
  ),
);

const wordIndexes = new WeakMap<AnswerText, Map<string, number[]>>();

/** Where each Latin word of the answer occurs (by index into `words`), built once per answer. */
export function wordIndex(text: AnswerText): Map<string, number[]> {
  let index = wordIndexes.get(text);
  if (!index) {
    index = new Map();
    text.words.forEach((w, i) => {
      const list = index?.get(w.word);
      if (list) list.push(i);
      else index?.set(w.word, [i]);
    });
    wordIndexes.set(text, index);
  }
  return index;
}

/**
 * Which UTF-16 codes occur in the answer's compact text: one table for the
 * process, marked for the answer being scored and unmarked when the next
 * comes (64 KB allocated per answer would keep the collector busy).
 */
const present = new Uint8Array(0x10000);
let marked: AnswerText | undefined;

/** The table of the codes in the answer (1: present); valid until another answer is looked at. */
export function charsIn(text: AnswerText): Uint8Array {
  if (marked !== text) {
    if (marked)
      for (let i = 0; i < marked.compact.length; i++) present[marked.compact.charCodeAt(i)] = 0;
    for (let i = 0; i < text.compact.length; i++) present[text.compact.charCodeAt(i)] = 1;
    marked = text;
  }
  return present;
}

function nearPossible(keyword: PreparedKeyword, compact: string): boolean {
  const key = keyword.key;
  return compact.includes(key.slice(0, 2)) || compact.includes(key.slice(-2));
}

/**
 * Words that inflection would turn into another word: "seconds" is time, not
 * the second point; "dealing" is handling, not a deal; "meaning" is no "mean".
 */
const UNINFLECTED = new Set(['second', 'deal', 'mean', 'present', 'new', 'good', 'last', 'fine']);
const VOWEL = /[aeiou]/;

/**
 * A keyword's word with the regular forms an answer may use instead: plural
 * and third person (-s, -es, -ies), past (-ed, -d, -ied), -ing (dropping a
 * final e, doubling a final consonant: chat → chatted), and the possessive
 * ('s). Only one way: a keyword written as "photos" does not match "photo",
 * so a keyword that must stay exact ("another customer's") still does. Words
 * of one or two letters and numbers stay as they are.
 */
export function inflectedForms(word: string): ReadonlySet<string> {
  const forms = new Set([word]);
  if (word.length < 3 || !/^[a-z]+$/.test(word) || UNINFLECTED.has(word)) return forms;
  const last = word.at(-1) ?? '';
  const before = word.at(-2) ?? '';
  forms.add(`${word}'s`);
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (last === 'y' && !VOWEL.test(before)) {
    forms.add(`${word.slice(0, -1)}ies`).add(`${word.slice(0, -1)}ied`);
  } else forms.add(`${word}s`);
  if (last === 'e') {
    forms.add(`${word}d`).add(`${word.slice(0, -1)}ing`);
  } else {
    if (!(last === 'y' && !VOWEL.test(before))) forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // chat → chatted, log → logged, transfer → transferred (CVC endings).
    const third = word.at(-3) ?? '';
    if (!VOWEL.test(last) && !'wxy'.includes(last) && VOWEL.test(before) && !VOWEL.test(third)) {
      forms.add(`${word}${last}ed`).add(`${word}${last}ing`);
    }
  }
  return forms;
}

/** Whether a word of the answer matches a part of a Latin term (`#` is any number). */
function wordMatches(part: string, word: string | undefined, forms?: ReadonlySet<string>): boolean {
  if (word === undefined) return false;
  if (part === '#') return NUMBER_WORD.test(word) || NUMBER_WORDS.has(word);
  if (part.includes('#')) return new RegExp(`^${part.replace('#', '[0-9]+')}$`).test(word);
  return word === part || forms?.has(word) === true;
}

/** Where the answer has a keyword's first word, in any of its forms, in order. */
function startsOf(
  index: Map<string, number[]>,
  forms: ReadonlySet<string> | undefined,
  word: string,
): number[] {
  if (!forms || forms.size <= 1) return index.get(word) ?? [];
  const at: number[] = [];
  for (const form of forms) {
    const list = index.get(form);
    if (list) at.push(...list);
  }
  return at.length > 1 ? at.sort((a, b) => a - b) : at;
}

function grams(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n));
  return out;
}

/** One place a keyword occurs, in compact offsets. */
export interface Occurrence {
  keyPoint: number;
  keyword: PreparedKeyword;
  start: number;
  end: number;
  near: boolean;
}

/**
 * A question's keywords in one list, for a glance before `findTerm`: the
 * first and last codes of each CJK keyword (-1 for a Latin or number term,
 * which `findTerm` judges itself). Some 140 keywords a question, of which
 * an answer may hold some 20; the glance spares the others a call.
 */
interface KeywordList {
  keywords: PreparedKeyword[];
  keyPoints: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

const keywordLists = new WeakMap<PreparedQuestion, KeywordList>();

function keywordList(q: PreparedQuestion): KeywordList {
  let list = keywordLists.get(q);
  if (!list) {
    const keywords = q.keyPoints.flatMap((kp) => kp.keywords);
    const keyPoints = Int32Array.from(q.keyPoints.flatMap((kp, i) => kp.keywords.map(() => i)));
    const cjk = (k: PreparedKeyword) => !k.latin && !k.number;
    const first = Int32Array.from(keywords, (k) => (cjk(k) ? k.key.charCodeAt(0) : -1));
    const last = Int32Array.from(keywords, (k) =>
      cjk(k) ? k.key.charCodeAt(k.key.length - 1) : -1,
    );
    list = { keywords, keyPoints, first, last };
    keywordLists.set(q, list);
  }
  return list;
}

/** Every occurrence of every keyword of the question in the answer. */
export function findOccurrences(q: PreparedQuestion, text: AnswerText): Occurrence[] {
  const out: Occurrence[] = [];
  const { keywords, keyPoints, first, last } = keywordList(q);
  const present = charsIn(text);
  for (let i = 0; i < keywords.length; i++) {
    const a = first[i] ?? -1;
    // The glance `mayOccur` takes, without a call: most keywords end here.
    if (a >= 0 && (present[a] !== 1 || present[last[i] ?? 0] !== 1)) continue;
    const keyword = keywords[i];
    if (keyword) findTerm(keyword, text, keyPoints[i] ?? 0, out);
  }
  return out;
}

/**
 * false when a term cannot occur in the answer, by a glance: a CJK term's
 * first or last character is absent (a near-form has them too: it only adds
 * a character inside), a Latin term's first word is absent in all its
 * forms, a number term finds no number. Most of a bank's terms are absent
 * from any one answer: the glance saves the search (and the red-flag search
 * the arrays it would fill for nothing).
 */
export function mayOccur(keyword: PreparedKeyword, text: AnswerText): boolean {
  if (keyword.latin) {
    const first = keyword.latin[0] ?? '';
    if (first.includes('#')) return true;
    const index = wordIndex(text);
    const forms = keyword.forms?.[0];
    if (!forms || forms.size <= 1) return index.has(first);
    for (const form of forms) if (index.has(form)) return true;
    return false;
  }
  if (keyword.number) return numberRuns(text).length > 0;
  const present = charsIn(text);
  const key = keyword.key;
  return present[key.charCodeAt(0)] === 1 && present[key.charCodeAt(key.length - 1)] === 1;
}

/** Appends every place a term occurs in the answer to `out` (tagged with `keyPoint`). */
export function findTerm(
  keyword: PreparedKeyword,
  text: AnswerText,
  keyPoint: number,
  out: Occurrence[],
): void {
  const before = out.length;
  if (!keyword.latin && !keyword.number && !mayOccur(keyword, text)) return;
  // A keyword never spans a clause boundary: compact text has no punctuation, so
  // "不满；再核实" would otherwise read as 不再核实.
  const oneClause = (start: number, end: number) => text.clause[start] === text.clause[end - 1];
  if (keyword.latin) {
    const parts = keyword.latin;
    const words = text.words;
    // Start only where the first word occurs (a number part has no index entry).
    const first0 = parts[0] ?? '';
    const forms = keyword.forms;
    const starts = first0.includes('#') ? undefined : startsOf(wordIndex(text), forms?.[0], first0);
    const candidates = starts ?? words.map((_, i) => i);
    for (const i of candidates) {
      if (i + parts.length > words.length) continue;
      if (parts.every((p, j) => wordMatches(p, words[i + j]?.word, forms?.[j]))) {
        const first = words[i];
        const last = words[i + parts.length - 1];
        if (first && last && oneClause(first.start, last.end)) {
          out.push({ keyPoint, keyword, start: first.start, end: last.end, near: false });
        }
      }
    }
    return;
  }
  if (keyword.number) {
    const { before: head, after: tail } = keyword.number;
    for (const [runStart, runEnd] of numberRuns(text)) {
      const start = runStart - head.length;
      const end = runEnd + tail.length;
      if (start < 0 || !text.compact.startsWith(head, start)) continue;
      if (!text.compact.startsWith(tail, runEnd) || !oneClause(start, end)) continue;
      out.push({ keyPoint, keyword, start, end, near: false });
    }
    return;
  }
  for (let at = text.compact.indexOf(keyword.key); at >= 0; ) {
    if (oneClause(at, at + keyword.key.length)) {
      out.push({ keyPoint, keyword, start: at, end: at + keyword.key.length, near: false });
    }
    at = text.compact.indexOf(keyword.key, at + 1);
  }
  // A near-form keeps the keyword's first two or last two characters together.
  if (out.length === before && keyword.near && nearPossible(keyword, text.compact)) {
    for (const [start, end] of findNearForms(keyword.near, text.compact)) {
      if (oneClause(start, end)) out.push({ keyPoint, keyword, start, end, near: true });
    }
  }
}

/**
 * Marks the compact characters that sit in a run shared with the prompt:
 * COPY_RUN characters or more outside Latin words, COPY_WORDS whole words or
 * more in them.
 */
export function copiedMask(q: PreparedQuestion, text: AnswerText): Uint8Array {
  const mask = new Uint8Array(text.compact.length);
  if (q.promptGrams.size === 0) return mask;
  const { compact } = text;
  for (let i = 0; i + COPY_RUN <= compact.length; i++) {
    if (!q.promptHeads.has(compact.charCodeAt(i) * 0x10000 + compact.charCodeAt(i + 1))) continue;
    const gram = compact.slice(i, i + COPY_RUN);
    if (q.promptGrams.has(gram) && !LATIN.test(gram)) mask.fill(1, i, i + COPY_RUN);
  }
  if (q.promptWordGrams.size === 0) return mask;
  const { words } = text;
  // The run's words joined as `wordGrams` joins them, without two arrays for each word.
  for (let i = 0; i + COPY_WORDS <= words.length; i++) {
    let run = words[i]?.word ?? '';
    for (let j = 1; j < COPY_WORDS; j++) run += ` ${words[i + j]?.word ?? ''}`;
    if (!q.promptWordGrams.has(run)) continue;
    mask.fill(1, words[i]?.start ?? 0, words[i + COPY_WORDS - 1]?.end ?? 0);
  }
  return mask;
}

const LATIN = /[a-z0-9]/i;

function wordGrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + COPY_WORDS <= words.length; i++) {
    out.add(words.slice(i, i + COPY_WORDS).join(' '));
  }
  return out;
}

function head(gram: string): number {
  return gram.charCodeAt(0) * 0x10000 + gram.charCodeAt(1);
}
