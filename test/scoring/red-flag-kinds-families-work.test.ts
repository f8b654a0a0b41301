import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Families of wrong act about the work itself that the ninth set's traps
 * still showed uncaught, each in sentences written for this test (three or
 * four wordings of the act, not the fixtures' words): a reward for a good
 * review, or more pressed until the review changes; a slip not logged or
 * reported for the sake of the figures; an order changed or shipped on
 * one's own judgement, the customer told afterwards; a lead's seat left
 * logged in and used; a foreign region's buyers written off as a group; a
 * refund reason picked because it is approved fastest.
 * `null`: the right act, or the act refused, which must show no red flag.
 */
const ROWS: Row[] = [
  [
    'en',
    'self-intro-1',
    "After every delivery I'd offer them a small coupon or a couple of dollars back if they left a five-star review with photos.",
    'review-manipulation',
  ],
  [
    'en',
    'self-intro-1',
    "I'd keep contacting them and offer extra compensation until they agreed to change it.",
    'review-manipulation',
  ],
  [
    'en',
    'self-intro-1',
    "I'd give a couple of dollars back to anyone who posts a five-star review.",
    'review-manipulation',
  ],
  ['zh', 'self-intro-1', '收到货后我会私信买家，晒图五星就返几块钱。', 'review-manipulation'],
  ['zh', 'self-intro-1', '差评的我会一直联系，加补偿直到他改掉为止。', 'review-manipulation'],
  [
    'en',
    'self-intro-3',
    "I didn't log it as a complaint or tell my supervisor, because it would have hit our team's complaint metric for the month.",
    'covers-up',
  ],
  [
    'en',
    'self-intro-3',
    "I didn't report it to my lead because it would have hurt our numbers.",
    'covers-up',
  ],
  [
    'zh',
    'self-intro-3',
    '我没有登记成投诉，也没告诉主管，因为会影响我们组当月的投诉指标。',
    'covers-up',
  ],
  ['zh', 'self-intro-3', '我没让组长知道，怕影响组里的考核。', 'covers-up'],
  [
    'en',
    'self-intro-3',
    'I logged it as a complaint and told my supervisor, even though it hit our metric.',
    null,
  ],
  [
    'zh',
    'industry-region-2',
    '我会根据经验直接帮他改好，把运输方式改成更快的快递、把地址按我判断的格式修改，先发货，等他醒了再告诉他。',
    'changes-order-unasked',
  ],
  [
    'zh',
    'industry-region-2',
    '他那边半夜，我就自己做主把地址改了先发出去，回头再通知他。',
    'changes-order-unasked',
  ],
  [
    'en',
    'industry-region-2',
    "If it's the middle of the night for them, I just change the shipping method myself and ship, then tell them when they wake up.",
    'changes-order-unasked',
  ],
  [
    'en',
    'industry-region-2',
    "I'd fix the address the way I think it should be and send it out, and let them know afterwards.",
    'changes-order-unasked',
  ],
  [
    'en',
    'industry-region-2',
    "I'd ask them to confirm the address change and ship once they reply in their morning.",
    null,
  ],
  ['zh', 'industry-region-2', '地址有疑问我会留言请他确认，等他那边早上回复了再发货。', null],
  [
    'zh',
    'scenarios-4',
    '我会直接用组长留在工位上的账号登录后台，用组长的权限帮他把退款审批通过。',
    'shares-account',
  ],
  ['zh', 'scenarios-4', '组长电脑没退出，我就用她那边的后台把退款批了。', 'shares-account'],
  [
    'en',
    'scenarios-4',
    "My lead's laptop is usually still logged in, so I'd approve the refund from there.",
    'shares-account',
  ],
  [
    'en',
    'industry-region-1',
    "Buyers from India are mostly just fishing for prices, so I don't bother replying.",
    'blames-accent-or-region',
  ],
  [
    'zh',
    'industry-region-1',
    '非洲、南亚那边的询盘大多是套价的骗子，我一般回个模板或者干脆不回。',
    'blames-accent-or-region',
  ],
  [
    'zh',
    'industry-region-1',
    '中东的询盘基本都是来套价的，我就不认真回了。',
    'blames-accent-or-region',
  ],
  [
    'en',
    'industry-region-1',
    'Every inquiry gets a real answer, whether it comes from Africa, South Asia or Europe.',
    null,
  ],
  [
    'en',
    'scenarios-3',
    'The fastest workaround is to have the customer request a refund-only and pick "item not received" or "out of stock" as the reason, because those get approved quickest.',
    'false-refund-reason',
  ],
];

describeRedFlagRows("red flags: the ninth set's families about the work, in other words", ROWS);
