import type { AnswerText } from './answer-text.js';

/**
 * Polarity: which parts of an answer sit in the scope of a negation, so
 * that "我不会道歉，也不用核实订单" or "I won't verify anything" earns
 * neither 道歉 nor 核实. A negation's scope runs from the negating word to
 * the end of its clause, at most NEGATION_SCOPE units, and stops early at a
 * word that turns the sentence (而是, 但, 就, 再 …; but, instead, and, so …):
 * "不核实就退款" negates 核实, not 退款. A few words negate what comes
 * before them in the clause instead ("核实就不必了", "道歉是没用的").
 * A keyword that is itself a negative form (不打断, 不推脱, never blame) is
 * matched where its own negation starts, so its own 不 never negates it.
 */
export const NEGATION_SCOPE = 10;
/** Back from a word that negates what precedes it: it often follows a list ("全网最低""百分百有效"这种话不能讲). */
export const POST_NEGATION_SCOPE = 24;
/** The same in English words, which carry more than a 字 each. */
export const EN_NEGATION_SCOPE = 15;

/**
 * Chinese negating words, longest first. A bare 不 is left out where it
 * does not negate what follows: inside a fixed word (不仅, 不好意思, 不过,
 * 不满 …), in "X不X" questions (要不要, 是不是), and as a verb complement
 * (对不起, 解决不了, 来不及).
 */
const ZH_NEGATORS = [
  '从来不',
  '从来没',
  '绝对不',
  '而不是',
  '并没有',
  '不应该',
  '不需要',
  '不可以',
  '不打算',
  '没必要',
  '从不',
  '从没',
  '绝不',
  '决不',
  '并不',
  '并没',
  '并非',
  '不是',
  '无需',
  '无须',
  '无法',
  '不用',
  '不要',
  '不会',
  '不能',
  '不必',
  '不需',
  '不该',
  '不应',
  '不可',
  '不去',
  '不再',
  '不让',
  '不肯',
  '不准',
  '不许',
  '不予',
  '没有',
  '拒绝',
  '避免',
  '防止',
  '免得',
  '禁止',
  '严禁',
  '杜绝',
  '避开',
  // Concessions: "即使不是我们的问题" says nothing is.
  '即使',
  '就算',
  '哪怕',
  '即便',
  '不',
  '没',
  '别',
  '甭',
  '勿',
  '未',
];

/** Words starting with 不 / 没 / 未 / 别 that negate nothing beyond themselves. */
const ZH_NOT_NEGATING = [
  '不仅',
  '不但',
  '不只',
  '不光',
  '不管',
  '不论',
  '不久',
  '不同',
  '不错',
  '不少',
  '不好意思',
  '不过',
  '不断',
  '不妨',
  '不满',
  '不便',
  '不方便',
  '不然',
  '不足',
  '不安',
  '不符',
  '不一样',
  '不一致',
  '不得不',
  '不清楚',
  '不开心',
  '不高兴',
  '不耐烦',
  '不舒服',
  '不放心',
  '不愉快',
  '不合理',
  '不明白',
  '不知道',
  '不懂',
  '不小心',
  '不停',
  '不利',
  '不良',
  // 不当 is "improper", but 不当着客户的面 / 不当面 is "not in front of".
  '不当(?![着面])',
  '不幸',
  '不熟悉',
  '不确定',
  '不及时',
  '不到位',
  '没关系',
  '没问题',
  '没错',
  '没事',
  '未来',
  '未必',
  '别人',
  '别的',
  '别处',
];

/** Negating verbs: inside another negation they cancel it (不会避开“最好”这类词). */
const NEGATING_VERBS = new Set(['避开', '避免', '拒绝', '防止', '杜绝', '禁止']);

/** Characters after which 别 is part of a word (特别, 区别, 识别 …), not "don't". */
const BIE_WORD_BEFORE = new Set([...'特分级类个性告识区辨鉴派差']);
/** After a verb, 不 + one of these is a complement (对不起, 解决不了, 来不及), not a negation. */
const COMPLEMENT_AFTER_BU = new Set([...'起了到住动完出开下上清见懂及得定']);

/** Words that end a negation's scope early: the sentence turns. */
const ZH_BREAKERS = [
  '而是',
  '但是',
  '可是',
  '只是',
  '不过',
  '然后',
  '而且',
  '并且',
  '同时',
  '反而',
  '所以',
  '因此',
  '之后',
  '以后',
  '但',
  '而',
  '就',
  '才',
  '却',
  '也',
];

/** Words that negate what comes before them in their clause. */
const ZH_POST_NEGATORS = [
  '不必了',
  '就不必',
  '没必要',
  '没有用',
  '没用',
  '不需要',
  '就免了',
  '是不对的',
  '是错的',
  '是错误的',
  '不可取',
  '是大忌',
  '要避免',
  '不应该',
  '不了',
  // Naming a violation is not committing it: "全网最低这种词不能说", "站外交易是违规的".
  '这种词',
  '这类词',
  '这种话',
  '这类话',
  '之类的话',
  '违禁',
  '违规',
  '违反',
  '极限词',
  '禁用',
  '不能说',
  '不能用',
  '不允许',
  '被禁止',
  '是禁止的',
  // A red line is named, not crossed: "客户隐私、站外交易这些一点都不能碰".
  '不能碰',
  '碰不得',
  // What may not be passed on: "别人的信息我们不能透露".
  '不能透露',
  '不会透露',
  '不可以透露',
  '不能泄露',
  '不能外泄',
  '不能告诉',
  '不能给他',
  '红线',
  // A list put first, then denied: "售后政策我也不确认", "清关这些我不会去学".
  '这些我不',
  '这些我也不',
  '这些都不',
  '这些也不',
  '我也不',
  '我都不',
  '我也没',
];

