/**
 * Checking a typed chat reply (pure): which service phrases it uses and which red flags it
 * shows, by the scorer's own rules. Each message's expected phrases become the key points of a
 * question made for it, written with the bank file's concepts (`@道歉`, `@核实` …) and resolved
 * by the bank's resolver, so a reply is judged exactly as an interview answer: a phrase inside
 * a negation ("我不会道歉") does not count, and the bank's red flags (taking the customer off
 * the platform, trading refunds for reviews …) apply as they do to every answer.
 */
import { messagesFor } from '../bank/messages.js';
import { resolveBank } from '../bank/resolve-bank.js';
import type { BankFile, Question, RedFlag, Section } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { scoreAnswer } from '../scoring/score-answer.js';
import type { CustomerMessage, PhraseId } from './customer-messages.js';

interface Phrase {
  readonly name: Readonly<Record<Lang, string>>;
  /** Terms, `@concept` for the bank file's (used only where the bank has the concept). */
  readonly terms: readonly string[];
  /**
   * Found as words anywhere, not by the scorer: a greeting or a thanks stands alone in its
   * clause ("您好，…"), which the scorer's clause rule rightly takes for a bare keyword.
   */
  readonly plain?: true;
}

/** Words of a greeting and of thanks are plain enough to list here; the rest are the bank's concepts. */
export const PHRASES: Readonly<Record<PhraseId, Phrase>> = {
  greeting: {
    name: { zh: '问候（您好）', en: 'a greeting' },
    terms: [
      '您好',
      '你好',
      '亲',
      '欢迎',
      'hello',
      'hi',
      'good morning',
      'good afternoon',
      'good evening',
      'thanks for contacting',
    ],
    plain: true,
  },
  apology: {
    name: { zh: '致歉', en: 'an apology' },
    terms: ['@道歉', '不便', 'sorry for the trouble'],
  },
  empathy: { name: { zh: '共情', en: 'empathy' }, terms: ['@共情'] },
  verify: {
    name: { zh: '核实信息（订单号等）', en: 'checking the facts (order number …)' },
    terms: ['@核实', '@证据'],
  },
  'follow-up': { name: { zh: '主动跟进', en: 'a follow-up' }, terms: ['@跟进'] },
  timeline: {
    name: { zh: '给出时间', en: 'a time frame' },
    terms: ['@时限', '马上', '立刻', 'right away', 'right now'],
  },
  thanks: {
    name: { zh: '致谢', en: 'thanks' },
    terms: ['感谢', '谢谢', '辛苦', 'thank you', 'thanks', 'appreciate'],
    plain: true,
  },
};

export interface ReplyCheck {
  /** Expected phrases found and missing, by their name in `lang`. */
  readonly found: readonly { id: PhraseId; name: string }[];
  readonly missing: readonly { id: PhraseId; name: string }[];
  /** Red flags shown: id, what is wrong (in `lang` where the bank says it), the words that showed it. */
  readonly redFlags: readonly { id: string; wrong: string; matched: readonly string[] }[];
}

/** The question a message's reply is judged against, its terms still unresolved. */
function replyQuestion(
  message: CustomerMessage,
  lang: Lang,
  concepts: BankFile['concepts'],
): Question {
  return {
    id: `reply-${message.id}`,
    prompt: message.text[lang],
    points: message.expects.length,
    // No time limit: a chat reply is judged on what it says, not on its length.
    time_limit: 0,
    // Its script decides which of a concept's terms count (Chinese or Latin).
    answer: message.model[lang],
    analysis: '',
    key_points: message.expects
      .filter((id) => !PHRASES[id].plain)
      .map((id) => ({
        point: id,
        keywords: PHRASES[id].terms.filter(
          (t) => !t.startsWith('@') || Object.hasOwn(concepts, t.slice(1)),
        ),
      })),
  };
}

const cache = new WeakMap<object, Map<string, Question>>();

/** The message's question resolved against `bankFile` (its concepts and red flags), cached. */
function resolvedQuestion(message: CustomerMessage, lang: Lang, bankFile: BankFile | undefined) {
  const key = bankFile ?? PHRASES;
  let byMessage = cache.get(key);
  if (!byMessage) {
    byMessage = new Map();
    cache.set(key, byMessage);
  }
  const id = `${lang}:${message.id}`;
  let question = byMessage.get(id);
  if (!question) {
    const section: Section = {
      id: 'typing-reply',
      order: 1,
      title: 'typing --reply',
      points: 1,
      time_limit: 0,
      questions: [replyQuestion(message, lang, bankFile?.concepts ?? {})],
      file: '(typing --reply)',
    };
    const { sections } = resolveBank([section], bankFile, messagesFor(lang), () => 1);
    question = sections[0]?.questions[0] as Question;
    byMessage.set(id, question);
  }
  return question;
}

/** Whether `text` has one of `terms`: Chinese as a substring, Latin as whole words (hi is not in this). */
function saysPlainly(text: string, terms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return terms.some((term) =>
    /[a-z]/.test(term)
      ? new RegExp(`(^|[^a-z])${term.replaceAll(' ', '\\s+')}($|[^a-z])`).test(lower)
      : lower.includes(term),
  );
}

const wrongIn = (flag: Pick<RedFlag, 'wrong' | 'translations'>, lang: Lang) =>
  flag.translations?.[lang]?.wrong ?? flag.wrong;

/** What a reply to `message` says and shows, judged with the bank file's concepts and red flags. */
export function checkReply(
  message: CustomerMessage,
  reply: string,
  lang: Lang,
  bankFile: BankFile | undefined,
): ReplyCheck {
  const question = resolvedQuestion(message, lang, bankFile);
  const grade = scoreAnswer(question, reply);
  const named = (id: PhraseId) => ({ id, name: PHRASES[id].name[lang] });
  const covered = new Set(grade.keyPoints.filter((k) => k.covered).map((k) => k.point));
  for (const id of message.expects)
    if (PHRASES[id].plain && saysPlainly(reply, PHRASES[id].terms)) covered.add(id);
  const flags = new Map((question.red_flags ?? []).map((f) => [f.id, f]));
  return {
    found: message.expects.filter((id) => covered.has(id)).map(named),
    missing: message.expects.filter((id) => !covered.has(id)).map(named),
    redFlags: (grade.flags ?? []).flatMap((f) =>
      f.code === 'red-flag'
        ? [{ id: f.id, wrong: wrongIn(flags.get(f.id) ?? f, lang), matched: f.matched }]
        : [],
    ),
  };
}
