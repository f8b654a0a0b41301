import { foldText } from './normalize.js';

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
  /** Latin words with their compact offsets. */
  words: { word: string; start: number; end: number }[];
  /** Units in the whole text. */
  units: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

enum Kind {
  Cjk,
  Word,
  Space,
  Newline,
  Break,
}

const QUOTE_JOIN = /^\s*(?:或者|或是|或|还是|和|、|[,，]|or|and)?\s*$/;
const QUOTES = new Set(['“', '”', '"', '「', '」', '『', '』', '《', '》', '‘']);
const OPENING = new Set(['“', '「', '『']);
const CLOSING = new Set(['”', '」', '』']);

/**
 * What comes right before a quotation another person says: a third party
 * and a verb of saying, with no 我 between (我跟他说 and 对他说 are the
 * speaker's own words), or in English "someone says", "he opened with".
 */
const ZH_OTHERS_SAY =
  /(?<![对跟和给向诉])(?:客户|顾客|买家|卖家|观众|网友|粉丝|对方|有人|他|她|同事|主播|商家|新人|客服|店员|骗子|前辈|组长|主管|老员工|同行)[^。！？；我]{0,16}(?:说|问|讲|喊|骂|吼|嚷|留言|评论|发来|打字|来了?一句|开口就是?)[：:，,\s]*$/;