/** Clause openings that give examples of what the clause before said: they share its polarity. */
const ZH_EXAMPLE_OPENERS = ['比如', '例如', '譬如', '诸如', '像是', '包括', '像'];
const EN_EXAMPLE_OPENERS = new Set(['like', 'such', 'e', 'eg', 'including', 'say']);

/** English words and phrases that negate what comes before them in the clause. */
const EN_POST_NEGATORS = [
  ['banned'],
  ['prohibited'],
  ['forbidden'],
  ['not', 'allowed'],
  ['against', 'the', 'rules'],
  ['against', 'platform', 'rules'],
  ['breaks', 'the', 'rules'],
  ['break', 'the', 'rules'],
  ['violates'],
  ['violate'],
  ['off-limits'],
  ['is', 'wrong'],
  ['is', 'a', 'mistake'],
  ["don't", 'allow'],
  ["doesn't", 'allow'],
  ["don't", 'permit'],
  ["doesn't", 'permit'],
  ["isn't", 'allowed'],
  ["aren't", 'allowed'],
  ['not', 'permitted'],
];

const EN_NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nor',
  'neither',
  'without',
  'avoid',
  'avoiding',
  'refuse',
  'refusing',
  'cannot',
  "don't",
  "won't",
  "can't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "wouldn't",
  "shouldn't",
  "mustn't",
  "couldn't",
  "haven't",
  "hasn't",
  'dont',
  'wont',
  'cant',
]);
/** Pairs that do not negate what follows: "not only", "no matter", "don't worry". */
const EN_NOT_NEGATING = new Set([
  'not only',
  'not just',
  'no matter',
  'no problem',
  "don't worry",
  'never mind',
  "don't just",
  "won't just",
  'no worries',
]);
/** Two-word negators: "instead of arguing", "rather than blaming". */
const EN_PAIR_NEGATORS = new Set([
  'instead of',
  'rather than',
  'even if',
  'even though',
  // What a shop is punished for is named, not done: "shops penalised for telling buyers to add them on WeChat".
  'penalised for',
  'penalized for',
  'punished for',
  'fined for',
  'banned for',
]);
/** Words that open a clause with a subject of its own: a list ends there. */
const EN_NEW_SUBJECT = new Set([
  'i',
  "i'll",
  "i'd",
  "i'm",
  'we',
  "we'll",
  "we'd",
  'you',
  "you'll",
  'they',
  "they'll",
  'he',
  'she',
  'it',
  "it's",
  'this',
  'that',
  'there',
  "there's",
  'then',
  'if',
  'when',
  'so',
  'but',
  'and',
]);
/** A clause of at most this many words inside a negation is an item of its list. */
const SHORT_ITEM = 3;
/** A clause with "or" of at most this many words is the last items of such a list. */
const LAST_ITEM = 6;
/** Words that open a clause continuing a list in the scope of a negation. */
const EN_LIST_GOES_ON = new Set(['a', 'an', 'or', 'nor', 'any']);
const EN_BREAKERS = new Set([
  'but',
  'instead',
  'and',
  'so',
  'then',
  'because',
  'while',
  'which',
  'although',
  'though',
  'however',
  'yet',
  'rather',
  'until',
  'unless',
]);

const ZH_NEGATOR_RE = new RegExp(ZH_NEGATORS.join('|'), 'g');
const ZH_EXAMPLE_RE = new RegExp(`^(?:${ZH_EXAMPLE_OPENERS.join('|')})`);
const ZH_BREAKER_RE = new RegExp(ZH_BREAKERS.join('|'), 'g');
const ZH_CONJUNCTION_RE = /或者|以及|还是|或|和|及|与/g;
const ZH_POST_RE = new RegExp(ZH_POST_NEGATORS.join('|'), 'g');
const NOT_NEGATING_RE = new RegExp(ZH_NOT_NEGATING.join('|'), 'g');

/** Mask bits: negated by a word before (不会道歉) or after (道歉是没用的). */
export const BEFORE = 1;
export const AFTER = 2;

/**
 * For each compact character, whether it is in the scope of a negation:
 * BEFORE and/or AFTER bits. Computed once per answer; an occurrence is
 * negated when its first character is. A term that is itself a negative
 * form (不打断, 承诺不了, never blame) only counts as negated by a negation
 * before it: the one after it is its own.
 */
