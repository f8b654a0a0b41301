import type { AnswerText } from './answer-text.js';
import { findTerm, mayOccur, type Occurrence } from './find-terms.js';
import { isNegated } from './negation.js';
import { conditionMask, EN_CONDITIONS, ZH_CONDITION_RE } from './not-asserted.js';
import type { PreparedKeyword, PreparedQuestion } from './prepare-question.js';
import { firstPartMayOccur, glanceOf } from './sign-glance.js';
import type { ScoreFlag } from './types.js';

/** Most an answer showing a red flag can get, as a share of the points. */
export const RED_FLAG_CAP = 0.2;
/**
 * The parts of a sign must also sit close together: within SIGN_SPAN units
 * (字 or English words) of the first part's start. "Promise them
 * compensation" is the sign; "a compensation rule … a delivery-time promise
 * on the product page" is two things said about the rules.
 */
export const SIGN_SPAN = 30;
/**
 * The same in English words, which carry more than a 字 each. Measured by
 * `node bench/sign-span.js` on the English reference answers, the blind sets'
 * strong, paraphrase and padded answers and the red-flag tests' sentences:
 * no false flag from 6 to 13 words, the first at 14 (a reference answer);
 * below 8, test sentences that must be flagged are missed. 10 keeps three
 * words below the first false flag and catches one trap more than 8.
 */
export const EN_SIGN_SPAN = 10;

/**
 * The red flags an answer shows. A sign is shown when, in one sentence,
 * each of its parts occurs (any of the part's alternatives) where the
 * answer asserts it (outside a negation: "绝不会让客户加微信" shows
 * nothing) and not inside words copied from the question.
 */
export function findRedFlags(
  q: PreparedQuestion,
  text: AnswerText,
  copied: Uint8Array,
  negated: Uint8Array,
  acts?: Uint8Array,
): Extract<ScoreFlag, { code: 'red-flag' }>[] {
  const out: Extract<ScoreFlag, { code: 'red-flag' }>[] = [];
  if (q.redFlags.length === 0) return out;
  const search = signSearch(text, copied, negated);
  for (const { flag, signs } of q.redFlags) {
    const glance = glanceOf(signs);
    for (let s = 0; s < signs.length; s++) {
      if (!firstPartMayOccur(glance, s, text)) continue;
      const shown = signShown(signs[s] ?? [], search);
      if (!shown) continue;
      if (acts) markAct(text, shown, acts);
      out.push({
        code: 'red-flag',
        id: flag.id,
        wrong: flag.wrong,
        matched: shown.terms,
        scope: flag.scope ?? 'question',
      });
      break;
    }
  }
  return out;
}

/** Where a sign was shown: its terms as the bank writes them, and the compact span from its first part to its last. */
interface Shown {
  terms: string[];
  start: number;
  end: number;
}

/**
 * The clauses a sign spans, marked in `acts`: the wrong act itself, whose
 * words cover no key point ("告诉他已经发货了" is no 告知进度 when it is untrue).
 */
function markAct(text: AnswerText, shown: Shown, acts: Uint8Array): void {
  const { clause } = text;
  let from = shown.start;
  let to = shown.end;
  while (from > 0 && clause[from - 1] === clause[shown.start]) from--;
  while (to < clause.length && clause[to] === clause[shown.end - 1]) to++;
  acts.fill(1, from, to);
}

/** What judging a sign asks of the answer; the costly parts built once, when first asked. */
interface SignSearch {
  text: AnswerText;
  /** Whether an occurrence counts as the answer's own behaviour, the condition aside (see `free`). */
  counts(o: Occurrence): boolean;
  /**
   * Not inside a condition or any other span a sign skips (`conditionMask`):
   * the costly check, made only for a sign whose parts all sit together.
   */
  free(o: Occurrence): boolean;
  /** Units before a compact character. */
  unitAt(i: number): number;
  sentenceOf(o: Occurrence): number;
}

function signSearch(text: AnswerText, copied: Uint8Array, negated: Uint8Array): SignSearch {
  let condition: Uint8Array | undefined;
  let units: Int32Array | undefined;
  /**
   * Whether compact offset `at` comes right after the closing mark of a quotation the speaker
   * says and asserts: not someone else's words, not in a negation (不能喊“只剩最后十件”) nor in
   * a condition (要是随口答应“马上退”). What is judged is the telling, the word just before
   * the quotation in its sentence (告诉她：“…”), not the quotation's first word: a line that
   * opens with another's act (“商家已经同意退款了”) is still the speaker's to the customer.
   */
  const afterOwnQuote = (at: number): boolean => {
    const { quote, clause, clauseSentence } = text;
    const q = quote[at - 1] ?? 0;
    if (at === 0 || q === 0 || quote[at] === q || text.othersSpeech[at - 1]) return false;
    let open = at - 1;
    while (open > 0 && quote[open - 1] === q) open--;
    const sentence = (i: number) => clauseSentence[clause[i] ?? 0];
    const telling = open > 0 && sentence(open - 1) === sentence(open) ? open - 1 : open;
    condition ??= conditionMask(text);
    return !negated[telling] && !condition[telling];
  };
  return {
    text,
    // Units before each compact character, built only when a sign has parts to measure.
    unitAt: (i) => {
      if (!units) {
        units = new Int32Array(text.compact.length + 1);
        for (let j = 0; j < text.compact.length; j++)
          units[j + 1] = (units[j] ?? 0) + (text.unitStart[j] ?? 0);
      }
      return units[i] ?? 0;
    },
    sentenceOf: (o) => text.clauseSentence[text.clause[o.start] ?? 0] ?? 0,
    counts: (o) => {
      // A `!term` part is shown by refusing it ("我一般不道歉，也不核实订单").
      if (isNegated(negated, o) !== (o.keyword.negatedOnly === true)) return false;
      // Reported words (有人说“加个微信呗”) are not the answer's own behaviour.
      if (text.othersSpeech[o.start]) return false;
      if (namesBoundary(text, o)) return false;
      if (o.keyword.afterQuote === true && !afterOwnQuote(o.start)) return false;
      for (let i = o.start; i < o.end; i++) if (!copied[i]) return true;
      return false;
    },
    free: (o) => {
      condition ??= conditionMask(text);
      return !condition[o.start] || opensCondition(o.keyword);
    },
  };
}

