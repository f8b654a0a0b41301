import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Families of wrong act that the thirteenth set's traps said in passing,
 * in sentences written for this test (not the fixtures' words): what is
 * said to the customer. The accent called the customer's problem; a rule
 * made up to turn them away (complaints only in Mandarin, a cap on
 * compensation, transit risk on the buyer, a mismatch called normal
 * variation) or cited so that they give up; the claim put down to angling
 * for more; their reasons knocked down one by one; a system outage made up
 * to buy time; a change or a ruling promised as certain.
 * `null`: the right act, or the act refused, which must show no red flag.
 */
const ROWS: Row[] = [
  ['zh', 'communication-1', '阿姨，您的口音有点重，我听不太懂。', 'blames-accent-or-region'],
  ['zh', 'communication-1', '你们那边说话我确实跟不上，您打字吧。', 'blames-accent-or-region'],
  [
    'en',
    'communication-1',
    "Sorry, your accent is very strong and I can't keep up.",
    'blames-accent-or-region',
  ],
  ['zh', 'communication-1', '听不清的地方我会只问那一个词，不评价他的口音。', null],
  ['zh', 'communication-1', '我们的投诉系统只认普通话，方言不能作为凭证。', 'invents-rule'],
  [
    'en',
    'communication-1',
    'Our complaint system records in Mandarin only, so please repeat it.',
    'invents-rule',
  ],
  ['zh', 'communication-2', '平台规定，赔付最高不能超过10元。', 'invents-rule'],
  ['zh', 'communication-2', '我会说是平台规定，客户一听是平台规定就不会再坚持了。', 'invents-rule'],
  [
    'en',
    'communication-2',
    "Once they hear it's a platform rule, they usually back down.",
    'invents-rule',
  ],
  ['zh', 'communication-2', '我会按平台规则和店铺的赔付标准给他讲清楚能申请什么。', null],
  [
    'en',
    'communication-2',
    'Honestly, a lot of buyers just use a delay to get a bit extra.',
    'blames-customer',
  ],
  ['zh', 'communication-2', '我会把他的理由一条条驳回去。', 'insults'],
  [
    'en',
    'communication-2',
    "I'd knock down their reasons one by one until they give up.",
    'insults',
  ],
  ['zh', 'communication-2', '我会把规则和依据讲清楚，不跟客户争辩。', null],
  [
    'zh',
    'communication-3',
    '我会教同事回一句“系统正在维护，请稍等”，这样我就有时间先处理另一边。',
    'lies-to-customer',
  ],
  [
    'en',
    'communication-3',
    'Tell the customer the system is down for maintenance; that buys time while I finish here.',
    'lies-to-customer',
  ],
  ['zh', 'scenarios-3', '我向您保证，一定给您改到新地址。', 'promise-beyond-authority'],
  [
    'en',
    'scenarios-3',
    "I promise you I'll get it changed to the new address.",
    'promise-beyond-authority',
  ],
  ['zh', 'self-intro-2', '您放心，这个纠纷平台一定会判您赢。', 'promises-unconfirmed'],
  [
    'en',
    'self-intro-2',
    "Don't worry, you'll definitely win this dispute and get your refund.",
    'promises-unconfirmed',
  ],
  ['zh', 'self-intro-2', '平台会按双方的证据来判，我不能替平台保证结果。', null],
  ['zh', 'scenarios-1', '面料批次手感有差异，属于正常范围，不算描述不符。', 'invents-rule'],
  [
    'en',
    'scenarios-1',
    "It's normal batch variation, so it doesn't count as not as described.",
    'invents-rule',
  ],
  [
    'en',
    'self-intro-2',
    'Once it ships, the risk in transit is borne by the buyer.',
    'invents-rule',
  ],
  ['zh', 'scenarios-2', '是不是没抢到券呀？骂人可抢不到哦，我们不是好欺负的。', 'insults'],
  [
    'en',
    'communication-2',
    "The platform has a single rule: compensation can't be more than ten yuan.",
    'invents-rule',
  ],
  ['zh', 'communication-2', '我会直接说：“您就是想借机多要一点吧。”', 'blames-customer'],
  ['zh', 'self-intro-2', '按规则，运输风险由买家承担。', 'invents-rule'],
  ['zh', 'self-intro-2', '商品发出以后，运输途中的风险按规则是由买家承担的。', 'invents-rule'],
  ['zh', 'scenarios-2', '私下转账的风险很大，我不会这么做。', null],
  [
    'zh',
    'industry-region-3',
    '仓库里货还多得很，可我在镜头前会喊：“最后二十件，拍完就没了！”',
    'fake-urgency',
  ],
  [
    'zh',
    'industry-region-3',
    '这个价其实整周都有。但我在直播间会说“只有今晚这一场，下播就恢复原价”。',
    'fake-urgency',
  ],
  [
    'en',
    'industry-region-3',
    'We had plenty of stock, but I told viewers, "Only a few left, grab one now."',
    'fake-urgency',
  ],
  [
    'en',
    'industry-region-3',
    'The discount really runs all week. On air we still say it is tonight only.',
    'fake-urgency',
  ],
  ['zh', 'industry-region-3', '“仅剩几件”“只有今晚”必须是真的，库存和活动时间要如实说。', null],
  [
    'en',
    'industry-region-3',
    '"Only a few left" has to be true: if there is plenty of stock, I say so.',
    null,
  ],
];

describeRedFlagRows("red flags: the thirteenth set's families, said to the customer", ROWS);