export function negatedMask(text: AnswerText): Uint8Array {
  const { compact, clause } = text;
  const n = compact.length;
  const mask = new Uint8Array(n);
  if (n === 0) return mask;
  const breaker = new Uint8Array(n);
  const skip = new Uint8Array(n);
  for (const m of compact.matchAll(ZH_BREAKER_RE)) breaker[m.index] = 1;
  const conjunction = new Uint8Array(n);
  for (const m of compact.matchAll(ZH_CONJUNCTION_RE)) conjunction[m.index] = 1;
  for (const m of compact.matchAll(NOT_NEGATING_RE)) skip.fill(1, m.index, m.index + m[0].length);

  // The scope runs on into the items of a list (不引导加微信、私下转账), each item afresh.
  // `flip`: a negating verb inside another negation ("不会避开", "不能拒绝") undoes it.
  const scope = (from: number, clauseId: number, flip: boolean) => {
    let units = 0;
    let current = clauseId;
    for (let i = from; i < n; i++) {
      const c = clause[i] ?? 0;
      if (c !== current) {
        if (!text.clauseListed[c]) break;
        current = c;
        units = 0;
      }
      if (breaker[i]) break;
      // 或者, 和, 以及 join another item to what is negated: each item gets the full scope.
      if (conjunction[i]) units = 0;
      if (text.unitStart[i] && ++units > NEGATION_SCOPE) break;
      mask[i] = flip ? (mask[i] ?? 0) & ~BEFORE : (mask[i] ?? 0) | BEFORE;
    }
  };

  for (const m of compact.matchAll(ZH_NEGATOR_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (skip[at]) continue;
    const first = m[0][0];
    const before = compact[at - 1];
    const after = compact[end];
    if (first === '不' || first === '没') {
      // 要不要, 是不是, 能不能: a question, not a negation.
      if (before !== undefined && before === compact[at + 1]) continue;
    }
    if (m[0] === '不' && after !== undefined && COMPLEMENT_AFTER_BU.has(after) && isHan(before)) {
      continue;
    }
    if (m[0] === '别' && before !== undefined && BIE_WORD_BEFORE.has(before)) continue;
    const flip = NEGATING_VERBS.has(m[0]) && ((mask[at] ?? 0) & BEFORE) !== 0;
    scope(end, clause[at] ?? 0, flip);
    // The cue's last character may begin the term it negates (不让 + 让客户重复,
    // 不能 + 能退): it is marked too, outside the count of the scope's units.
    if (m[0].length > 1) {
      const last = end - 1;
      mask[last] = flip ? (mask[last] ?? 0) & ~BEFORE : (mask[last] ?? 0) | BEFORE;
    }
  }
  // Back over the clause, and the list items before it (起订量、打样、清关这些我不会去学).
  for (const m of compact.matchAll(ZH_POST_RE)) {
    let current = clause[m.index] ?? 0;
    let units = 0;
    for (let i = m.index - 1; i >= 0; i--) {
      const c = clause[i] ?? 0;
      if (c !== current) {
        if (!text.clauseListed[current]) break;
        current = c;
        units = 0;
      }
      if (text.unitStart[i] && ++units > POST_NEGATION_SCOPE) break;
      mask[i] = (mask[i] ?? 0) | AFTER;
    }
  }

  const { words } = text;
  const wordsIn: number[] = [];
  // Clauses that end a list: "…to WeChat, off-platform deals or direct transfers".
  const endsList: boolean[] = [];
  for (const w of words) {
    const c = clause[w.start] ?? 0;
    wordsIn[c] = (wordsIn[c] ?? 0) + 1;
    if (w.word === 'or' || w.word === 'nor') endsList[c] = true;
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    for (const phrase of EN_POST_NEGATORS) {
      if (!phrase.every((p, j) => words[w + j]?.word === p)) continue;
      const id = clause[word.start];
      for (let k = w - 1; k >= 0 && w - k <= NEGATION_SCOPE; k--) {
        const before = words[k];
        if (!before || clause[before.start] !== id) break;
        for (let j = before.start; j < before.end; j++) mask[j] = (mask[j] ?? 0) | AFTER;
      }
    }
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    const next = words[w + 1];
    const sameClause = next !== undefined && clause[next.start] === clause[word.start];
    const pair = sameClause ? `${word.word} ${next.word}` : '';
    let from: number | undefined;
    if (EN_NOT_NEGATING.has(pair)) {
      w++;
      continue;
    }
    if (EN_PAIR_NEGATORS.has(pair) && next) from = w + 2;
    else if (EN_NEGATORS.has(word.word)) from = w + 1;
    if (from === undefined) continue;
    const id = clause[word.start];
    // A list after a comma goes on: "I won't bring up a return, a refund or the shipping".
    let current = id;
    let count = 0;
    for (let k = from; k < words.length && count < EN_NEGATION_SCOPE; k++, count++) {
      const inScope = words[k];
      if (!inScope) break;
      const c = clause[inScope.start];
      if (c !== current) {
        // After a short negated item, a clause that does not start a new subject
        // is the next item of the list: no "best online", "world number one" or …
        // …and so is a clause of a few words: "won't learn trade terms, MOQ, samples or customs".
        const size = wordsIn[c ?? 0] ?? 0;
        const short = size > 0 && (size <= SHORT_ITEM || (endsList[c ?? 0] && size <= LAST_ITEM));
        const listItem =
          (text.clauseQuotedItem[c ?? 0] === 1 || short) && !EN_NEW_SUBJECT.has(inScope.word);
        if (!EN_LIST_GOES_ON.has(inScope.word) && !listItem) break;
        current = c;
        count = 0;
      }
      if (EN_BREAKERS.has(inScope.word)) break;
      mask.fill(BEFORE, inScope.start, inScope.end);
    }
  }
  inheritIntoExamples(text, mask, words);
  denyNamedExamples(text, mask);
  denyListUnderHeading(text, mask);
  return mask;
}

/** A heading is a line of at most this many units. */
const HEADING_UNITS = 12;
const HEADING_DENIES =
  /不能|不要|不可以|不该|不应|禁止|别|避免|红线|雷区|禁区|忌|(?:^|[^a-z])(?:dont|don't|never|avoid|not|banned|no)(?:[^a-z]|$)/;
const NUMBERED = /^[0-9①-⑳]/;

/**
 * A short line that denies ("不能说的：", "Don'ts:") heads the numbered
 * lines right after it: each names what not to do ("1. 绝对化用语：最好、
 * 第一、全网最低"), it does not do it. The list ends at the first line that
 * is not numbered.
 */
function denyListUnderHeading(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseLine, unitStart } = text;
  const lines: { start: number; end: number; units: number }[] = [];
  for (let i = 0; i < compact.length; i++) {
    const line = clauseLine[clause[i] ?? 0] ?? 0;
    const at = lines[line];
    if (at) {
      at.end = i + 1;
      at.units += unitStart[i] ?? 0;
    } else lines[line] = { start: i, end: i + 1, units: unitStart[i] ?? 0 };
  }
  for (let l = 0; l < lines.length; l++) {
    const head = lines[l];
    if (!head || head.units > HEADING_UNITS) continue;
    if (!HEADING_DENIES.test(compact.slice(head.start, head.end))) continue;
    for (let k = l + 1; k < lines.length; k++) {
      const item = lines[k];
      if (!item) continue;
      if (!NUMBERED.test(compact.slice(item.start, item.end))) break;
      for (let i = item.start; i < item.end; i++) mask[i] = (mask[i] ?? 0) | AFTER;
    }
  }
}

const NAMES_EXAMPLES = /(?:这种|这类|这些|之类的?|等等?)$/;
const DENIES = new RegExp(`${ZH_POST_NEGATORS.join('|')}|不能|不可以|不要|禁止|不行`);

/**
 * A clause that ends by naming its words as examples (“全网最低”“马上白”这种)
 * and is followed, in the same sentence, by a clause that denies them
 * (都是违反广告法的) is negated too: it names the violation, it does not commit it.
 */
function denyNamedExamples(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence } = text;
  const spans: [number, number][] = [];
  for (let i = 0; i < compact.length; i++) {
    const c = clause[i] ?? 0;
    if (spans[c] === undefined) spans[c] = [i, i + 1];
    else spans[c] = [spans[c]?.[0] ?? i, i + 1];
  }
  for (let c = 0; c + 1 < spans.length; c++) {
    const here = spans[c];
    const next = spans[c + 1];
    if (!here || !next || clauseSentence[c] !== clauseSentence[c + 1]) continue;
    if (!NAMES_EXAMPLES.test(compact.slice(here[0], here[1]))) continue;
    if (!DENIES.test(compact.slice(next[0], next[1]))) continue;
    for (let i = here[0]; i < here[1]; i++) mask[i] = (mask[i] ?? 0) | AFTER;
  }
}

