import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * More kinds of wrong act from the sixth and seventh blind sets' traps: the
 * customer shunned, accused or blamed, a viewer's history told to the room,
 * a right bought off. Sentences written for this test, as in
 * red-flag-kinds.test.ts; `null`: no red flag may show.
 */
const SHUNNED_AND_BLAMED: Row[] = [
  // A customer's chat posted to colleagues so all shun him; the customer accused of claiming for a living.
  [
    'zh',
    'communication-2',
    '我会把这个客户的聊天记录发到工作群里，让大家以后都别理他。',
    'other-customer-data',
  ],
  [
    'en',
    'communication-2',
    "I'd share his messages in the team group so everyone knows to ignore him.",
    'other-customer-data',
  ],
  ['zh', 'communication-3', '我会在工作群里截图问同事这个规则怎么理解。', null],
  ['en', 'communication-3', "I'd post the question in our team group chat and ask the lead.", null],
  ['zh', 'communication-2', '您是不是故意的？每次都来要赔偿。', 'insults'],
  ['en', 'communication-2', "You're a professional complainer, aren't you?", 'insults'],
  ['zh', 'communication-2', '我不会去猜他是不是故意的，先把问题解决。', null],
  // The responsibility put on the courier, the maker, or nobody.
  ['en', 'industry-region-4', "That's the courier's problem, not ours.", 'blames-customer'],
  ['en', 'self-intro-3', 'Honestly, returns are not really our job.', 'blames-customer'],
  ['en', 'scenarios-4', "The earlier delays weren't my responsibility.", 'blames-customer'],
  ['zh', 'scenarios-3', '发货以后那是快递的事，您去问快递吧。', 'blames-customer'],
  ['zh', 'scenarios-4', '那是仓库的问题，跟我们客服没关系。', 'blames-customer'],
  ['en', 'scenarios-4', "That's on the warehouse, not us.", 'blames-customer'],
  ['zh', 'scenarios-4', '不管跟我有没有关系，我都会跟进到底。', null],
  ['en', 'industry-region-4', "It was our fault, not the courier's, so I said sorry.", null],
  ['en', 'scenarios-4', 'This is my responsibility now, not yours.', null],
  // The customer made to tell it all again.
  [
    'en',
    'scenarios-4',
    'Can you go through the whole story again from the start?',
    'makes-customer-repeat',
  ],
  [
    'en',
    'scenarios-4',
    'I read the history first so she never has to tell the whole story again from the start.',
    null,
  ],
];

const LIVE_ROOM_AND_RIGHTS: Row[] = [
  // A viewer's history or address told to the whole room, or used as a threat.
  ['zh', 'scenarios-2', '我在公屏上回他：这位朋友上个月已经退了三次款了。', 'other-customer-data'],
  ['zh', 'scenarios-2', '我会直接在弹幕里念出他的收货地址，让他别乱说。', 'other-customer-data'],
  [
    'en',
    'scenarios-2',
    "I'd tell the whole room his order history so they see he's lying.",
    'other-customer-data',
  ],
  ['en', 'scenarios-2', 'We know where you live, so behave.', 'insults'],
  ['zh', 'scenarios-2', '公屏上我不提他的购买记录，私信再核实。', null],
  // A coupon or a red packet for giving up a return or a complaint.
  ['zh', 'scenarios-1', '我会送她一张二十元优惠券，劝她别退了。', 'buys-off-rights'],
  ['zh', 'scenarios-4', '给他发个红包，免得他投诉到平台。', 'buys-off-rights'],
  [
    'en',
    'scenarios-1',
    "I'd offer her a 20-yuan coupon to talk her out of the return.",
    'buys-off-rights',
  ],
  [
    'en',
    'scenarios-1',
    "I'd give him a voucher if he cancels the return request.",
    'buys-off-rights',
  ],
  ['zh', 'scenarios-1', '您把退货申请撤了，我给您发张五十元的券。', 'buys-off-rights'],
  [
    'en',
    'scenarios-1',
    "Withdraw the dispute and I'll send you a 30-yuan voucher.",
    'buys-off-rights',
  ],
  ['zh', 'scenarios-1', '如果客户不想退，可以按规则给一张优惠券，让他自己选。', null],
  ['zh', 'scenarios-1', '退货照常给他办，我不会用优惠券劝他别退。', null],
  [
    'en',
    'scenarios-1',
    "If she'd rather keep the item, I can offer a partial refund instead; the return is still hers to choose.",
    null,
  ],
];

