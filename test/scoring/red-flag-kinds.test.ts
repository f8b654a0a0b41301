import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Kinds of wrong act the seventh blind set's traps showed uncaught, each in
 * sentences written for this test (other phrasings a candidate might use,
 * not the fixtures' words), scored on the question named. `null`: the
 * sentence names the act without doing it and must show no red flag.
 */
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

const COVER_UPS_AND_OWN_MONEY: Row[] = [
  // A mistake kept from the lead, records changed so a check finds nothing, a complaint not logged.
  [
    'zh',
    'communication-4',
    '小王发错了货，我帮他把工单备注删掉了，这样质检查不出来。',
    'covers-up',
  ],
  ['zh', 'communication-4', '这事我不跟主管说，省得他挨批评。', 'covers-up'],
  ['zh', 'scenarios-4', '客户投诉的事我不会登记，也不会告诉组长。', 'covers-up'],
  [
    'en',
    'communication-4',
    "I'd quietly change the notes on that case so QA doesn't flag it.",
    'covers-up',
  ],
  ['en', 'scenarios-4', "That complaint? I wouldn't log it at all.", 'covers-up'],
  [
    'en',
    'communication-4',
    "I wouldn't tell my supervisor, so he doesn't get in trouble.",
    'covers-up',
  ],
  ['zh', 'communication-4', '出错的那条记录我会删掉，省得麻烦。', 'covers-up'],
  ['zh', 'communication-4', '这事就当没发生过，谁也别说。', 'covers-up'],
  ['zh', 'scenarios-4', '投诉我就不录进系统了。', 'covers-up'],
  ['en', 'communication-4', "We'd just pretend it never happened.", 'covers-up'],
  ['en', 'scenarios-4', "I'd keep the complaint out of the system.", 'covers-up'],
  ['zh', 'scenarios-4', '我会先把他的火气压下来，再查订单。', null],
  ['zh', 'communication-4', '不能当没发生过，我会如实上报。', null],
  // Not going to the lead at once, or keeping private data out of a note, is no cover-up.
  ['zh', 'communication-4', '小问题我不会一发现就告诉主管，先私下提醒他。', null],
  [
    'en',
    'communication-4',
    "I wouldn't go straight to the supervisor; I'd talk to my colleague first.",
    null,
  ],
  ['zh', 'scenarios-4', '客户的手机号我不会写进工单备注。', null],
  // The agent's own money.
  ['zh', 'scenarios-4', '我自掏腰包给他补了二十块。', 'pays-own-money'],
  ['zh', 'scenarios-4', '实在不行我就用自己的支付宝转给他五十。', 'pays-own-money'],
  [
    'en',
    'scenarios-4',
    "I'd pay the difference out of my own pocket to keep him happy.",
    'pays-own-money',
  ],
  [
    'en',
    'industry-region-4',
    "I'd personally refund the shipping to calm her down.",
    'pays-own-money',
  ],
  ['zh', 'scenarios-4', '差价我自己补给他，反正也没多少钱。', 'pays-own-money'],
  ['en', 'scenarios-4', "I'd cover the difference myself with a transfer.", 'pays-own-money'],
  ['en', 'communication-3', "I'd log in to my own account, never a colleague's.", null],
  ['zh', 'scenarios-4', '我个人的建议是先申请退货退款。', null],
  ['zh', 'scenarios-4', '我绝不会自掏腰包私下补偿，补偿都按规则走订单。', null],
  ['en', 'scenarios-1', 'The refund goes back to your Alipay, the way you paid.', null],
];

const UNTRUE_AND_UNCHECKED: Row[] = [
  // Telling the customer what is not true.
  ['zh', 'scenarios-4', '我会先骗他说已经发货了，明天再去仓库催。', 'lies-to-customer'],
  ['zh', 'industry-region-4', '我就随便编个理由，说是暴雨耽误了。', 'lies-to-customer'],
  ['zh', 'industry-region-4', '快递那边我会说已经联系过了，其实不用真打电话。', 'lies-to-customer'],
  ['zh', 'communication-4', '我跟客户说那个同事是临时工，已经被开除了。', 'lies-to-customer'],
  ['en', 'scenarios-4', "I'd tell her it has shipped even though it hasn't.", 'lies-to-customer'],
  [
    'en',
    'industry-region-4',
    "If I don't know the date, I just make up a delivery date.",
    'lies-to-customer',
  ],
  ['en', 'industry-region-4', "I'd pretend I checked with the warehouse.", 'lies-to-customer'],
  [
    'en',
    'industry-region-2',
    'At night the bot answers whatever they ask with something positive, like "refund approved".',
    'lies-to-customer',
  ],
  ['zh', 'scenarios-4', '我会告诉他已经在处理了，其实我还没提交。', 'lies-to-customer'],
  [
    'en',
    'scenarios-4',
    "I'd say it's been escalated even though I haven't sent it yet.",
    'lies-to-customer',
  ],
  ['zh', 'scenarios-4', '我绝不会骗客户说已经发货，查不到就如实说，并约好回复时间。', null],
  [
    'en',
    'industry-region-4',
    'I never make up a delivery date; I tell them what the tracking shows.',
    null,
  ],
  ['zh', 'scenarios-4', '先安抚情绪，再真正解决问题。', null],
  [
    'en',
    'industry-region-2',
    "Whatever they ask at night, the auto-reply says we'll answer by 9 a.m. Beijing time.",
    null,
  ],
  // A refund with the evidence waived, and a multiple of the price guaranteed.
  ['zh', 'scenarios-1', '我直接给他退款，不用他拍照。', 'refund-unchecked'],
  ['zh', 'scenarios-1', '退款马上办，也不用等商家核实。', 'refund-unchecked'],
  ['zh', 'scenarios-1', '您之前发的照片我看到了，不用您再拍照了。', null],
  ['zh', 'scenarios-1', '我保证给您三倍赔偿。', 'promise-beyond-authority'],
  [
    'en',
    'scenarios-1',
    "I guarantee you'll get three times the price back.",
    'promise-beyond-authority',
  ],
  ['zh', 'scenarios-1', '店铺页面写了假一赔三的，就按页面的承诺执行。', null],
];

describeRedFlagRows('red flags: kinds the seventh set showed', [
  ...REVIEWS_AND_CLAIMS,
  ...COVER_UPS_AND_OWN_MONEY,
  ...UNTRUE_AND_UNCHECKED,
]);
