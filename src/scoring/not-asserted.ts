/**
 * What an answer says without asserting it as the speaker's own act: a
 * condition (如果…), a temptation told as a lesson, a wording to avoid, a
 * topic someone asked about. Red flags skip these spans (`conditionMask`);
 * key points do not, since a point may well be said in a condition.
 */
import type { AnswerText } from './answer-text.js';
import { markConsequences, markJudgedActs, markWordingExamples } from './judged-acts.js';
import { EN_EXAMPLE_OPENERS, SHORT_ITEM } from './negation-words-en.js';
import { FACT_CONCEDED_REACH, ZH_EXAMPLE_RE, ZH_FACT_CONCEDED_RE } from './negation-words-zh.js';
import { markEarlierContacts, markOthersActs, markScamWarnings } from './others-acts.js';
import { EN_SPEAKER } from './others-words-en.js';
import { markTopics } from './talked-about.js';
import { markToldCases } from './told-cases.js';

export const ZH_CONDITION_RE = /^(?:如果|假如|要是|万一|若是|即使|就算|哪怕|即便|假设|一旦)/;

export const EN_CONDITIONS = new Set(['if', 'even', 'when', 'whenever', 'suppose', 'unless']);

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
    // Inside the speaker's own line to the customer, "if you send me your code…" is the ask itself.
    const ownLine = text.quote[start] !== 0 && text.othersSpeech[start] !== 1;
    const opens =
      !ownLine &&
      ((ZH_CONDITION_RE.test(head) &&
        !ZH_FACT_CONCEDED_RE.test(
          compact.slice(start, Math.min(i, start + FACT_CONCEDED_REACH)),
        )) ||
        EN_CONDITIONS.has(first));
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
  markToldCases(text, mask);
  markEarlierContacts(text, mask);
  markScamWarnings(text, mask);
  markJudgedActs(text, mask);
  markWordingExamples(text, mask);
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

/**
 * A clause that puts new wording in place of what came before it: 现在一律换成…, 改成….
 * Not one that asks someone to change a thing (请他把差评改成五星): that is an act, not a wording.
 */
const ZH_REPLACES_RE =
  /^(?![^，。！？；]{0,4}(?:请|让|叫|求|要)(?:他|她|客户|顾客|买家|对方))[^，。！？；]{0,6}(?:换成|改成|改为|替换成|替换为)/;

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
