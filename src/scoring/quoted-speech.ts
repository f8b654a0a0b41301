import { isLatinLetter } from './char-kinds.js';

/**
 * Which quotations in an answer are someone else's words (有人说“加个微信呗”,
 * the customer said "you people…") or a temptation told as a weakness
 * (我可能就想说“肯定给您退”), followed mark by mark as the cutter
 * (answer-text.ts) reads the text.
 */

const QUOTE_JOIN = /^\s*(?:或者|或是|或|还是|和|、|[,，]|or|and)?\s*$/;
export const QUOTES = new Set(['“', '”', '"', '「', '」', '『', '』', '《', '》', '‘']);
const OPENING = new Set(['“', '「', '『']);
const CLOSING = new Set(['”', '」', '』']);

/**
 * What comes right before a quotation another person says: a third party
 * and a verb of saying, with no 我 between (我跟他说 and 对他说 are the
 * speaker's own words), or in English "someone says", "he opened with".
 */
// Not after 教 (我会教他先回一句“…”): words the speaker coaches someone to say are the speaker's.
// Not 他的/她的 (进到他的会话里接过来，跟客户说“…”): a possessive is no one speaking.
const ZH_OTHERS_SAY =
  /(?<![对跟和给向诉教])(?:客户|顾客|买家|卖家|观众|网友|粉丝|对方|有人|他(?!的)|她(?!的)|同事|主播|商家|新人|客服|店员|骗子|前辈|组长|主管|老员工|同行)[^。！？；我]{0,16}(?:说|问|讲|喊|骂|吼|嚷|留言|评论|发来|打字|来了?一句|回了?一?句|回复|回答|答复|开口就是?)[：:，,\s]*$/;
