import { describe, expect, it } from 'vitest';
import { type Row, redFlagsOn } from './shipped-scoring.js';

/**
 * Kinds of wrong act the twelfth blind set's traps showed uncaught, in
 * sentences written for this test (not the fixtures' words), scored on the
 * question named. `null`: the right act, or the wrong one heard from someone
 * else, which must show no red flag.
 */
const TWELFTH: Row[] = [
  ['zh', 'industry-region-2', '我不会道歉，道歉就等于承认我们错了。', 'refuses-basics'],
  ['en', 'industry-region-2', "I won't apologise, since it isn't our fault.", 'refuses-basics'],
  ['zh', 'industry-region-2', '道歉不等于承认责任，我会先道歉再查原因。', null],
  ['zh', 'scenarios-4', '主管的私人电话给您，有事直接打。', 'off-platform'],
  [
    'en',
    'communication-2',
    "Change it to five stars and I'll transfer you ten yuan.",
    'review-manipulation',
  ],
  ['en', 'communication-3', "I'd send her my username and password.", 'shares-account'],
  ['zh', 'communication-3', '权限不够就用我的账号登录。', 'shares-account'],
  ['zh', 'scenarios-5', '订单和照片我都不会去查，直接退款。', 'refund-unchecked'],
  ['en', 'communication-3', "Don't bother checking, just refund it.", 'refund-unchecked'],
  ['en', 'scenarios-5', "Once I've verified the photos, I just click refund.", null],
  ['zh', 'scenarios-5', '金额高的客户我会优先处理。', 'favours-in-queue'],
  ['zh', 'scenarios-5', '我按问题的紧急程度排，不看订单金额高低。', null],
  ['zh', 'industry-region-4', '您那边经济比较落后，慢是正常的。', 'blames-accent-or-region'],
  ['zh', 'scenarios-4', '我保证两个小时之内一定给您解决。', 'promises-unconfirmed'],
  ['zh', 'scenarios-4', '这两百块我个人赔您，算我的。', 'promise-beyond-authority'],
  ['zh', 'self-intro-3', '隔壁楼的张姐也买过，她的电话我可以发给您。', 'other-customer-data'],
  [
    'en',
    'self-intro-3',
    'I can give you his phone number so you can ask him.',
    'other-customer-data',
  ],
  ['zh', 'self-intro-3', '我会把您的电话发给快递员，方便派送。', null],
  ['zh', 'scenarios-1', '退货可以，但运费需要您自己承担。', 'shipping-on-customer'],
  ['zh', 'scenarios-1', '描述不符的退货，运费由我们承担。', null],
  // The speaker's own line to the customer is no customer's line (跟客户讲：“…”).
  ['zh', 'industry-region-4', '我会跟客户讲：“您那边经济比较落后。”', 'blames-accent-or-region'],
  // A wrong rule heard from a colleague, corrected, is no rule made up.
  ['zh', 'communication-4', '我听到同桌的小李跟客户说：“拆封了就不能退。”我马上私下提醒他。', null],
  [
    'en',
    'communication-4',
    'I overheard Li at the next desk tell a buyer, "Opened items can\'t be returned," so I messaged him.',
    null,
  ],
];

describe('red flags: kinds the twelfth set showed', () => {
  it.each(TWELFTH)('(%s, %s) %s → %s', (lang, id, text, flag) => {
    const found = redFlagsOn(lang, id, text);
    if (flag === null) expect(found).toEqual([]);
    else expect(found).toContain(flag);
  });
});
