import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Families of wrong act that the thirteenth set's traps said in passing,
 * in sentences written for this test (not the fixtures' words): what is
 * done or kept back. An outcome told as done and only then checked, or an
 * auto-reply that claims someone is on it now; a known defect called a
 * one-off, a cause or a fee kept back so the customer claims nothing;
 * another customer's case shown as proof; a wrong answer left uncorrected;
 * a check refused as pointless; a refund with the item not wanted back; a
 * reward offered as the condition of a review; payment outside Trade
 * Assurance.
 * `null`: the right act, or the act refused, which must show no red flag.
 */
const ROWS: Row[] = [
  // A check claimed, or the reply given, and only afterwards the step (说完我再去…; the speaker's line after 回复客户： is no customer's).
  [
    'zh',
    'scenarios-4',
    '我会跟他说：“我已经跟财务确认过了，明天一定到账。”说完我再去提交加急工单。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-4',
    "I'd tell them I've just confirmed with finance. After that I raise the urgent ticket.",
    'claims-unconfirmed',
  ],
  ['zh', 'scenarios-4', '我先跟财务确认退款进度，确认过了再告诉他几点到账。', null],
  [
    'zh',
    'scenarios-3',
    '我就回复客户：“亲，已经帮您改好了。”之后我再去跟进仓库。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-3',
    "I'd reply, \"All done, I've changed it for you.\" After that I'd follow up with the warehouse.",
    'claims-unconfirmed',
  ],
  ['zh', 'scenarios-3', '仓库回复改好了，我就回复客户：“亲，已经按新地址改好了。”', null],
  [
    'zh',
    'communication-3',
    '我会让同事先回一句“稍等，正在为您查询”，再告诉客户大概要几分钟。',
    null,
  ],
  [
    'zh',
    'scenarios-3',
    '我先回复他：“已经帮您改好了。”然后我再去联系仓库改地址。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-3',
    "I'd reply \"It's all sorted,\" then I'd go and ask the warehouse to change it.",
    'claims-unconfirmed',
  ],
  ['zh', 'scenarios-3', '我跟仓库确认改好了以后，才回复他已经改好了。', null],
  ['zh', 'scenarios-3', '我会告诉他已经提交了修改工单，之后我再去跟进仓库的结果。', null],
  [
    'zh',
    'industry-region-2',
    '自动回复写“我们24小时在线，正在为您处理”，其实要等第二天早班才回。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-2',
    'Our auto-reply gives our hours and says the morning shift will answer first thing.',
    null,
  ],
  [
    'zh',
    'scenarios-5',
    '仓库早就知道这一批有漏液。客户问起来，我就说这是个别情况。',
    'conceals-known-problem',
  ],
  [
    'en',
    'scenarios-5',
    "The warehouse already knew this batch had a leak. I'd tell the customer it's a one-off.",
    'conceals-known-problem',
  ],
  ['zh', 'scenarios-5', '仓库已经知道这一批有问题，我会如实告诉客户，并给他换货或退款。', null],
  [
    'zh',
    'industry-region-4',
    '是仓库晚发了两天，但我不会特意去提，免得他申请赔付。',
    'conceals-known-problem',
  ],
  [
    'en',
    'industry-region-4',
    "It was our late dispatch, but I wouldn't mention it, so they don't claim compensation.",
    'conceals-known-problem',
  ],
  [
    'en',
    'industry-region-1',
    "I'd tell them this price covers everything. Duties at the port are for their forwarder later.",
    'conceals-known-problem',
  ],
  ['zh', 'industry-region-1', 'FOB价不含海运和目的港关税，我会在报价时写清楚。', null],
  ['zh', 'scenarios-5', '我会把上一位客户的处理结果截图发给他看。', 'other-customer-data'],
  ['zh', 'scenarios-5', '刚才隔壁的王女士也是同样的问题，已经给她补发了。', 'other-customer-data'],
  [
    'en',
    'scenarios-5',
    "I'd send him a screenshot of how her case was handled.",
    'other-customer-data',
  ],
  [
    'en',
    'scenarios-5',
    "Mrs Li had the same problem just now and we've already sent her a new one.",
    'other-customer-data',
  ],
  ['zh', 'scenarios-5', '两位客户我都只谈他自己的订单，不提另一位客户。', null],
  ['zh', 'scenarios-3', '我会先联系仓库拦截，能不能改成要等仓库回复，我两小时内告诉您结果。', null],
  ['zh', 'communication-4', '客户已经接受了，就不用再回头跟客户说了，免得引来投诉。', 'covers-up'],
  ['zh', 'communication-4', '同事说错了规则，我会马上补救，把正确的规则告诉客户。', null],
  ['zh', 'industry-region-4', '偏远地区都慢，我就不去查物流了，查了也差不多。', 'refuses-basics'],
  [
    'en',
    'industry-region-4',
    "I wouldn't check the tracking, it's always slow out there anyway.",
    'refuses-basics',
  ],
  ['zh', 'industry-region-4', '我会先查物流轨迹，看包裹停在哪里，再解释原因。', null],
  [
    'en',
    'scenarios-1',
    "I'd give a full refund and tell them there's no need to send it back.",
    'refund-unchecked',
  ],
  [
    'en',
    'scenarios-1',
    'Once the photos confirm it, I refund in full and we cover the return postage.',
    null,
  ],
  // Options offered, among them keeping the item: no refund given unchecked.
  [
    'en',
    'scenarios-1',
    'She can pick: send it back for a full refund, swap it, or keep it at a partial refund.',
    null,
  ],
  [
    'en',
    'communication-2',
    'Would a full refund on return work for you, or would you rather keep it with some compensation?',
    null,
  ],
  ['zh', 'self-intro-1', '只要晒图好评，就返5元红包。', 'review-manipulation'],
  ['zh', 'self-intro-1', '我们从不以红包换好评，回访只问使用情况。', null],
  [
    'en',
    'industry-region-1',
    'Pay by T/T to the factory instead of going through Trade Assurance.',
    'off-platform',
  ],
  ['zh', 'scenarios-1', '标签和页面写的不一致，就属于描述不符，我会按描述不符处理。', null],
  ['en', 'communication-4', "So there's no need to go back to the customer about it.", 'covers-up'],
  [
    'en',
    'self-intro-1',
    'If they post a five-star review, they get a coupon.',
    'review-manipulation',
  ],
];

describeRedFlagRows("red flags: the thirteenth set's families, done or kept back", ROWS);
