import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import type { Lang } from '../../src/lang.js';
import { attributingOpening } from '../../src/lint/follow-up-premise.js';
import { planSession } from '../../src/session/plan.js';
import { type AnswerInput, runSession, type SessionIO } from '../../src/session/run-session.js';

/**
 * A self-introduction a user gave in `practice`: no example of calming a
 * customer, no team ranking. It was followed by "你说自己能稳住客户情绪。
 * 能讲一次你没处理好的经历吗？", a claim the answer never made.
 */
const ANSWERS: Record<Lang, string> = {
  zh: '面试官您好，我叫小王，做过两年淘宝店铺客服，日均接待两百位顾客。我擅长倾听，能用数据说话：满意度从92%提到98%。我想来阿里是因为想在更大的平台成长。',
  en: "Hello, I'm Xiao Wang. I spent two years in customer service for a Taobao shop, serving about two hundred customers a day. I'm a good listener and I let figures speak: satisfaction went from 92% to 98%. I want to join Alibaba to grow on a bigger platform.",
};

/**
 * What a prompt says the answer said: after each sentence's attributing
 * opening ("你说", "You say"…), the words up to the next pause.
 */
function claims(prompt: string): string[] {
  return prompt.split(/(?<=[。？！；：.?!;:])\s*/).flatMap((sentence) => {
    const opening = attributingOpening(sentence);
    if (opening === undefined) return [];
    return [
      sentence
        .slice(opening.length)
        .split(/[，。？！；：,.?!;:]/)[0]
        ?.trim() ?? '',
    ];
  });
}

async function followUpsAsked(lang: Lang, answer: string) {
  const bank = localizeBank(await loadBank(defaultBankPath(), { lang }), lang);
  const section = bank.sections.find((s) => s.id === 'self-intro');
  const question = section?.questions.find((q) => q.id === 'self-intro-1');
  if (section === undefined || question === undefined) throw new Error('self-intro-1 is gone');
  const plan = planSession([{ ...section, questions: [question] }]);
  const asked: { id: string; prompt: string }[] = [];
  const reply: AnswerInput = { text: '', timedOut: false, elapsedMs: 1000 };
  const io: SessionIO = {
    showQuestion: () => {},
    ask: async () => ({ text: answer, timedOut: false, elapsedMs: 60_000 }),
    askFollowUp: async (_item, followUp) => {
      asked.push({ id: followUp.id, prompt: followUp.prompt });
      return reply;
    },
    onFollowUp: () => {},
    showFeedback: () => {},
    next: async () => {},
    isInterrupt: () => false,
  };
  await runSession(plan, io);
  return asked;
}

describe('a follow-up after an answer that missed its point', () => {
  it.each(['zh', 'en'] as const)('claims nothing the answer did not say (%s)', async (lang) => {
    const answer = ANSWERS[lang];
    const asked = await followUpsAsked(lang, answer);
    // The follow-up the user met: asked because the answer gave no example.
    expect(asked.map((f) => f.id)).toContain('self-intro-1-fu-1');
    const normalized = (s: string) => s.toLowerCase().replace(/\s+/g, '');
    const unsaid = asked.flatMap((f) =>
      claims(f.prompt).filter((c) => !normalized(answer).includes(normalized(c))),
    );
    expect(unsaid).toEqual([]);
  });

  it('would catch the prompt the user met', () => {
    // The check above is not empty-handed: the old prompt claims words the answer lacks.
    expect(claims('你说自己能稳住客户情绪。能讲一次你没处理好的经历吗？')).toEqual([
      '自己能稳住客户情绪',
    ]);
    expect(claims('Fine. You say you can keep customers calm. Can you tell me more?')).toEqual([
      'you can keep customers calm',
    ]);
  });
});
