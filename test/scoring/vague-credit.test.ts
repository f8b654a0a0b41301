import { describe, expect, it } from 'vitest';
import { gradeOn } from './shipped-scoring.js';

/**
 * Words a rambling answer says without making the point: a supervisor whose
 * saying is quoted as a lesson (not escalated to), "as customer service" (not
 * a private chat), 保护自己 (not protecting the host), the company's values
 * read about (not customer first), a sentence about the speaker's family or
 * hometown in which the speaker does nothing. Each beside a sentence that
 * does make the point. Sentences written for this test.
 */
const covered = (lang: 'zh' | 'en', id: string, index: number, text: string): boolean =>
  gradeOn(lang, id, text).keyPoints[index]?.covered === true;

const CASES: ['zh' | 'en', string, number, string, boolean][] = [
  ['zh', 'scenarios-4', 4, '我刚入行时，带我的主管常说，先把事办了再讲道理。', false],
  ['zh', 'scenarios-4', 4, '超出权限的部分，我会马上报给主管，请仓库加急。', true],
  [
    'en',
    'scenarios-4',
    4,
    'My first team lead always said the problem is the enemy, not the customer.',
    false,
  ],
  [
    'en',
    'scenarios-4',
    4,
    'Whatever I cannot approve, I escalate to my team lead right away.',
    true,
  ],
  ['en', 'scenarios-2', 1, 'As customer service, I try to keep the whole room friendly.', false],
  [
    'en',
    'scenarios-2',
    1,
    'I ask the viewer to message customer service so we can sort it out.',
    true,
  ],
  ['zh', 'scenarios-2', 4, '在网上每个人都要学会保护自己的情绪。', false],
  ['zh', 'scenarios-2', 4, '我会私信主播提个醒，先保护好主播，让她接着讲。', true],
  ['zh', 'self-intro-2', 0, '我读过一些讲公司文化和价值观的文章，觉得很有激情。', false],
  ['zh', 'self-intro-2', 0, '我认同客户第一，愿意把客户放在前面。', true],
  [
    'en',
    'self-intro-2',
    0,
    "I've read a few articles about the company's values and culture.",
    false,
  ],
  ['en', 'self-intro-2', 0, 'I believe in putting the customer first in every decision.', true],
  // The face the company shows is not the customer's voice carried back.
  ['zh', 'self-intro-3', 4, '每一次服务都是和客户的一次连接，我们就是公司的门面。', false],
  ['zh', 'self-intro-3', 4, '我把客户反复提的问题汇总后反馈给了产品。', true],
  [
    'en',
    'self-intro-3',
    4,
    'We are the face of the company and every chat connects us to people.',
    false,
  ],
  [
    'en',
    'self-intro-3',
    4,
    'I compiled the complaints and fed them back to the product team.',
    true,
  ],
  // The speaker's private life, in which the speaker does nothing.
  ['zh', 'self-intro-2', 1, '我们家每年都等双十一，我妈一早就把购物车塞满了。', false],
  ['zh', 'self-intro-2', 1, '双十一那天我一个人同时接几十个咨询，量特别大。', true],
  [
    'en',
    'industry-region-4',
    5,
    'In my hometown parcels used to take a week, and now things are improving.',
    false,
  ],
  [
    'en',
    'industry-region-4',
    5,
    'I would feed back to operations so the page shows delivery times by region.',
    true,
  ],
  ['zh', 'self-intro-1', 2, '去年我帮我爸看店，有一次顾客买错了尺码，我帮他换了。', true],
];

describe('a point is made by its act, not by a word around it', () => {
  it.each(CASES)('(%s) %s #%i: %s → %s', (lang, id, index, text, expected) => {
    expect(covered(lang, id, index, text)).toBe(expected);
  });
});
