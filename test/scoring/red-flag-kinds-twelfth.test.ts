import { describeRedFlagRows, type Row } from './shipped-scoring.js';

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

/** The ninth set's traps that its own signs still missed, in other words. */
const NINTH_MORE: Row[] = [
  ['zh', 'communication-1', '我会把他的语音转发给会说方言的表哥听一下。', 'other-customer-data'],
  ['zh', 'communication-1', '我会把语音转给懂方言的同事，请他帮忙听。', null],
  [
    'en',
    'communication-1',
    "I'd play the voice message to my cousin on my phone.",
    'other-customer-data',
  ],
  [
    'en',
    'communication-1',
    "Sorry, I can't understand your accent, could you type it?",
    'blames-accent-or-region',
  ],
  ['en', 'communication-1', "If I can't make out a word, I ask about just that word.", null],
  ['zh', 'scenarios-1', '趁平台核查前，让运营把详情页描述改掉。', 'hides-evidence'],
  [
    'en',
    'scenarios-1',
    "I'd fix the listing first so the page the reviewer sees matches.",
    'hides-evidence',
  ],
  ['zh', 'scenarios-1', '纠纷按交易快照判，我会先处理这一单，再请运营修改详情页。', null],
  ['zh', 'scenarios-2', '我会让主播把他的评论置顶，念出他的昵称。', 'shames-customer'],
  ['en', 'scenarios-2', "I'd pin his comment so the whole room sees who he is.", 'shames-customer'],
  ['en', 'scenarios-2', "I'd pin a reminder of the room rules and mute the account.", null],
  ['zh', 'scenarios-2', '我会置顶一条直播间规则，再把他禁言。', null],
];

describeRedFlagRows('red flags: kinds the twelfth set showed, and the ninth set still missed', [
  ...TWELFTH,
  ...NINTH_MORE,
]);