const EN_OTHERS_SAY =
  /\b(?:he|she|they|someone|somebody|customers?|buyers?|viewers?|clients?|guy|man|woman|lady|callers?|person|people|colleagues?|coworkers?|co-workers?|agents?|reps?|sellers?|staff|scammers?|managers?|trainees?|moderators?|hosts?|streamers?|teammates?|newcomers?)\b(?:(?!\b(?:i|we)\b)[^.!?;"“]){0,60}?\b(?:says|said|asks|asked|writes|wrote|types|typed|yells|yelled|shouts|shouted|goes|went|messages|messaged|comments|commented|posts|posted|opened with|opens with|demands|demanded|replied|replies|answered|answers|(?:told|tells|telling|(?:replied|said|wrote|answered|responded)\s+to)(?:\s+(?:him|her|them|the\s+\w+|a\s+\w+|an\s+\w+|one\s+\w+|\w+))?)[\s:,]*$/i;

/**
 * Words others write, named by their kind before the quotation: "comments
 * like "add me on WeChat?"", "questions such as "…"", or received: "we got
 * "can I pay you directly?" every show". Not messages or lines, which the
 * speaker may send too.
 */
const EN_OTHERS_WORDS =
  /\b(?:(?:comments|questions|requests|complaints)\s+(?:like|such\s+as)|(?:we|i)\s+(?:got|get|kept\s+getting|would\s+get|received|receive|hear|heard)(?:\s+(?:a\s+lot\s+of|lots\s+of|plenty\s+of))?)[\s:,]*$/i;

/**
 * The addressee's own words, quoted back to them ("你刚才说'不归我管'",
 * you said 'not my department'), and a speaker's label before a line of
 * dialogue (客户A：“…”, Customer one: "…"): someone else's words too; not
 * the speaker's own line to them (跟客户讲：“…”).
 */
const ZH_YOU_SAID =
  /(?<![对跟和给向诉让叫请])(?:你|您)(?:刚才|当时|之前|上次)?(?:说|讲|回了?一?句)[：:，,\s]*$/;
const EN_YOU_SAID =
  /\byou\s+(?:just\s+|then\s+)?(?:said|replied|wrote|answered|told\s+(?:him|her|them|the\s+\w+|a\s+\w+))[\s:,]*$/i;
// Not after 回/复/问 (我就回复客户：“…”): the speaker's line to the customer, not the customer's.
const ZH_LABEL =
  /(?<![对跟和给向诉回复问])(?:客户|顾客|买家|观众|网友|粉丝|对方|弹幕)[^。！？；我，,：:\s]{0,3}[：:]\s*$/;
const EN_LABEL =
  /(?:^|[\s.,;"“])(?<!\b(?:with|to|tell|told|tells|ask|asked|asks|remind|reminded|reply|replied|answer|answered)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|my\s+|our\s+)?)(?:customer|buyer|viewer|caller|client|shopper)s?(?:\s+(?:one|two|three|four|a|b|c|\d+))?\s*:\s*$/i;

/**
 * What comes right before words the speaker is tempted to say or used to
 * say, told as the weakness or the mistake (我可能就想说“肯定给您退”, 刚开始我
 * 习惯在弹幕里回“…”, my first instinct was to say "…"): told about, not advised. A habit, not
 * a step: 一开始我会说“…” is how a chat opens, the speaker's own line.
 */
const ZH_TEMPTED_SAY =
  /(?:(?:刚开始|一开始|起初|刚入行(?:的)?时候?)我?(?:习惯|总是|老是|常常)[^。！？；“”]{0,12}(?:说|回|讲|回复)|可能就?想说|可能会想说|会忍不住说|忍不住想?说|差点就?说|恨不得说|第一反应是?说|本能地?想说|以前会说|以前总说|以前常说|过去会说|那时候会说|想说|差点说|容易说|脱口而出|差点脱口)[：:，,\s]*$/;
/** What someone was heard saying (我听到旁边的小周跟客户说：“…”): another's words, by any name. */
const ZH_HEARD_SAY = /(?:听到|听见)[^。！？；我]{1,20}(?:说|讲|回了?一?句|回复)[：:，,\s]*$/;
/** What someone was heard saying ("I heard Zhou, next to me, tell a caller, "…""): another's words, by any name. */
const EN_HEARD_SAY =
  /\b(?:heard|overheard)\s+(?!myself\b)[^.!?;"“]{1,60}?\b(?:tell|telling|say|saying)(?:\s+(?:him|her|them|the\s+\w+|a\s+\w+|an\s+\w+))?[\s:,]*$/i;
const EN_TEMPTED_SAY =
  /\b(?:tempted to say|want to say|wanted to say|used to say|would have said|instinct (?:is|was) to say|almost said|nearly said|urge to say)[\s:,]*$/i;

/**
 * What an agent can or should say, the role named bare (阿里客服可以直接跟买家说“…”, 客服
 * 应该回复“…”): the line the speaker advises for the job they are applying to, not words
 * some other person said. Not a role with a quantifier or a pointer (有的客服, 那个客服),
 * which is people, nor 会 (客服会说), which tells a habit.
 */
// The pointer is looked for before the role and before its prefix: the match may start at
// 客服 itself, and 有的淘宝客服 is people too.
const ZH_ROLE_ADVISED =
  /(?<!(?:有的|有些|很多|不少|一些|个别|别的|其他的?|其它的?|另一个|另一位|那个|这个|那位|这位|新来的|隔壁的?)(?:阿里|平台|我们|咱们|淘宝|天猫)?的?)(?:(?:阿里|平台|我们|咱们|淘宝|天猫)的?)?(?:客服|小二)(?:就|也|都)?(?:可以|应该|应当|要|得|需要|就得)[^。！？；我]{0,16}(?:说|讲|回复|答复|回)[：:，,\s]*$/;

/** Whether the quotation opening at `at` in `text` is someone else speaking, or a temptation told. */
function othersSpeaking(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  if (ZH_ROLE_ADVISED.test(before)) return false;
  return (
    ZH_OTHERS_SAY.test(before) ||
    EN_OTHERS_SAY.test(before) ||
    EN_OTHERS_WORDS.test(before) ||
    EN_HEARD_SAY.test(before) ||
    ZH_HEARD_SAY.test(before) ||
    ZH_YOU_SAID.test(before) ||
    EN_YOU_SAID.test(before) ||
    ZH_LABEL.test(before) ||
    EN_LABEL.test(before) ||
    ZH_TEMPTED_SAY.test(before) ||
    EN_TEMPTED_SAY.test(before)
  );
}

/** Whether the cutter is inside someone else's words, updated at each quotation mark. */
export class QuotedSpeech {
  /** Inside a quotation someone else says; an ASCII quote opens and closes it in turn. */
  reported = false;
  private asciiOpen = false;
  private singleReported = false;
  /** Where the last reported quotation closed (-1: the last one was the speaker's own). */
  private reportedEnd = -1;
  /**
   * The number of the quotation being read, whoever says it (0: none), so that a negation
   * inside one ("item not received", “未收到货”) can end at its closing mark.
   */
  quoteNo = 0;
  private quotesSeen = 0;
  /** The quotation a single-quoted one sits in ("…'not my job'…"), back when it closes. */
  private outerNo = 0;
  private singleOpen = false;

  constructor(private readonly text: string) {}

  /** A double quotation mark or a book-title mark `ch` (one of `QUOTES`) of the text read, ending at `at`. */
  quotation(ch: string, at: number): void {
    const opens = OPENING.has(ch) || (ch === '"' && !this.asciiOpen);
    if (ch === '"') this.asciiOpen = !this.asciiOpen;
    if (opens) this.quoteNo = ++this.quotesSeen;
    else if (CLOSING.has(ch) || ch === '"') this.quoteNo = 0;
    if (opens) {
      // A quotation joined to a reported one by 或者 / or ("…"或者"…") is reported too.
      const joined =
        this.reportedEnd >= 0 && QUOTE_JOIN.test(this.text.slice(this.reportedEnd, at - 1));
      this.reported = joined || othersSpeaking(this.text, at - 1);
    } else if (CLOSING.has(ch) || ch === '"') {
      this.reportedEnd = this.reported ? at : -1;
      this.reported = false;
    }
  }

  /**
   * A single quotation mark (' ‘ ’) read, ending at `at`, `next` the character after it;
   * `inWord` when a Latin word runs up to it. It opens someone else's words only after a
   * verb of their saying (你说'不归我管', you said 'not my department'); elsewhere it is
   * mostly an apostrophe.
   */
  single(ch: string, next: string | undefined, at: number, inWord: boolean): void {
    const han = next !== undefined && next.charCodeAt(0) >= 0x3400 && next.charCodeAt(0) <= 0x9fff;
    this.numberSingle(ch, inWord, isLatinLetter(next) || han);
    if (this.singleReported && !isLatinLetter(next)) {
      this.singleReported = false;
      this.reported = false;
      this.reportedEnd = at;
    } else if (
      !this.singleReported &&
      !this.reported &&
      !inWord &&
      (isLatinLetter(next) || han) &&
      othersSpeaking(this.text, at - 1)
    ) {
      this.singleReported = true;
      this.reported = true;
    }
  }

  /**
   * Numbers a single-quoted wording: ‘ or ' not inside a word opens one before a letter;
   * ’ or ' closes it unless it is an apostrophe inside a word (won't).
   */
  private numberSingle(ch: string, inWord: boolean, letterNext: boolean): void {
    if (this.singleOpen) {
      if (ch === '‘' || (inWord && letterNext)) return;
      this.singleOpen = false;
      this.quoteNo = this.outerNo;
    } else if (ch !== '’' && !inWord && letterNext) {
      this.singleOpen = true;
      this.outerNo = this.quoteNo;
      this.quoteNo = ++this.quotesSeen;
    }
  }

  /** A line break: a quotation left open ends with its line. */
  lineEnd(): void {
    this.quoteNo = 0;
    this.singleOpen = false;
    this.reported = false;
    this.asciiOpen = false;
    this.singleReported = false;
  }
}

/**
 * A clause that opens with what someone else said, unquoted (你刚才说让客户自己出, 同事说运费要客户自己付):
 * their words, from the verb to the clause's end, or up to a 我 (他说什么我都答应 is the speaker's
 * promise).
 */
const ZH_REPORTED_CLAUSE =
  /^(?:你|您|他|她|同事|新人|对方|客户|顾客|买家)(?:刚才|刚刚|当时|之前|上次|一开始)?(?:说的是|讲的是|说|讲)(?![：:“"「『])/;

/** Marks in `others` each clause of `compact` (numbered by `clause`) that reports another's words unquoted. */
export function markReportedClauses(
  compact: string,
  clause: Int32Array,
  others: Uint8Array,
  length: number,
): void {
  for (let start = 0; start < length; ) {
    let end = start + 1;
    while (end < length && clause[end] === clause[start]) end++;
    const opening = ZH_REPORTED_CLAUSE.exec(compact.slice(start, Math.min(end, start + 12)));
    if (opening) {
      for (let i = start + opening[0].length; i < end && compact[i] !== '我'; i++) others[i] = 1;
    }
    start = end;
  }
}