/**
 * A clause that opens with an example marker (比如, 例如; like, such as)
 * right after a clause with a negation in the same sentence shares it:
 * "避免绝对化用语，比如全网最低" negates 全网最低 as well.
 */
function inheritIntoExamples(text: AnswerText, mask: Uint8Array, words: AnswerText['words']): void {
  const { compact, clause, clauseSentence } = text;
  const starts: number[] = [];
  for (let i = 0; i < compact.length; i++)
    if (i === 0 || clause[i] !== clause[i - 1]) starts.push(i);
  const negatedClause = new Uint8Array(starts.length);
  for (let i = 0; i < compact.length; i++) if (mask[i]) negatedClause[clause[i] ?? 0] = 1;
  const wordAt = new Map(words.map((w) => [w.start, w.word]));
  for (let c = 1; c < starts.length; c++) {
    const start = starts[c] ?? 0;
    const end = starts[c + 1] ?? compact.length;
    if (!negatedClause[c - 1] || clauseSentence[c] !== clauseSentence[c - 1]) continue;
    const opener =
      ZH_EXAMPLE_RE.test(compact.slice(start, start + 2)) ||
      EN_EXAMPLE_OPENERS.has(wordAt.get(start) ?? '');
    if (!opener) continue;
    mask.fill(1, start, end);
    negatedClause[c] = 1;
  }
}

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}

const ZH_CONDITION_RE = /^(?:如果|假如|要是|万一|若是|即使|就算|哪怕|即便|假设|一旦)/;
const EN_CONDITIONS = new Set(['if', 'even', 'when', 'whenever', 'suppose', 'unless']);

/**
 * 1 for each compact character in a clause that states a condition
 * (如果…, 即使…; if…, even if…, when…): it describes the situation, not
 * what the speaker does, so "如果客户口音太重听不懂" shows no red flag.
 * Used for red flags only; a key point may well be said in a condition.
 */
