import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * Kinds of wrong act the seventh blind set's traps showed uncaught, each in
 * sentences written for this test (other phrasings a candidate might use,
 * not the fixtures' words), scored against the shipped bank on the question
 * named. `null`: the sentence names the act without doing it and must show
 * no red flag.
 */
const base = await loadBank(defaultBankPath(), { lang: 'en' });
const contexts = {
  zh: scoringContext(localizeBank(base, 'zh')),
  en: scoringContext(localizeBank(base, 'en')),
};

function redFlags(lang: 'zh' | 'en', id: string, text: string): string[] {
  const context = contexts[lang];
  const question = context.questions?.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return scoreAnswer(question, text, context)
    .flags.filter((f) => f.code === 'red-flag')
    .map((f) => (f.code === 'red-flag' ? f.id : ''));
}

type Row = ['zh' | 'en', string, string, string | null];

const REVIEWS_AND_CLAIMS: Row[] = [
  // Money for a changed review, the act told as done, further apart in English.
  ['zh', 'self-intro-3', '我给她发了二十块红包，请她把评价改成五星。', 'review-manipulation'],
  [
    'en',
    'self-intro-3',
    'I gave her a 10-yuan voucher so she would change the review to five stars.',
    'review-manipulation',
  ],
  [
    'en',
    'industry-region-3',
    'Send us a screenshot of your review and get 5 yuan back.',
    'review-manipulation',
  ],
  ['zh', 'industry-region-3', '好评截图发给客服，立返三元红包。', 'review-manipulation'],
  // Asking the customer to change an address is no wording replaced, and no flag.
  ['zh', 'scenarios-3', '我会请他把收货地址改成新的，再帮他核对一遍。', null],
  // Off the platform, told in the past, or into a chat group of one's own.
  ['zh', 'self-intro-3', '后来我加了顾客的微信，有事直接找我。', 'off-platform'],
  ['zh', 'self-intro-3', '我把她拉进我们店的微信群，上新了先通知她。', 'off-platform'],
  [
    'en',
    'self-intro-3',
    'I added her to our WeChat group so she hears about new stock first.',
    'off-platform',
  ],
  // Banned livestream claims, and the same claims named as examples of what the law forbids.
  [
    'en',
    'industry-region-3',
    'Tell viewers it is 100% effective and the cheapest anywhere.',
    'banned-claims',
  ],
  [
    'en',
    'industry-region-3',
    'Claims like "lowest price anywhere" or "100% effective" break the advertising law, so we never use them.',
    null,
  ],
];

describe('red flags: kinds the seventh set showed', () => {
  it.each(REVIEWS_AND_CLAIMS)('(%s, %s) %s → %s', (lang, id, text, flag) => {
    const found = redFlags(lang, id, text);
    if (flag === null) expect(found).toEqual([]);
    else expect(found).toContain(flag);
  });
});
