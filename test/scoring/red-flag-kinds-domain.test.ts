import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Kinds of wrong act written from the domain (what an interviewer fails at
 * once on this bank's questions), not from any fixture answer: evidence
 * hidden by editing the listing, a false refund reason coached, an abusive
 * viewer paid to stop, a favourite served first, results guaranteed.
 * Sentences written for this test; `null`: no red flag may show. Negated
 * forms ("我不会…", "I would never…") must not show the flag.
 */
const HIDES_EVIDENCE: Row[] = [
  ['zh', 'scenarios-1', '我会赶在平台介入前把详情页改掉，这样客户就对不上号了。', 'hides-evidence'],
  ['zh', 'scenarios-1', '先把主图换掉，免得被客户拿去当证据。', 'hides-evidence'],
  [
    'en',
    'scenarios-1',
    "I'd quietly edit the listing before the platform steps in, so there's no evidence.",
    'hides-evidence',
  ],
  ['zh', 'scenarios-1', '我绝不会赶在平台介入前去改详情页掩盖问题。', null],
  ['zh', 'scenarios-1', '处理完这一单，我会把描述问题反馈给运营，尽快修改详情页。', null],
  [
    'en',
    'scenarios-1',
    'I would never edit the listing before the platform reviews it to hide the mismatch.',
    null,
  ],
  [
    'en',
    'scenarios-1',
    'Afterwards I ask the team to correct the product page so it matches the item.',
    null,
  ],
];

const FALSE_REFUND_REASON: Row[] = [
  ['zh', 'scenarios-1', '您随便选个质量问题就行，这样退得快。', 'false-refund-reason'],
  ['zh', 'scenarios-9', '您选质量问题吧，这样好通过，平台不会查的。', 'false-refund-reason'],
  [
    'zh',
    'scenarios-12',
    '虽然不是质量问题，您也选质量问题，运费就不用您出。',
    'false-refund-reason',
  ],
  [
    'en',
    'scenarios-1',
    "Just choose 'not as described' so it goes through faster.",
    'false-refund-reason',
  ],
  ['en', 'scenarios-12', 'Pick any reason you like, it does not matter.', 'false-refund-reason'],
  ['zh', 'scenarios-12', '我不会让客户随便选一个原因，原因要按实际情况填。', null],
  ['zh', 'scenarios-12', '我告诉他选“质量问题”，再把破损的地方拍照上传。', null],
  ['zh', 'scenarios-9', '如果只是不喜欢，可以选七天无理由退货。', null],
  [
    'en',
    'scenarios-12',
    "I'd never tell a customer to pick a reason that isn't true just so it goes through.",
    null,
  ],
  [
    'en',
    'scenarios-12',
    'I tell him to choose the quality issue option and upload the photos.',
    null,
  ],
];

const REWARDS_ABUSER: Row[] = [
  ['zh', 'scenarios-2', '我会在公屏上直接给他退款，让他别骂了。', 'rewards-abuser'],
  ['zh', 'scenarios-2', '给他发个红包，让他闭嘴就行。', 'rewards-abuser'],
  ['en', 'scenarios-2', "I'd offer him a free gift in the chat to shut him up.", 'rewards-abuser'],
  ['zh', 'scenarios-2', '我不会在公屏上送他礼物让他闭嘴，那样大家都学着骂。', null],
  ['zh', 'scenarios-2', '我在公屏请他点客服入口，真有订单问题按售后流程退款。', null],
  ['en', 'scenarios-2', 'I would never hand out a voucher on screen just to shut him up.', null],
];

const FAVOURS_IN_QUEUE: Row[] = [
  ['zh', 'scenarios-5', '熟客的单我会先处理，另一个就先放着。', 'favours-in-queue'],
  ['zh', 'communication-3', '和我关系好的那位同事先帮，另一位让她等着。', 'favours-in-queue'],
  ['zh', 'communication-13', '同事托我的那个客户，我就让他插队先办。', 'favours-in-queue'],
  ['en', 'scenarios-5', "I'd serve my friend first and let the others wait.", 'favours-in-queue'],
  ['en', 'communication-13', 'I let the regular jump the queue.', 'favours-in-queue'],
  ['zh', 'scenarios-5', '我不会让任何人插队，先看谁的问题更紧急。', null],
  ['zh', 'scenarios-5', '情况一样的，就按先来后到处理。', null],
  ['en', 'scenarios-5', "I'd never let anyone jump the queue; urgency decides.", null],
  ['en', 'communication-3', 'First I ask both colleagues what they need, then decide.', null],
];

const GUARANTEES_RESULTS: Row[] = [
  ['zh', 'industry-region-7', '我保证您用一个月就能祛斑。', 'guarantees-results'],
  ['zh', 'industry-region-3', '这款茶一定能瘦下来，不反弹。', 'guarantees-results'],
  ['zh', 'industry-region-2', '团队排班错开，保证欧美白天有人在线。', null],
  [
    'en',
    'industry-region-7',
    'I guarantee your spots will fade, you will see results in two weeks.',
    'guarantees-results',
  ],
  [
    'en',
    'industry-region-3',
    'This tea will definitely help you lose weight.',
    'guarantees-results',
  ],
  ['zh', 'industry-region-7', '效果因人而异，我不会保证多少天能祛斑。', null],
  ['zh', 'industry-region-7', '我没法保证一定见效，只按注册的功效介绍。', null],
  ['en', 'industry-region-7', "I'd never guarantee the spots will fade; results vary.", null],
  ['en', 'industry-region-7', 'I can promise you a reply about the registration by five.', null],
];

const DATA_AND_ARGUING: Row[] = [
  ['zh', 'scenarios-11', '我把这个买家以前的退款记录发给商家看看。', 'other-customer-data'],
  [
    'en',
    'scenarios-11',
    "I'd share the buyer's refund history with the seller so they know who they're dealing with.",
    'other-customer-data',
  ],
  ['zh', 'scenarios-11', '买家的购买记录我绝不会发给商家，只交换这笔订单的证据。', null],
  ['en', 'scenarios-11', "I'd never pass the buyer's order history to the seller.", null],
  ['zh', 'communication-2', '我会跟他争辩到底，证明是他错了。', 'insults'],
  ['en', 'communication-2', "I'd keep at it until he admits he's wrong.", 'insults'],
  ['zh', 'communication-2', '我不会跟他争辩到底，先把规则讲清楚。', null],
  [
    'en',
    'communication-2',
    "I won't try to prove him wrong; I explain what the rules allow.",
    null,
  ],
];

describeRedFlagRows('red flags written from the domain', [
  ...HIDES_EVIDENCE,
  ...FALSE_REFUND_REASON,
  ...REWARDS_ABUSER,
  ...FAVOURS_IN_QUEUE,
  ...GUARANTEES_RESULTS,
  ...DATA_AND_ARGUING,
]);
