import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Kinds of wrong act the ninth blind set's traps showed uncaught, in sentences
 * written for this test (not the fixtures' words), scored on the question
 * named. `null`: the act refused, warned against, asked for by the customer or
 * done by someone else, which must show no red flag.
 */
const NINTH: Row[] = [
  [
    'en',
    'industry-region-4',
    "I'd get the depot to mark it as delivered a day early so our on-time rate stays clean.",
    'fakes-delivery',
  ],
  [
    'en',
    'industry-region-4',
    'We asked the courier to scan it as delivered in advance, before the parcel reached the village.',
    'fakes-delivery',
  ],
  [
    'zh',
    'industry-region-4',
    '我会跟网点打招呼，提前把包裹标记为已签收，免得店铺被判延迟。',
    'fakes-delivery',
  ],
  [
    'zh',
    'industry-region-4',
    '让快递师傅先在系统里标成已签收，订单就能按时完结。',
    'fakes-delivery',
  ],
  [
    'en',
    'industry-region-4',
    'The customer said the tracking was marked delivered before it actually arrived, so I called the courier to find out where it was.',
    null,
  ],
  ['zh', 'industry-region-4', '客户说物流显示已签收，但他没收到，我马上联系快递核实。', null],
  [
    'en',
    'industry-region-4',
    "I'd never ask the courier to mark a parcel delivered early to protect our metrics.",
    null,
  ],
  ['zh', 'industry-region-4', '我绝不会让快递提前标记签收，那是虚假物流。', null],
  [
    'en',
    'communication-4',
    "Then we'd say it was a glitch in the system, so nobody gets blamed.",
    'lies-to-customer',
  ],
  [
    'en',
    'communication-4',
    "I'd suggest we blame it on a bug and unsend the message.",
    'lies-to-customer',
  ],
  ['zh', 'communication-4', '撤回那条消息，跟客户说是系统出错发的。', 'lies-to-customer'],
  ['zh', 'communication-4', '我会让同事跟客户说明是他说错了，不会推给系统。', null],
  [
    'en',
    'communication-4',
    "I'd be honest with the customer that it was our mistake, not blame it on the system.",
    null,
  ],
  [
    'en',
    'communication-4',
    "If it really was a system error, I'd check with IT and tell the customer when it's fixed.",
    null,
  ],
  [
    'en',
    'communication-4',
    'Ask the customer to transfer the extra 50 yuan back to my Alipay.',
    'off-platform',
  ],
  ['zh', 'communication-4', '请客户把多退的钱转回到我的支付宝，我再交给店铺。', 'off-platform'],
  ['en', 'communication-4', "I'd send it back to my own account and pass it on.", 'off-platform'],
  ['zh', 'communication-4', '我不会让客户把钱转到我的支付宝，多退的款走平台流程处理。', null],
  [
    'en',
    'communication-4',
    'The customer offered to pay into my Alipay, but I said no and used the platform.',
    null,
  ],
  [
    'en',
    'scenarios-2',
    "I'd get the team on our alt accounts to flood the chat with praise.",
    'review-manipulation',
  ],
  [
    'en',
    'scenarios-2',
    "We'd have staff accounts post five-star comments to bury the insults.",
    'review-manipulation',
  ],
  ['zh', 'scenarios-2', '安排几个小号在评论区刷屏夸主播，把骂人的压下去。', 'review-manipulation'],
  ['zh', 'scenarios-2', '让水军进来控评。', 'review-manipulation'],
  [
    'en',
    'scenarios-2',
    'If it looks like alt accounts flooding the comments, I report them through the platform.',
    null,
  ],
  ['zh', 'scenarios-2', '如果是对手用小号来刷负面评论，我会截图向平台举报。', null],
  ['en', 'scenarios-2', 'I would never use backup accounts to flood the comments.', null],
  [
    'en',
    'industry-region-4',
    "I'd show him screenshots with other customers' addresses to prove it.",
    'other-customer-data',
  ],
  [
    'en',
    'industry-region-4',
    "I'd send him the recipients' names and addresses from that week's orders.",
    'other-customer-data',
  ],
  [
    'en',
    'industry-region-4',
    "I'd never share other customers' addresses, only his own tracking.",
    null,
  ],
];

/** A customer's messages or order sent to outsiders; a customer tagged so colleagues serve him less. */
const NINTH_PEOPLE: Row[] = [
  [
    'en',
    'communication-1',
    "I'd forward the voice messages to my friend from that province and ask what he means.",
    'other-customer-data',
  ],
  [
    'en',
    'communication-1',
    'I sent a screenshot of their order to my sister, who speaks the dialect.',
    'other-customer-data',
  ],
  ['zh', 'communication-1', '听不懂的语音，我就发给朋友听听是什么意思。', 'other-customer-data'],
  [
    'zh',
    'communication-2',
    '我会把这个买家的手机号和地址发到我们的卖家群，提醒大家小心。',
    'other-customer-data',
  ],
  [
    'en',
    'communication-2',
    "I'd share the buyer's phone number and address with other shop owners so they can block him.",
    'other-customer-data',
  ],
  [
    'en',
    'communication-1',
    "I'd never forward a customer's voice messages to a friend; I'd ask a colleague who speaks the dialect.",
    null,
  ],
  ['zh', 'communication-1', '客户的朋友把订单截图发给了我，我先核对订单。', null],
  ['zh', 'communication-1', '我不会把客户的语音发给朋友听，客户信息只能在平台内使用。', null],
  [
    'en',
    'scenarios-4',
    "I'd tag him as difficult so the others keep their replies short.",
    'labels-customer',
  ],
  [
    'en',
    'scenarios-4',
    "I'd label her a troublemaker in the notes so nobody rushes to help.",
    'labels-customer',
  ],
  ['zh', 'scenarios-4', '我会给他打个标签，标成恶意客户，让同事少理他。', 'labels-customer'],
  ['zh', 'scenarios-4', '把她备注为难缠客户，大家回复慢一点。', 'labels-customer'],
  [
    'en',
    'scenarios-4',
    "I wouldn't label him as difficult; I'd note the facts of the case for the next agent.",
    null,
  ],
  ['zh', 'scenarios-4', '我不会给客户贴难缠的标签，只在备注里写清进度和承诺。', null],
  ['en', 'scenarios-4', "I'd tag the ticket as urgent and note the promised callback time.", null],
  ['zh', 'scenarios-4', '如果他确实辱骂，我会截图按平台流程举报恶意骚扰。', null],
];

describeRedFlagRows('red flags: kinds the ninth set showed', [...NINTH, ...NINTH_PEOPLE]);