/** Written for strong answers of the seventh set capped by a flag, in other words. */
const NOT_THE_ACT: Row[] = [
  // What earlier agents did to the customer, told without 我; the speaker's own habit still shows.
  ['zh', 'scenarios-4', '她之前打了三次电话，每次都是别的客服接，每次都让她从头讲一遍。', null],
  ['zh', 'scenarios-4', '每次都让他从头说一遍，我觉得这样最清楚。', 'makes-customer-repeat'],
  ['zh', 'communication-4', '出了错瞒着组长反而害了同事，所以我会如实说。', null],
  ['zh', 'industry-region-1', '我会请买家在平台下单，不走平台外的渠道。', null],
  ['zh', 'scenarios-2', '他骂得再凶，我也先闭嘴听他说完。', null],
  ['zh', 'scenarios-2', '他再吵我就说你给我闭嘴。', 'insults'],
  [
    'en',
    'industry-region-3',
    'Messages like "can I pay you on WhatsApp?" get a polite no and a link to the checkout.',
    null,
  ],
];

/** What the traps without a named flag did: refunds stalled, other shops' records looked up, and more. */
const UNNAMED_BEFORE: Row[] = [
  ['zh', 'self-intro-2', '这种老退货的客户，我会把他的退款拖着不处理。', 'stalls-refund'],
  ['zh', 'scenarios-4', '退款申请我先晾一晾，看他急不急。', 'stalls-refund'],
  [
    'en',
    'self-intro-2',
    "For customers who return a lot, I'd drag their refund out a few days.",
    'stalls-refund',
  ],
  ['en', 'scenarios-4', "I'd sit on the refund until he calms down.", 'stalls-refund'],
  ['zh', 'scenarios-4', '退款不能拖，我会在规定时限内处理。', null],
  ['en', 'scenarios-4', "I'd never drag it out; refunds follow the deadlines.", null],
  [
    'zh',
    'self-intro-2',
    '我会先查一下他在其他店铺的退货记录，再决定怎么处理。',
    'profiles-customer',
  ],
  [
    'en',
    'self-intro-2',
    "I'd look up his orders in other stores to see what else he buys.",
    'profiles-customer',
  ],
  ['zh', 'self-intro-3', '她说要退款去别家买，我先道歉再查物流。', null],
  ['en', 'self-intro-2', 'Customers can always buy in other stores, so service matters.', null],
  [
    'en',
    'communication-3',
    "I'd borrow my colleague's login to clear his queue.",
    'asks-for-credentials',
  ],
  ['zh', 'communication-3', '我会借同事的账号帮他回客户。', 'asks-for-credentials'],
  ['zh', 'scenarios-2', '嫌贵？不买就走，没人求你买。', 'insults'],
  ['en', 'industry-region-3', "You don't like it, so go elsewhere.", 'insults'],
  [
    'zh',
    'scenarios-5',
    '我先回一句已经处理好了，然后把会话结束掉，响应时长就好看了。',
    'lies-to-customer',
  ],
  [
    'en',
    'scenarios-5',
    "I'd say it has already been resolved and close the chat.",
    'lies-to-customer',
  ],
  [
    'en',
    'scenarios-5',
    "I'd forward the first customer's order screenshot to the second buyer.",
    'other-customer-data',
  ],
];

describeRedFlagRows('red flags: the customer shunned, blamed or bought off', [
  ...SHUNNED_AND_BLAMED,
  ...LIVE_ROOM_AND_RIGHTS,
  ...NOT_THE_ACT,
  ...UNNAMED_BEFORE,
]);