const EN_OTHERS_SAY =
  /\b(?:he|she|they|someone|somebody|customers?|buyers?|viewers?|clients?|guy|man|woman|lady|callers?|person|people|colleagues?|coworkers?|co-workers?|agents?|reps?|sellers?|staff|scammers?|managers?|trainees?|moderators?|hosts?|streamers?|teammates?|newcomers?)\b(?:(?!\b(?:i|we)\b)[^.!?;"“]){0,60}?\b(?:says|said|asks|asked|writes|wrote|types|typed|yells|yelled|shouts|shouted|goes|went|messages|messaged|comments|commented|posts|posted|opened with|opens with|demands|demanded|replied|replies|answered|answers|(?:told|tells|telling|(?:replied|said|wrote|answered|responded)\s+to)(?:\s+(?:him|her|them|the\s+\w+|a\s+\w+|an\s+\w+|one\s+\w+|\w+))?)[\s:,]*$/i;

/**
 * Words others write, named by their kind before the quotation: "comments
 * like "add me on WeChat?"", "questions such as "…"". Not messages or
 * lines, which the speaker may send too.
 */
const EN_OTHERS_WORDS =
  /\b(?:comments|questions|requests|complaints)\s+(?:like|such\s+as)[\s:,]*$/i;

/**
 * The addressee's own words, quoted back to them ("你刚才说'不归我管'",
 * you said 'not my department'), and a speaker's label before a line of
 * dialogue (客户A：“…”, Customer one: "…"): someone else's words too.
 */
const ZH_YOU_SAID =
  /(?<![对跟和给向诉让叫请])(?:你|您)(?:刚才|当时|之前|上次)?(?:说|讲|回了?一?句)[：:，,\s]*$/;
const EN_YOU_SAID =
  /\byou\s+(?:just\s+|then\s+)?(?:said|replied|wrote|answered|told\s+(?:him|her|them|the\s+\w+|a\s+\w+))[\s:,]*$/i;
const ZH_LABEL = /(?:客户|顾客|买家|观众|网友|粉丝|对方|弹幕)[^。！？；我，,：:\s]{0,3}[：:]\s*$/;
const EN_LABEL =
  /(?:^|[\s.,;"“])(?:customer|buyer|viewer|caller|client|shopper)s?(?:\s+(?:one|two|three|four|a|b|c|\d+))?\s*:\s*$/i;

/**
 * What comes right before words the speaker is tempted to say or used to
 * say, told as the weakness or the mistake (我可能就想说“肯定给您退”, my
 * first instinct was to say "…"): told about, not advised.
 */
const ZH_TEMPTED_SAY =
  /(?:可能就?想说|可能会想说|会忍不住说|忍不住想?说|差点就?说|恨不得说|第一反应是?说|本能地?想说|以前会说|以前总说|以前常说|过去会说|那时候会说|想说|差点说|容易说|脱口而出|差点脱口)[：:，,\s]*$/;
const EN_TEMPTED_SAY =
  /\b(?:tempted to say|want to say|wanted to say|used to say|would have said|instinct (?:is|was) to say|almost said|nearly said|urge to say)[\s:,]*$/i;

/** Whether the quotation opening at `at` in `text` is someone else speaking, or a temptation told. */
function othersSpeaking(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return (
    ZH_OTHERS_SAY.test(before) ||
    EN_OTHERS_SAY.test(before) ||
    EN_OTHERS_WORDS.test(before) ||
    ZH_YOU_SAID.test(before) ||
    EN_YOU_SAID.test(before) ||
    ZH_LABEL.test(before) ||
    EN_LABEL.test(before) ||
    ZH_TEMPTED_SAY.test(before) ||
    EN_TEMPTED_SAY.test(before)
  );
}

/** Punctuation that ends a sentence, not only a clause. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '.', '!', '?', ';', '…']);

/** What a character is to the cutter; plain ASCII and common CJK without a regular expression. */
function kindOf(ch: string): Kind {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      // "42%" is one unit: a share said as a number is data.
      code === 0x25
    ) {
      return Kind.Word;
    }
    if (code === 0x0a) return Kind.Newline;
    return code === 0x20 || code === 0x09 || code === 0x0d ? Kind.Space : Kind.Break;
  }
  if (code >= 0x4e00 && code <= 0x9fff) return Kind.Cjk;
  // The rest of the BMP by a table filled as characters come (。、“” recur in every answer);
  // three Unicode property tests per character were a fifth of cutting a Chinese answer.
  if (ch.length === 1) {
    const known = KIND_OF_CODE[code] ?? 0;
    if (known !== 0) return known - 1;
    const kind = kindByClass(ch);
    KIND_OF_CODE[code] = kind + 1;
    return kind;
  }
  return kindByClass(ch);
}

/** `kindOf` of BMP characters seen so far, plus one (0: not seen yet). */
const KIND_OF_CODE = new Uint8Array(0x10000);

function kindByClass(ch: string): Kind {
  if (CJK.test(ch)) return Kind.Cjk;
  if (WORD.test(ch)) return Kind.Word;
  return SPACE.test(ch) ? Kind.Space : Kind.Break;
}

/**
 * Cuts an answer (or any text) into the form the scorer works on.
 *
 * One pass on purpose (about 160 lines): every branch shares the quotation, clause, sentence
 * and word state, and this is the scorer's hot path (each character looked at once). Split
 * into functions, that state would travel through every call; what can be apart is
 * (`kindOf`, `othersSpeaking`, `foldText`).
 */
export function prepareText(text: string): AnswerText {
  const folded = foldText(text);
  const chars: string[] = [];
  // Typed arrays as long as the folded text: the compact text is never longer.
  const clause = new Int32Array(folded.length);
  const unitStart = new Uint8Array(folded.length);
  const othersSpeech = new Uint8Array(folded.length);
  // Inside a quotation someone else says; an ASCII quote opens and closes it in turn.
  let reported = false;
  let asciiOpen = false;
  let singleReported = false;
  // Where the last reported quotation closed (-1: the last one was the speaker's own).
  let reportedEnd = -1;
  const clauseLine: number[] = [0];
  const clauseSentence: number[] = [0];
  const clauseListed: number[] = [0];
  const clauseQuotedItem: number[] = [0];
  let listed = true;
  let gap = '';
  const words: AnswerText['words'] = [];
  let length = 0;
  let clauseNo = 0;
  let line = 0;
  let sentence = 0;
  let pendingBreak = false;
  let pendingSentence = false;
  let word: AnswerText['words'][number] | undefined;
  let units = 0;
  const openClause = () => {
    clauseNo++;
    if (pendingSentence) sentence++;
    clauseLine[clauseNo] = line;
    clauseSentence[clauseNo] = sentence;
    clauseListed[clauseNo] = listed ? 1 : 0;
    clauseQuotedItem[clauseNo] = /^\s*[”"’']?\s*[,，]\s*[“"‘']/.test(gap) ? 1 : 0;
    pendingBreak = false;
    pendingSentence = false;
  };
  for (let at = 0; at < folded.length; ) {
    const code = folded.charCodeAt(at);
    // The common case first: a CJK character is always a unit of its own.
    if (code >= 0x4e00 && code <= 0x9fff) {
      if (pendingBreak) openClause();
      gap = '';
      word = undefined;
      if (reported) othersSpeech[length] = 1;
      clause[length] = clauseNo;
      unitStart[length] = 1;
      units++;
      chars.push(folded[at] ?? '');
      length++;
      at++;
      continue;
    }
    const point = folded.codePointAt(at) ?? 0;
    const ch = point > 0xffff ? folded.slice(at, at + 2) : (folded[at] ?? '');
    const next = folded[at + ch.length];
    at += ch.length;
    let kind = kindOf(ch);
    // Quotation marks separate words but do not end a clause: in 不说“加微信”, the
    // quote is what is not said.
    if (QUOTES.has(ch)) {
      kind = Kind.Space;
      const opens = OPENING.has(ch) || (ch === '"' && !asciiOpen);
      if (ch === '"') asciiOpen = !asciiOpen;
      if (opens) {
        // A quotation joined to a reported one by 或者 / or ("…"或者"…") is reported too.
        const joined = reportedEnd >= 0 && QUOTE_JOIN.test(folded.slice(reportedEnd, at - 1));
        reported = joined || othersSpeaking(folded, at - 1);
      } else if (CLOSING.has(ch) || ch === '"') {
        reportedEnd = reported ? at : -1;
        reported = false;
      }
    }
    // A single quotation mark opens someone else's words only after a verb of their saying
    // (你说'不归我管', you said 'not my department'); elsewhere it is mostly an apostrophe.
    if (ch === "'" || ch === '‘' || ch === '’') {
      const han =
        next !== undefined && next.charCodeAt(0) >= 0x3400 && next.charCodeAt(0) <= 0x9fff;
      if (singleReported && !isLatinLetter(next)) {
        singleReported = false;
        reported = false;
        reportedEnd = at;
      } else if (
        !singleReported &&
        !reported &&
        word === undefined &&
        (isLatinLetter(next) || han) &&
        othersSpeaking(folded, at - 1)
      ) {
        singleReported = true;
        reported = true;
      }
    }
    if ((ch === "'" || ch === '’') && kind === Kind.Break) kind = Kind.Space;
    // A hyphen inside a Latin compound (second-hand, follow-up, seven-day, 7-12)
    // parts its words but not the clause: "follow-up" is the words of "follow up".
    if (HYPHENS.has(ch) && word && isLatinWordChar(next)) kind = Kind.Space;
    // An apostrophe inside a Latin word (won't, customer's) keeps the word whole.
    if ((ch === "'" || ch === '’') && word && isLatinLetter(next)) kind = Kind.Word;
    if (kind === Kind.Space || kind === Kind.Newline || kind === Kind.Break) {
      gap += ch;
      if (kind === Kind.Newline) {
        line++;
        // A quotation left open ends with its line.
        reported = false;
        asciiOpen = false;
        singleReported = false;
      }
      // Spaces end a Latin word but not a clause; anything else ends both.
      if (kind !== Kind.Space) {
        if (!pendingBreak) listed = true;
        pendingBreak = length > 0;
        if (ch !== '、') listed = false;
      }
      if (kind === Kind.Newline || SENTENCE_END.has(ch)) pendingSentence = length > 0;
      word = undefined;
      continue;
    }
    if (pendingBreak) {
      openClause();
      word = undefined;
    }
    gap = '';
    let start: boolean;
    if (kind === Kind.Cjk) {
      start = true;
      word = undefined;
    } else if (word) {
      start = false;
      word.word += ch === '’' ? "'" : ch;
      word.end = length + ch.length;
    } else {
      start = true;
      word = { word: ch, start: length, end: length + ch.length };
      words.push(word);
    }
    if (start) units++;
    for (let i = 0; i < ch.length; i++) {
      if (reported) othersSpeech[length + i] = 1;
      clause[length + i] = clauseNo;
      unitStart[length + i] = start && i === 0 ? 1 : 0;
    }
    chars.push(ch === '’' ? "'" : ch);
    length += ch.length;
  }
  return {
    compact: chars.join(''),
    clause: clause.slice(0, length),
    clauseLine,
    clauseSentence,
    clauseListed: Uint8Array.from(clauseListed),
    clauseQuotedItem: Uint8Array.from(clauseQuotedItem),
    unitStart: unitStart.slice(0, length),
    othersSpeech: othersSpeech.slice(0, length),
    words,
    units,
  };
}

const HYPHENS = new Set(['-', '‐', '‑']);

function isLatinWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isLatinLetter(ch) || (code >= 0x30 && code <= 0x39);
}

function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
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