export function conditionMask(text: AnswerText): Uint8Array {
  const { compact, clause, clauseSentence, clauseListed } = text;
  const mask = new Uint8Array(compact.length);
  const wordAt = new Map(text.words.map((w) => [w.start, w.word]));
  // A condition's examples and list items are part of it: "如果错误正在影响客户，
  // 比如承诺了不符合规则的赔偿、把手机号发给了别人" describes the case too.
  let carry = -1;
  // Whether the last clause carried was an example: the items after it go on with the list
  // ("if it hurts a customer, like a private transfer, wrong return rules, or sharing …").
  let listGoesOn = false;
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    if (i < compact.length && clause[i] === clause[start]) continue;
    const c = clause[start] ?? 0;
    const head = compact.slice(start, start + 2);
    const first = wordAt.get(start) ?? '';
    const opens = ZH_CONDITION_RE.test(head) || EN_CONDITIONS.has(first);
    const example =
      ZH_EXAMPLE_RE.test(head) || EN_EXAMPLE_OPENERS.has(first) || clauseListed[c] === 1;
    const sameSentence = carry >= 0 && clauseSentence[c] === clauseSentence[carry];
    const item: boolean =
      listGoesOn &&
      first !== '' &&
      !EN_SPEAKER.has(first) &&
      (EN_LIST_ITEM_OPENERS.has(first) || clauseWords(text, start, i) <= SHORT_ITEM);
    const carried: boolean = sameSentence && (example || item);
    if (opens || carried) {
      mask.fill(1, start, opens ? conditionEnd(text, start, i) : i);
      carry = c;
      listGoesOn = !opens && carried;
    } else {
      carry = -1;
      listGoesOn = false;
    }
    start = i;
  }
  markCorrectedExamples(text, mask);
  markTemptations(text, mask);
  markReplacedWordings(text, mask);
  markTopics(text, mask);
  markOthersActs(text, mask);
  markScamWarnings(text, mask);
  markJudgedActs(text, mask);
  markConsequences(text, mask);
  return mask;
}

/**
 * A thought the speaker once had and did not act on ("我曾经想过干脆把个人
 * WhatsApp给客户，被组长拦住了", "early on I thought about giving buyers my
 * number"): told as a lesson, to the end of its clause. Red flags only.
 */
const ZH_TEMPTATION_RE =
  /曾经想过|曾想过|当时想过|一度想|本来想|差点|想过干脆|动过[^，。]{0,6}念头/g;
const EN_TEMPTATIONS = [
  ['thought', 'about'],
  ['thought', 'of'],
  ['was', 'tempted'],
  ['were', 'tempted'],
  ['almost'],
  ['nearly'],
  ['considered'],
];

/**
 * Wordings not to be said, to the end of their clause: 不能说"加主播微信领专属价""私下
 * 转账更便宜" names two, beyond the reach of a negation's usual scope.
 */
const ZH_NOT_SAID_RE = /(?:不能|不要|不许|不可以|禁止|严禁|绝不能|千万别|别)(?:说|讲|喊|提|用)/g;

function markTemptations(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, words } = text;
  const toClauseEnd = (from: number) => {
    const c = clause[from];
    for (let i = from; i < compact.length && clause[i] === c; i++) mask[i] = 1;
  };
  for (const m of compact.matchAll(ZH_TEMPTATION_RE)) toClauseEnd(m.index);
  for (const m of compact.matchAll(ZH_NOT_SAID_RE)) toClauseEnd(m.index);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    if (EN_TEMPTATIONS.some((phrase) => phrase.every((p, j) => words[w + j]?.word === p)))
      toClauseEnd(word.start);
  }
}

/** A clause that puts new wording in place of what came before it: 现在一律换成…, 改成…. */
const ZH_REPLACES_RE = /^[^，。！？；]{0,6}(?:换成|改成|改为|替换成|替换为)/;

/**
 * Wordings named and then replaced ("\"最好\"\"全网最低价\"，现在一律换成\"…\""):
 * the clauses before, with no 我 in them, are what is no longer said.
 */
function markReplacedWordings(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence } = text;
  const starts: number[] = [];
  for (let i = 0; i < compact.length; i++)
    if (i === 0 || clause[i] !== clause[i - 1]) starts.push(i);
  starts.push(compact.length);
  for (let d = 1; d + 1 < starts.length; d++) {
    const at = starts[d] ?? 0;
    if (!ZH_REPLACES_RE.test(compact.slice(at, starts[d + 1]))) continue;
    const sentence = clauseSentence[clause[at] ?? 0];
    for (let c = d - 1; c >= 0; c--) {
      const from = starts[c] ?? 0;
      const body = compact.slice(from, starts[c + 1]);
      if (clauseSentence[clause[from] ?? 0] !== sentence || body.includes('我')) break;
      mask.fill(1, from, starts[c + 1]);
    }
  }
}

/** Words that open the next item of a list. */
const EN_LIST_ITEM_OPENERS = new Set(['or', 'and', 'nor']);

/** Latin words from `start` to `end` (compact offsets). */
function clauseWords(text: AnswerText, start: number, end: number): number {
  let n = 0;
  for (const w of text.words) if (w.start >= start && w.start < end) n++;
  return n;
}

/** A clause that corrects or reports what was just listed: 要马上提醒, 我会指出来, 及时上报. */
const ZH_CORRECTS_RE =
  /^[^，。！？；]{0,6}(?:提醒|纠正|指出|制止|上报|举报|劝阻|拦住|改正|叫停|指正)/;

