import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * More kinds of wrong act the ninth blind set's traps showed uncaught (see
 * red-flag-kinds-ninth.test.ts), in sentences written for this test. `null`:
 * the act refused, warned against or asked for by someone else: no red flag.
 */
/** Accounts shared, a false customs declaration, an order changed unasked. */
const NINTH_TRADE: Row[] = [
  [
    'en',
    'communication-3',
    "I'd just give her my login and password so she can approve it herself.",
    'shares-account',
  ],
  [
    'en',
    'communication-3',
    "I'd share my sub-account with him for the afternoon.",
    'shares-account',
  ],
  ['zh', 'communication-3', '我直接把子账号密码发给他，让他自己去改价。', 'shares-account'],
  [
    'en',
    'scenarios-4',
    "My manager's account is still logged in, so I'd use it to approve the refund.",
    'shares-account',
  ],
  ['zh', 'scenarios-4', '组长的账号还登着，我就用它把退款审批了。', 'shares-account'],
  [
    'en',
    'communication-3',
    "I'd never give my password to a colleague; I'd ask the lead to grant the permission.",
    null,
  ],
  ['zh', 'communication-3', '同事想借我的账号，我会拒绝，请组长给他开权限。', null],
  ['en', 'scenarios-4', "I'd ask my lead to approve the refund from her account today.", null],
  [
    'en',
    'industry-region-1',
    'We can put a lower value on the invoice so the duties are smaller.',
    'false-declaration',
  ],
  [
    'en',
    'industry-region-1',
    "I'd undervalue the goods on the customs declaration to save them money.",
    'false-declaration',
  ],
  [
    'en',
    'industry-region-1',
    'We could declare them under a lower-duty category to cut the tariff.',
    'false-declaration',
  ],
  ['zh', 'industry-region-1', '我们可以在商业发票上低报货值，帮客户省关税。', 'false-declaration'],
  ['zh', 'industry-region-1', '把品名换成税率低的类目报关。', 'false-declaration'],
  [
    'en',
    'industry-region-1',
    "If a buyer asks us to under-declare the value, I explain we can't, because customs penalties fall on them.",
    null,
  ],
  ['zh', 'industry-region-1', '买家让我们低报货值，我会说明不能这样做，会被海关扣货。', null],
  [
    'en',
    'industry-region-1',
    "I'd never under-declare, and I'd explain the HS code and duties honestly.",
    null,
  ],
  [
    'en',
    'industry-region-1',
    "I'd explain that duties depend on the HS code and declared value, and help them estimate landed cost.",
    null,
  ],
  [
    'en',
    'industry-region-2',
    "I'd change the address and ship it without waiting for them to reply.",
    'changes-order-unasked',
  ],
  [
    'en',
    'industry-region-2',
    "I'd make the call myself and switch them to express shipping.",
    'changes-order-unasked',
  ],
  [
    'en',
    'industry-region-2',
    "Without asking the buyer, I'd adjust the price and send it out.",
    'changes-order-unasked',
  ],
  [
    'zh',
    'industry-region-2',
    '不等客户确认，我就直接帮他把地址改了发货。',
    'changes-order-unasked',
  ],
  ['zh', 'industry-region-2', '我会替客户做主，把运输方式升级成空运。', 'changes-order-unasked'],
  [
    'en',
    'industry-region-2',
    "I'd never change an order without their consent; I leave a clear question and wait for their reply.",
    null,
  ],
  ['zh', 'industry-region-2', '改地址一定要等客户确认，不能替客户做主。', null],
  [
    'en',
    'industry-region-2',
    'The buyer asked me to decide for them, so I listed the two options and the prices.',
    null,
  ],
  ['zh', 'industry-region-2', '我会先把改好的方案发给客户，等他确认后再发货。', null],
];

/** Buyers of some regions left unanswered; "shipped" said while it has not. */
const NINTH_REGIONS_AND_STATUS: Row[] = [
  // Buyers of a region labelled scammers or time-wasters.
  [
    'en',
    'industry-region-1',
    'Buyers from some regions are time-wasters who never order.',
    'blames-accent-or-region',
  ],
  [
    'zh',
    'industry-region-1',
    '有些地区的买家基本都是骗子，不用太上心。',
    'blames-accent-or-region',
  ],
  [
    'en',
    'industry-region-1',
    'Scams happen from every country, so I verify payment before shipping, never judging by region.',
    null,
  ],
  [
    'en',
    'industry-region-1',
    "I don't assume buyers from some regions are scammers; I check each inquiry on its merits.",
    null,
  ],
  ['zh', 'industry-region-1', '不能因为某些地区骗子多就不回复，每个询盘都要看具体内容。', null],
  [
    'en',
    'industry-region-1',
    "Inquiries from certain countries are mostly time-wasters, so I don't bother replying.",
    'blames-accent-or-region',
  ],
  [
    'en',
    'industry-region-1',
    "I'd give buyers from some regions a template reply and put my time into Europe.",
    'blames-accent-or-region',
  ],
  [
    'zh',
    'industry-region-1',
    '某些地区的询盘基本都是骗子，我一般不回。',
    'blames-accent-or-region',
  ],
  ['zh', 'industry-region-1', '非洲的买家我就随便回一个模板打发掉。', 'blames-accent-or-region'],
  [
    'en',
    'industry-region-1',
    'I never ignore buyers from any region; every inquiry gets a real answer within a day.',
    null,
  ],
  ['zh', 'industry-region-1', '不管哪个地区的买家，我都认真回复，不会敷衍。', null],
  [
    'en',
    'industry-region-1',
    'Buyers in Africa often ask about shipping terms, so I explain CIF and the port options clearly.',
    null,
  ],
  [
    'en',
    'industry-region-2',
    "I'd reply that the order is on its way even if we haven't packed it.",
    'lies-to-customer',
  ],
  ['zh', 'industry-region-2', '其实还没发货，我也先跟客户说已经发货了。', 'lies-to-customer'],
  [
    'en',
    'industry-region-2',
    "Even if it hasn't shipped yet, I'd tell them honestly where it is and when it will go out.",
    null,
  ],
  ['zh', 'industry-region-2', '就算还没发货，我也会如实告诉客户预计哪天发出。', null],
  ['zh', 'scenarios-4', '哪怕还没处理完，我也会先告诉客户进展到哪了。', null],
];

describeRedFlagRows('red flags: trade and status kinds the ninth set showed', [
  ...NINTH_TRADE,
  ...NINTH_REGIONS_AND_STATUS,
]);
