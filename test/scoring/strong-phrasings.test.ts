import { describe, expect, it } from 'vitest';
import { gradeOn } from './shipped-scoring.js';

/**
 * How candidates say a key point in words the bank did not list at first:
 * a career path for growth, "a customer bought…" and "two months later" for a
 * story, "that's our failure" for an apology, "before 4 p.m." for a time, a
 * team meeting to prevent a repeat, "eight hours behind" for a time zone,
 * "normally takes" for an estimate, "consistently" for one answer, "who
 * loses more", "our lead", "both times", 几亿用户, 宝宝们 and others. Sentences
 * written for this test; each point is judged in its own question.
 */
const point = (lang: 'zh' | 'en', id: string, index: number, text: string) =>
  gradeOn(lang, id, text).keyPoints[index];

const SAID: ['zh' | 'en', string, number, string][] = [
  ['zh', 'self-intro-2', 5, '这里的职业发展很清楚，做几年可以转去做培训。'],
  ['en', 'self-intro-2', 5, 'There is a clear career path from the front line into quality work.'],
  ['en', 'self-intro-3', 1, 'A customer ordered a kettle for her mother, and it arrived dented.'],
  ['zh', 'self-intro-3', 1, '一位顾客买了电热毯，用了一周就不热了，我帮他换了新的。'],
  ['en', 'scenarios-4', 1, 'I told him plainly that this was our failure and that I would fix it.'],
  ['en', 'scenarios-4', 3, "I said I would message him with the result before 5 o'clock today."],
  ['zh', 'communication-4', 3, '这类错大家都容易犯，我会在周会上拿出来讲，不提名字。'],
  [
    'en',
    'communication-4',
    3,
    'If several of us get it wrong, I would bring it up at the weekly meeting.',
  ],
  ['zh', 'industry-region-2', 0, '我会先弄清楚客户那边比北京晚几个小时，比如德国冬天晚七个小时。'],
  ['en', 'industry-region-2', 0, 'I keep in mind that São Paulo is eleven hours behind us.'],
  [
    'en',
    'industry-region-4',
    3,
    'I tell her that this route normally takes a week, so it should be there by Friday.',
  ],
  ['zh', 'industry-region-4', 3, '我会告诉他这条线路正常要五六天，周五前应该能到。'],
  ['en', 'scenarios-5', 4, 'I treat both of them consistently, under the same standard.'],
  ['zh', 'scenarios-5', 4, '两位客户按同一标准处理，谁也不多给、不少给。'],
  ['en', 'scenarios-5', 4, 'We settle on one standard fix, so both get the same outcome.'],
  ['en', 'scenarios-5', 2, 'I ask who loses more by waiting and who is at risk.'],
  ['en', 'communication-3', 1, 'Whatever has a deadline in the next hour goes first.'],
  ['en', 'communication-3', 3, 'If neither is mine to solve, I ask our lead to step in.'],
  ['en', 'communication-3', 4, 'Afterwards I add the common question to the shared notes.'],
  ['en', 'industry-region-2', 1, 'In every email I give both times, Beijing and Lima.'],
  ['en', 'industry-region-3', 3, 'Anything the host says must be something we can back up.'],
  ['zh', 'industry-region-3', 1, '宝宝们晚上好，欢迎来到直播间。'],
  ['zh', 'self-intro-2', 1, '平台面对的是几亿用户，量级完全不同。'],
  ['zh', 'self-intro-2', 2, '我看重的是这里的业务广度，淘宝、闲鱼、国际站都有。'],
  ['en', 'self-intro-2', 5, "A job where fairness matters is what I'm looking for."],
  ['zh', 'self-intro-1', 1, '遇到客户发火我能稳住，不顶回去，新东西也学得快。'],
  [
    'en',
    'industry-region-3',
    4,
    "If a product doesn't support seven-day returns, the host has to say so.",
  ],
  ['en', 'industry-region-3', 5, 'Any complaint, I take it out of the public comments at once.'],
  ['en', 'scenarios-4', 0, 'Before replying I went through the previous chats on his order.'],
  ['en', 'scenarios-4', 5, "I'll message you as soon as the courier has it."],
];

describe('a key point said in the words candidates use', () => {
  it.each(SAID)('(%s) %s #%i: %s', (lang, id, index, text) => {
    expect(point(lang, id, index, text)?.covered).toBe(true);
  });
});

/** The same words where they do not make the point. */
const NOT_SAID: ['zh' | 'en', string, number, string][] = [
  ['en', 'scenarios-4', 1, "I won't say it was our failure, the courier lost it."],
  ['en', 'industry-region-2', 0, 'I reply when I can, whatever the hour is there.'],
];

describe('…and not where the words are missing or refused', () => {
  it.each(NOT_SAID)('(%s) %s #%i: %s', (lang, id, index, text) => {
    expect(point(lang, id, index, text)?.covered).toBe(false);
  });
});