/**
 * Examples followed, in their sentence, by a clause that corrects or reports
 * them ("伤害客户的，比如私下加微信、把别人的电话发出去，要马上私下提醒"):
 * the acts listed are what someone else did wrong, named to say what to do
 * about it. Red flags only.
 */
function markCorrectedExamples(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence } = text;
  const starts: number[] = [];
  for (let i = 0; i < compact.length; i++)
    if (i === 0 || clause[i] !== clause[i - 1]) starts.push(i);
  starts.push(compact.length);
  for (let c = 0; c + 1 < starts.length; c++) {
    const from = starts[c] ?? 0;
    if (!ZH_EXAMPLE_RE.test(compact.slice(from, from + 2))) continue;
    const sentence = clauseSentence[clause[from] ?? 0];
    for (let d = c + 1; d + 1 < starts.length; d++) {
      const at = starts[d] ?? 0;
      if (clauseSentence[clause[at] ?? 0] !== sentence) break;
      const body = compact.slice(at, starts[d + 1]);
      if (ZH_CORRECTS_RE.test(body)) {
        mask.fill(1, from, at);
        break;
      }
      // The speaker's own act between them: the examples were a case, not a list of slips.
      if (body.includes('我')) break;
    }
  }
}

/**
 * What an act leads to, said after it in its clause ("对骂只会让直播间更乱",
 * "私下转账没有任何保障", "payments outside the platform aren't protected"):
 * the act is named to say why not, it is not done. Red flags only: "我只会道歉"
 * still earns 道歉 as a key point.
 */
const ZH_CONSEQUENCE_RE =
  /只会|的风险|的危害|的后果|追不回|很难追回|管不了|最怕|没有(?:任何)?保障|没保障|没法介入|无法介入|不受(?:平台)?保护|不受保障|火上浇油|得不偿失|风险(?:很|太|极)?大|会被(?:判|处罚|罚|封|扣)|被封号|被扣分/g;
const EN_CONSEQUENCES = [
  ['would', 'only'],
  ['will', 'only'],
  ['only', 'makes'],
  ['only', 'make'],
  ["aren't", 'protected'],
  ["isn't", 'protected'],
  ["isn't", 'covered'],
  ["aren't", 'covered'],
  ['not', 'protected'],
  ['not', 'covered'],
  ['no', 'protection'],
  ['unprotected'],
  ['would', 'break'],
  ['would', 'breach'],
  ['lose', 'the', 'protection'],
  ['loses', 'the', 'protection'],
  ['makes', 'it', 'worse'],
  ['make', 'it', 'worse'],
  ['just', 'makes'],
  ['risks'],
  ['nobody', 'protected'],
  ['no', 'one', 'protected'],
  ['gets', 'shops', 'banned'],
  ['get', 'shops', 'banned'],
];

function markConsequences(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, words } = text;
  for (const m of compact.matchAll(ZH_CONSEQUENCE_RE)) {
    const id = clause[m.index];
    for (let i = m.index - 1; i >= 0 && clause[i] === id; i--) mask[i] = 1;
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    if (!EN_CONSEQUENCES.some((phrase) => phrase.every((p, j) => words[w + j]?.word === p)))
      continue;
    const id = clause[word.start];
    for (let i = word.start - 1; i >= 0 && clause[i] === id; i--) mask[i] = 1;
  }
}

const EN_JUDGES = new Set([
  'never',
  'not',
  "isn't",
  "aren't",
  'wrong',
  'rude',
  'unprofessional',
  'banned',
  'forbidden',
  'prohibited',
  'mistake',
  'unacceptable',
  'off-limits',
  'against',
  'serious',
  'risky',
  'dangerous',
  'harmful',
  'illegal',
  'violations',
  'violation',
  'banned',
]);
/** Nouns that name wordings: "Lines like "…" or "…" are violations" judges what it quotes. */
const EN_WORDINGS = new Set([
  'lines',
  'phrases',
  'words',
  'claims',
  'wording',
  'wordings',
  'sentences',
  'promises',
  'slogans',
  'things',
]);

/**
 * A sentence whose subject is an act, judged by what follows ("Saying 'people
 * from your area always haggle' is a label I would never use", "Sharing
 * another buyer's address is against the rules"): the act is named, not done.
 */
function markJudgedActs(text: AnswerText, mask: Uint8Array): void {
  const { words, clause, clauseSentence } = text;
  const sentenceOf = (w: { start: number }) => clauseSentence[clause[w.start] ?? 0] ?? 0;
  for (let w = 0; w < words.length; w++) {
    const first = words[w];
    const before = words[w - 1];
    if (!first || !(/^[a-z]{3,}ing$/.test(first.word) || EN_WORDINGS.has(first.word))) continue;
    if (before && sentenceOf(before) === sentenceOf(first)) continue;
    const s = sentenceOf(first);
    let verb = -1;
    for (let k = w + 1; k < words.length; k++) {
      const next = words[k];
      if (!next || sentenceOf(next) !== s) break;
      if (verb < 0 && (next.word === 'is' || next.word === 'are')) verb = k;
      else if (verb >= 0 && EN_JUDGES.has(next.word)) {
        const end = words[verb]?.start ?? first.start;
        mask.fill(1, first.start, end);
        break;
      }
    }
  }
}

