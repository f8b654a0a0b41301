import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Families of wrong act about the customer as a person that the ninth set's
 * traps still showed uncaught, each in sentences written for this test
 * (three or four wordings of the act, not the fixtures' words): a customer
 * labelled so that colleagues serve them worse; a waiting customer left
 * unanswered, counting on them not to notice; one buyer's history or data
 * told to someone else (a seller, a group of sellers, other buyers'
 * complaints or names shown as proof); a status told when nothing was found;
 * the customer asked to describe it all again.
 * `null`: the right act, or the act refused, which must show no red flag.
 */
const ROWS: Row[] = [
  [
    'zh',
    'scenarios-4',
    '我会在他的客户资料里打上“难缠客户、恶意投诉风险”的标签，提醒后面的同事谨慎对待。',
    'labels-customer',
  ],
  [
    'zh',
    'scenarios-4',
    '这种顾客我会备注一下“事多、爱投诉”，同事接到就知道少承诺。',
    'labels-customer',
  ],
  ['zh', 'scenarios-4', '我会把他标记为高风险客户，以后能少回就少回。', 'labels-customer'],
  ['zh', 'scenarios-4', '我会给他打个“刁钻客户”的标记，让大家慢点回。', 'labels-customer'],
  ['zh', 'scenarios-4', '我不会给顾客打“难缠”之类的标签，每位顾客都按同样的时限服务。', null],
  ['zh', 'scenarios-4', '我会在工单里备注他已经联系过三次、卡在哪一步，方便同事接手。', null],
  [
    'en',
    'scenarios-4',
    "I'd put a note on his account saying he's a problem customer so others keep replies short.",
    'labels-customer',
  ],
  [
    'en',
    'scenarios-4',
    "I'd flag her profile as high-risk so the team doesn't promise her anything.",
    'labels-customer',
  ],
  [
    'en',
    'scenarios-4',
    "I'd note on the ticket that this is his third contact and where it's stuck.",
    null,
  ],
  [
    'zh',
    'communication-3',
    '他们的客户如果着急，可以先不回，反正系统里显示还在排队，客户一般也不会注意到。',
    'leaves-customer-waiting',
  ],
  [
    'zh',
    'communication-3',
    '同事那边的客户先晾一会儿，反正客户也不知道等了多久。',
    'leaves-customer-waiting',
  ],
  [
    'zh',
    'communication-3',
    '让他们的顾客先等着，过几分钟客户根本察觉不到。',
    'leaves-customer-waiting',
  ],
  [
    'en',
    'communication-3',
    "If their customers are waiting, they can just leave them for a bit; most customers don't really notice a few extra minutes.",
    'leaves-customer-waiting',
  ],
  [
    'en',
    'communication-3',
    "Their chats can sit for a while, customers won't even notice.",
    'leaves-customer-waiting',
  ],
  [
    'en',
    'communication-3',
    "I'd make sure no customer is left waiting without a reply, even for a minute.",
    null,
  ],
  [
    'zh',
    'communication-3',
    '我会先给等待的客户回一句“稍等，马上为您处理”，不让任何一位客户干等。',
    null,
  ],
  [
    'zh',
    'self-intro-2',
    '卖家来问某个买家是不是恶意退货，我可以直接帮他查这个买家的历史订单、收货地址和电话，告诉他这个人之前在别的店退过多少次。',
    'other-customer-data',
  ],
  ['zh', 'self-intro-2', '商家问起，我就把那个买家在别家的退货次数告诉他。', 'other-customer-data'],
  [
    'zh',
    'self-intro-2',
    '买家问店靠不靠谱，我就把其他顾客的投诉内容发给他看。',
    'other-customer-data',
  ],
  [
    'en',
    'self-intro-2',
    "When a seller asks, I could look up that buyer's order history, address and phone number and tell the seller how many returns they've made at other stores.",
    'other-customer-data',
  ],
  [
    'en',
    'self-intro-2',
    'I could forward them the actual complaints other customers have filed against the shop.',
    'other-customer-data',
  ],
  [
    'en',
    'self-intro-2',
    "I'd tell the seller how often that buyer has returned things elsewhere.",
    'other-customer-data',
  ],
  [
    'en',
    'self-intro-2',
    "A platform agent can see both sides, but only uses a buyer's data for that buyer's own case.",
    null,
  ],
  [
    'zh',
    'self-intro-2',
    '卖家问买家是不是恶意退货，我只按这笔订单的证据处理，不会透露买家的其他记录。',
    null,
  ],
  [
    'en',
    'industry-region-4',
    "I'd send screenshots of other orders we shipped to their county the same week, showing the recipients' names, addresses and delivery dates.",
    'other-customer-data',
  ],
  [
    'en',
    'industry-region-4',
    "I'd show them other buyers' tracking pages with their names and addresses as proof.",
    'other-customer-data',
  ],
  [
    'zh',
    'industry-region-4',
    '我会把同一个县其他买家的订单截图发给他，上面有收件人姓名和地址。',
    'other-customer-data',
  ],
  [
    'en',
    'communication-2',
    "I'm in a merchants' group with owners of other shops, so I'd share the buyer's account name, phone number and delivery address there as a heads-up.",
    'other-customer-data',
  ],
  [
    'en',
    'communication-2',
    "I'd post the customer's phone number in our sellers' chat so everyone can block him.",
    'other-customer-data',
  ],
  [
    'zh',
    'communication-2',
    '我会把这个买家的账号和电话发到同行群里，提醒大家小心。',
    'other-customer-data',
  ],
  [
    'en',
    'communication-2',
    "I'd report the account to the platform with the chat records as evidence.",
    null,
  ],
  [
    'zh',
    'self-intro-2',
    '如果暂时查不到，我就先告诉他已经在派送中了，让他安心等着。',
    'claims-unconfirmed',
  ],
  ['zh', 'self-intro-2', '物流查不到的话，就跟他说已经发出去了。', 'claims-unconfirmed'],
  [
    'en',
    'self-intro-2',
    "If I can't find the tracking, I tell them honestly and say when I'll update them.",
    null,
  ],
  ['zh', 'self-intro-2', '查不到物流的时候，我会如实告诉他还在查，几点前回复。', null],
  [
    'zh',
    'self-intro-2',
    '遇到问题比较复杂的，我会让顾客重新完整描述一遍、重新提交一次截图。',
    'makes-customer-repeat',
  ],
  ['zh', 'self-intro-2', '我会先看聊天记录，只问缺的那一点，不让顾客重新描述一遍。', null],
];

describeRedFlagRows("red flags: the ninth set's families about the customer, in other words", ROWS);