/**
 * A sign's term that opens with a condition word ("even if it hasn't",
 * 哪怕还没发) was written so: the concession is the admission, and the
 * condition it opens does not make it the situation rather than the act.
 */
function opensCondition(term: PreparedKeyword): boolean {
  const first = term.latin?.[0];
  return first !== undefined ? EN_CONDITIONS.has(first) : ZH_CONDITION_RE.test(term.key);
}

/** Where a sign of these parts is shown, and the terms that showed it; undefined when it is not shown. */
function signShown(all: PreparedKeyword[][], search: SignSearch): Shown | undefined {
  const { text, counts, free, unitAt, sentenceOf } = search;
  const parts = all.filter((p) => p[0]?.excludes !== true);
  // For each part, the sentences where it is asserted, with the term that showed it;
  // a part found nowhere ends the sign (most parts of most signs are absent).
  // Every part may occur, by the cheap glance, before any is searched: a sign's
  // first part is often common (告诉他, 其他), its others rare.
  for (const alternatives of parts)
    if (!alternatives.some((term) => mayOccur(term, text))) return undefined;
  const found: Occurrence[][] = [];
  for (const alternatives of parts) {
    const occurrences: Occurrence[] = [];
    for (const term of alternatives) findTerm(term, text, 0, occurrences);
    // An exact form before a near one (加我微信 itself, not 加微信 with 我 inside).
    occurrences.sort((a, b) => Number(a.near) - Number(b.near));
    const asserted = occurrences.filter(counts);
    if (asserted.length === 0) return undefined;
    found.push(asserted);
  }
  const isLater = (list: Occurrence[]) => list[0]?.keyword.later === true;
  const [first = [], ...others] = found;
  const rest = others.filter((list) => !isLater(list));
  const later = others.filter(isLater);
  // Parts written `-a|b`: sentences that say any of them show no sign (looked for last: most signs have none).
  const without = new Set<number>();
  // Parts written `-<a|b`: where they are asserted, in the answer's own words.
  const before: Occurrence[] = [];
  for (const p of all) {
    if (p[0]?.excludes !== true) continue;
    const seen: Occurrence[] = [];
    for (const term of p) if (mayOccur(term, text)) findTerm(term, text, 0, seen);
    if (p[0]?.notBefore === true) before.push(...seen.filter(counts));
    else for (const o of seen) without.add(sentenceOf(o));
  }
  // Said before `o`, in its sentence `s` or one of the EARLIER_SENTENCES before.
  const saidBefore = (o: Occurrence, s: number) =>
    before.some((p) => p.end <= o.start && sentenceOf(p) >= s - EARLIER_SENTENCES);
  const span = (o: Occurrence, p: Occurrence) =>
    Math.abs(unitAt(p.start) - unitAt(o.start)) <= (o.keyword.latin ? EN_SIGN_SPAN : SIGN_SPAN);
  for (const o of first) {
    const s = sentenceOf(o);
    if (without.has(s) || saidBefore(o, s)) continue;
    // Every part nearby first; the condition check, costly, only then.
    if (!rest.every((list) => list.some((p) => sentenceOf(p) === s && span(o, p)))) continue;
    if (!free(o)) continue;
    const near = rest.map((list) => list.find((p) => sentenceOf(p) === s && span(o, p) && free(p)));
    const further = later.map((list) =>
      list.find((p) => followsIn(o, p, s, sentenceOf) && free(p)),
    );
    if (near.every((p) => p !== undefined) && further.every((p) => p !== undefined)) {
      const parts = [o, ...near.filter((p) => p !== undefined)];
      return {
        terms: parts.map((p) => p.keyword.raw),
        start: Math.min(...parts.map((p) => p.start)),
        end: Math.max(...parts.map((p) => p.end)),
      };
    }
  }
  return undefined;
}

/**
 * How many sentences after the first part's a part written `>a|b` may be
 * said in: "我先跟他说已经发出了。……其实还在仓库" is one act told in two or
 * three sentences (a quotation's own full stops among them); further on, the
 * answer has moved to something else.
 */
const LATER_SENTENCES = 3;

/**
 * How many sentences before the first part's a part written `-<a|b` looks back over: the check
 * that grounds a status told (查到物流……已经到了当地网点。我就跟他说……) is made a step or two
 * before it is told, rarely further back.
 */
const EARLIER_SENTENCES = 3;

/** Whether `p` is said after `o`, in its sentence `s` or one of the next LATER_SENTENCES. */
function followsIn(
  o: Occurrence,
  p: Occurrence,
  s: number,
  sentenceOf: (o: Occurrence) => number,
): boolean {
  const t = sentenceOf(p);
  return p.start >= o.end && t >= s && t <= s + LATER_SENTENCES;
}

/**
 * A term that ends at the platform, with 外 right after it (不走平台外的转账,
 * 绕开平台以外的渠道): the words are "outside the platform", the thing refused,
 * not the act of leaving it.
 */
function namesBoundary(text: AnswerText, o: Occurrence): boolean {
  if (!o.keyword.raw.endsWith('平台')) return false;
  const after = text.compact.slice(o.end, o.end + 2);
  return after.startsWith('外') || after === '之外' || after === '以外';
}