/**
 * Someone else, at the head of a clause, wanting, asking, saying or doing:
 * "客户想加我微信私下退款", "他骂我们是骗子", "买家让我留个手机号". The
 * clause, up to where the speaker takes over (就, 然后, 我会 …), tells what
 * the other did or asked for; the speaker's answer is in the next clause.
 */
const ZH_OTHER_SUBJECT =
  '(?:这时|当时|后来|有时候?|有的|要是|如果|万一|假如|很多|不少|有些|有的|(?:之前|以前|原来)?有(?:一)?[个位])?(?:老|新来的|新)?(?:客户|顾客|买家|客人|用户|对方|人家|有人|有些人|有的人|骗子|粉丝|观众|网友|主播|商家|新人|客服|同事|店家|他们|他|她)';
const ZH_OTHER_VERB =
  '(?:答应|承诺|同意|擅自|偷偷|私下|非要|非得|容易|会|想|要|让|叫|问|说|骂|喊|嚷|希望|冒充|提出|坚持|一直|求|请求|要求|留言|发来|私信|评论|质疑|吐槽|指责|威胁|催)';
const ZH_OTHERS_ACT_RE = new RegExp(`^${ZH_OTHER_SUBJECT}[^的我，]{0,5}?${ZH_OTHER_VERB}`);
/** Where the speaker's own act starts again inside such a clause. */
const ZH_SPEAKER_RESUMES = /就|然后|我会|我就|我们会|我再/g;
const EN_OTHER_SUBJECT = new Set([
  'customer',
  'buyer',
  'client',
  'viewer',
  // Plurals: "some buyers ask to be refunded off the platform" is what they ask.
  'customers',
  'buyers',
  'clients',
  'viewers',
  'callers',
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'scammer',
  'scammers',
  'fraudsters',
  'people',
  // Other agents and shops: what they do wrong is told as a lesson.
  'agents',
  'agent',
  'colleague',
  'colleagues',
  'staff',
  'sellers',
  'shops',
  'merchants',
  'reps',
]);
const EN_OTHER_VERB = new Set([
  'asked',
  'asks',
  'ask',
  'asking',
  'wanted',
  'wants',
  'want',
  'told',
  'tells',
  'called',
  'calls',
  'said',
  'says',
  'insisted',
  'insists',
  'demanded',
  'demands',
  'yelled',
  'shouted',
  'swore',
  'begged',
  'requested',
  'requests',
  'suggested',
  'suggests',
  'offered',
  'offers',
  'tried',
  'tries',
  'pushed',
  'pretend',
  'pretends',
  'pretending',
  'posing',
  'kept',
  'keeps',
  'calling',
  'saying',
  'telling',
  'shouting',
  'yelling',
  'swearing',
  'insulted',
  'insulting',
  'accused',
  'accusing',
  'threatened',
  'threatening',
  'wrote',
  'writes',
  'messaged',
  // Base forms, for what other agents or shops do: "some agents tell callers to …".
  'tell',
  'say',
  'call',
  'insist',
  'demand',
  'try',
  'push',
  'offer',
  'suggest',
]);
/** Verbs whose object is what the other said: an "I" or "we" right after them is inside it. */
const EN_SPEECH_VERB = new Set([
  'asked',
  'asks',
  'asking',
  'told',
  'tells',
  'telling',
  'called',
  'calls',
  'calling',
  'said',
  'says',
  'saying',
  'shouted',
  'shouting',
  'yelled',
  'yelling',
  'wrote',
  'writes',
  'accused',
  'accusing',
]);
/** Words after which "I" or "we" is the speaker taking over, not inside what the other said. */
const EN_SPEAKER_TAKES_OVER = new Set(['and', 'so', 'but', 'then', 'because', 'while', 'until']);
/** First-person words: the speaker's own act starts again. */
const EN_SPEAKER = new Set(['i', "i'll", "i'd", "i'm", 'we', "we'll", "we'd", "we're"]);

/** Most words in a phrase after a comma that still tells someone else's act (", off the platform entirely"). */
const TRAILING_PHRASE = 4;

