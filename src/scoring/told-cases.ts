/**
 * A case told as a story: a sentence whose subject is someone the answer
 * brings in as one of many (一位客户, 有个买家; he'd…, a customer…), told in
 * the past, with the speaker nowhere in it ("一位客户退款卡了一周，前后联系了
 * 四次，每次都让他从头说一遍"): what happened to that person before the
 * speaker came in, not the speaker's act. Red flags and a "don't" point's
 * behaviour skip it.
 */
import type { AnswerText } from './answer-text.js';
import { EN_SPEAKER } from './others-words-en.js';

const ZH_CASE_OPENER =
  /^(?:之前|以前|去年|前年|上个月|上周|有一次|有一回|那次)?(?:有|遇到过?|碰到过?)?一?[位个名](?:老|新)?(?:客户|顾客|买家|客人|用户|阿姨|大爷|大姐|大哥|老人|女士|先生|学生|宝妈)/;

/** The story is in the past: 了 or 过 after a verb somewhere in it. */
const ZH_PAST = /[了过]/;

const EN_CASE_SUBJECT = new Set(['he', 'she', 'they', "he'd", "she'd", "they'd"]);
const EN_CASE_NOUN = new Set(['customer', 'buyer', 'client', 'shopper', 'woman', 'man', 'lady']);
const EN_PAST_IRREGULAR = new Set([
  'had',
  'was',
  'were',
  'got',
  'came',
  'went',
  'bought',
  'wrote',
  'kept',
  'sent',
  'left',
  'paid',
  'made',
  'took',
  'gave',
  'told',
  'said',
]);

function isEnPast(word: string | undefined): boolean {
  return word !== undefined && (EN_PAST_IRREGULAR.has(word) || /^[a-z]{2,}ed$/.test(word));
}

export function markToldCases(text: AnswerText, mask: Uint8Array): void {
  const { compact, clause, clauseSentence, words } = text;
  const sentenceOf = (i: number) => clauseSentence[clause[i] ?? 0] ?? 0;
  let start = 0;
  for (let i = 0; i <= compact.length; i++) {
    if (i < compact.length && sentenceOf(i) === sentenceOf(start)) continue;
    const body = compact.slice(start, i);
    if (ZH_CASE_OPENER.test(body) && ZH_PAST.test(body) && !body.includes('我')) {
      mask.fill(1, start, i);
    }
    start = i;
  }
  for (let w = 0; w < words.length; w++) {
    const first = words[w];
    if (!first || (w > 0 && sentenceOf(words[w - 1]?.start ?? 0) === sentenceOf(first.start))) {
      continue;
    }
    // "He'd contacted us…", "A customer bought…", "The buyer had waited…".
    const article = first.word === 'a' || first.word === 'the' || first.word === 'one';
    const subject = article
      ? EN_CASE_NOUN.has(words[w + 1]?.word ?? '')
      : EN_CASE_SUBJECT.has(first.word);
    if (!subject) continue;
    const verbAt = w + (article ? 2 : 1);
    if (!isEnPast(words[verbAt]?.word) && !isEnPast(words[verbAt + 1]?.word)) continue;
    const s = sentenceOf(first.start);
    let end = w;
    while (words[end + 1] && sentenceOf(words[end + 1]?.start ?? 0) === s) end++;
    const inSentence = words.slice(w, end + 1);
    if (inSentence.some((x) => EN_SPEAKER.has(x.word))) continue;
    mask.fill(1, first.start, words[end]?.end ?? first.end);
  }
}

/**
 * 1 where the answer quotes what someone else said, or tells a case as a
 * story: for a "don't" point's behaviour, which is the candidate's own or
 * nothing. Conditions are not in it ("如果没听清就让他从头说一遍" is the
 * candidate's rule), nor what other agents are told they may do ("the next
 * shift can ask the customer again" is the candidate's policy).
 */
export function othersMask(text: AnswerText): Uint8Array {
  const mask = Uint8Array.from(text.othersSpeech);
  markToldCases(text, mask);
  return mask;
}