function markOthersActs(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence, words } = text;
  const resumes = new Uint8Array(compact.length);
  for (const m of compact.matchAll(ZH_SPEAKER_RESUMES)) resumes[m.index] = 1;
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    if (i < compact.length && clause[i] === clause[start]) continue;
    const m = ZH_OTHERS_ACT_RE.exec(compact.slice(start, i));
    if (m) for (let j = start; j < i && !(j >= start + m[0].length && resumes[j]); j++) mask[j] = 1;
    start = i;
  }
  // English: a subject that is someone else, then within three words what they did.
  for (let w = 0; w < words.length; w++) {
    const subject = words[w];
    if (!subject || !EN_OTHER_SUBJECT.has(subject.word)) continue;
    const id = clause[subject.start];
    let verb = -1;
    for (let k = w + 1; k <= w + 3 && k < words.length; k++) {
      const next = words[k];
      if (!next || clause[next.start] !== id || EN_SPEAKER.has(next.word)) break;
      if (EN_OTHER_VERB.has(next.word)) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    // "said we were pathetic" is what they said; "asked for it and I said no" is the speaker again.
    // A short phrase after a comma goes on with their act ("ask to be refunded directly, off
    // the platform"); a longer clause has a verb of its own, likely the speaker's ("for anyone
    // who wants it cheaper, hint that they can pay by transfer"), and so does one that opens
    // with the speaker or a turn (", so I …", ", but …").
    const sentence = clauseSentence[id ?? 0];
    for (let k = verb; k < words.length; k++) {
      const inScope = words[k];
      if (!inScope) break;
      const c = clause[inScope.start] ?? 0;
      if (c !== clause[words[k - 1]?.start ?? 0] && c !== id) {
        if (clauseSentence[c] !== sentence) break;
        if (EN_SPEAKER.has(inScope.word) || EN_SPEAKER_TAKES_OVER.has(inScope.word)) break;
        let length = 0;
        while (words[k + length] && clause[words[k + length]?.start ?? 0] === c) length++;
        if (length > TRAILING_PHRASE) break;
      }
      const takesOver =
        !EN_SPEECH_VERB.has(words[verb]?.word ?? '') ||
        EN_SPEAKER_TAKES_OVER.has(words[k - 1]?.word ?? '');
      if (EN_SPEAKER.has(inScope.word) && takesOver) break;
      mask.fill(1, inScope.start, inScope.end);
    }
  }
}

/**
 * A sentence that names a scam or warns against something (诈骗, 骗局,
 * 警惕; scam, fraud, beware) describes what others do to the customer, not
 * what the speaker does: "有人冒充客服让客户加微信退款，这是典型的骗局".
 */
const ZH_SCAM_RE = /诈骗|骗局|冒充|钓鱼|警惕|谨防|当心/;
const EN_SCAM = new Set([
  'scam',
  'scams',
  'scammer',
  'scammers',
  'fraud',
  'fraudsters',
  'phishing',
  'beware',
]);

function markScamWarnings(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence, words } = text;
  const warned = new Set<number>();
  for (const w of words)
    if (EN_SCAM.has(w.word)) warned.add(clauseSentence[clause[w.start] ?? 0] ?? 0);
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    const s = (k: number) => clauseSentence[clause[k] ?? 0] ?? 0;
    if (i < compact.length && s(i) === s(start)) continue;
    if (ZH_SCAM_RE.test(compact.slice(start, i))) warned.add(s(start));
    start = i;
  }
  if (warned.size === 0) return;
  for (let i = 0; i < compact.length; i++)
    if (warned.has(clauseSentence[clause[i] ?? 0] ?? 0)) mask[i] = 1;
}

/**
 * Where a condition that opens at `start` ends: at its clause's end, or, in
 * English, where the speaker comes in without a comma ("If he is rude I tell
 * him to shut up": what follows "I" is the speaker's act).
 */
function conditionEnd(text: AnswerText, start: number, end: number): number {
  let seen = 0;
  for (const w of text.words) {
    if (w.start < start || w.start >= end) continue;
    if (++seen > 2 && EN_SPEAKER.has(w.word)) return w.start;
  }
  return end;
}

/** Someone else's question, or a rule named as a topic: what follows, to the clause's end, is talked about. */
const EN_TOPIC_PAIRS = new Set([
  'asked whether',
  'asked if',
  'asks whether',
  'asks if',
  'asking whether',
  'asking if',
  'wondered whether',
  'wondered if',
  'discipline about',
  'strict about',
  'stricter about',
  'careful about',
  'rules about',
  'rules on',
  'rules against',
  'policy on',
  'policy against',
]);
/** What a rule or the platform punishes is named after these: "the platform penalises off-platform contact". */
const EN_PENALISES = new Set([
  'penalises',
  'penalizes',
  'penalise',
  'penalize',
  'punishes',
  'bans',
  'forbids',
  'prohibits',
]);
const ZH_TOPIC_RE = /问能不能|问可不可以|问能否|问是否|问我能不能|问我可不可以|问我能否/g;

/**
 * "The buyer asked whether they could pay outside the platform", "stricter
 * discipline about privacy and off-platform deals", "客户问能不能加微信":
 * the rest of the clause is what someone asked or what a rule is about,
 * not what the speaker does (red flags only, like conditions).
 */
function markTopics(text: AnswerText, mask: Uint8Array): void {
  const { clause, words, compact } = text;
  const toClauseEnd = (from: number) => {
    const c = clause[from];
    for (let i = from; i < compact.length && clause[i] === c; i++) mask[i] = 1;
  };
  for (let w = 0; w + 1 < words.length; w++) {
    const a = words[w];
    const b = words[w + 1];
    if (!a || !b || clause[a.start] !== clause[b.start]) continue;
    if (EN_TOPIC_PAIRS.has(`${a.word} ${b.word}`)) toClauseEnd(b.end);
  }
  for (const m of compact.matchAll(ZH_TOPIC_RE)) toClauseEnd(m.index + m[0].length);
  for (const w of words) if (EN_PENALISES.has(w.word)) toClauseEnd(w.end);
}

/** Whether an occurrence of a term is negated (see `negatedMask`). */
export function isNegated(
  mask: Uint8Array,
  o: { start: number; keyword: { selfNegative?: boolean } },
): boolean {
  const bits = mask[o.start] ?? 0;
  return o.keyword.selfNegative ? (bits & BEFORE) !== 0 : bits !== 0;
}
