import { describe, expect, it } from 'vitest';
import { describeRedFlagRows, gradeOn, type Row } from './shipped-scoring.js';

/**
 * The acts of #9's trap-claim kind: telling the customer what is untrue or
 * unchecked, a rule made up, something known kept back, a date promised that
 * no one confirmed. Sentences written for this test from the acts, not taken
 * from any fixture; `null`: the truthful or checked version of the same
 * scene, which must show no red flag.
 */
const CLAIMS: Row[] = [
  // Said to be done, with the admission or the check after it.
  ['zh', 'scenarios-4', '先跟她说退款已经到账了，回头再查是哪一步卡住。', 'claims-unconfirmed'],
  [
    'en',
    'scenarios-4',
    "I'd say the parcel has shipped, even though it hasn't left the warehouse.",
    'claims-unconfirmed',
  ],
  // Said to calm the customer or keep them from cancelling, with no check.
  ['zh', 'scenarios-4', '为了稳住他，我会说已经加急处理了，他就不会再催。', 'claims-unconfirmed'],
  [
    'en',
    'industry-region-4',
    "To stop them cancelling I'd reply that it's already in transit.",
    'claims-unconfirmed',
  ],
  ['zh', 'scenarios-4', '我查了物流，包裹已经在路上了，让他放心。', null],
  [
    'en',
    'industry-region-4',
    "I checked the tracking: it's in transit, so I told her not to worry.",
    null,
  ],
  ['zh', 'scenarios-4', '系统显示已经发货，但快递还没揽收，我会如实告诉他。', null],
  // Refused: after 不会/不能 a 就 that follows haste or a skipped step keeps the refusal.
  ['zh', 'scenarios-3', '我不会一上来就跟他说“改好了”，先去仓库问清楚。', null],
  ['zh', 'scenarios-3', '我不会没查就跟他说“地址已经改了”，先问仓库再回他。', null],
  ['zh', 'scenarios-3', '改不了的时候，千万不能一开口就说已经改好了。', null],
  ['zh', 'scenarios-3', '系统不能改，我就说已经改好了。', 'claims-unconfirmed'],
  // A rule made up or misquoted to refuse the customer.
  [
    'en',
    'scenarios-1',
    "I'd tell her the platform doesn't allow refunds once the order is signed for.",
    'invents-rule',
  ],
  ['zh', 'scenarios-1', '商品有质量问题可以退，但来回运费需要您自己承担。', 'shipping-on-customer'],
  ['zh', 'communication-3', '规则拿不准的，我就凭经验先给一个答案。', 'invents-rule'],
  ['zh', 'scenarios-1', '质量问题的退货运费由商家承担，我会说清楚。', null],
  ['zh', 'scenarios-1', '定制商品不适用七天无理由退货，但质量问题照样可以退。', null],
  ['en', 'scenarios-1', 'Sale items can be returned within seven days like any other.', null],
  [
    'en',
    'scenarios-1',
    "The platform doesn't allow refunds outside the order, so I'd guide her to the order page.",
    null,
  ],
  // Something known kept from the customer.
  ['zh', 'industry-region-3', '这批有点色差，但我不会主动跟客户说。', 'conceals-known-problem'],
  ['zh', 'industry-region-3', '关税的事先不提，等他收货时再说。', 'conceals-known-problem'],
  [
    'en',
    'industry-region-3',
    "I wouldn't mention the import duties unless they ask.",
    'conceals-known-problem',
  ],
  ['zh', 'industry-region-3', '关税由买家承担，下单前我会主动说明。', null],
  ['en', 'industry-region-3', "I'd tell them about the delay before they ask.", null],
  // A date or a result promised that no one confirmed.
  ['zh', 'scenarios-4', '我会跟他保证明天一定能到账。', 'promises-unconfirmed'],
  [
    'en',
    'scenarios-4',
    'I promise the refund will be in your account by Friday.',
    'promises-unconfirmed',
  ],
  ['zh', 'scenarios-4', '我保证今天下午五点前给您回复进度。', null],
  ['en', 'scenarios-4', "I promise I'll get back to you by 5 pm with an update.", null],
  ['zh', 'scenarios-4', '退款预计三天内到账，一到我就通知您。', null],
  // Blame guessed or put on customers in general.
  ['zh', 'scenarios-1', '这种情况多半是您自己用错了方法。', 'blames-customer'],
  [
    'en',
    'scenarios-1',
    'Most of these complaints come from buyers who skimmed the page.',
    'blames-customer',
  ],
  ['zh', 'scenarios-1', '照片显示是运输中压坏的，我先向您道歉。', null],
  // The admission after the claim; where the parcel really is.
  ['zh', 'scenarios-4', '其实我并没有联系仓库，但这样说他就不催了。', 'claims-unconfirmed'],
  [
    'en',
    'scenarios-4',
    "I told her I'd raised it with billing, though I hadn't actually passed it on.",
    'claims-unconfirmed',
  ],
  [
    'zh',
    'industry-region-4',
    '包裹还在分拨中心，我就跟他说已经到了您当地的站点。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-4',
    "It was still at the sorting centre, but I'd tell him it's out for delivery.",
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-4',
    'It was still at the sorting centre, so I told him honestly that it was delayed.',
    null,
  ],
  // Rules cited to turn the customer away or to threaten them; a price term stretched.
  ['zh', 'communication-1', '我会告诉他，按平台规定投诉必须用普通话提交。', 'invents-rule'],
  [
    'en',
    'communication-1',
    'Platform rules say complaints must be made in standard Mandarin.',
    'invents-rule',
  ],
  ['zh', 'scenarios-2', '根据平台规定，再骂人订单会被取消。', 'invents-rule'],
  [
    'en',
    'scenarios-2',
    "I'd warn him that his orders will be cancelled if he keeps swearing.",
    'invents-rule',
  ],
  [
    'en',
    'industry-region-1',
    "We quoted FOB, and I'd call it all-inclusive so they order faster.",
    'invents-rule',
  ],
  // A problem others reported denied; one line told to everyone.
  [
    'zh',
    'scenarios-5',
    '这款之前有不少退货，但我会说没有其他客户反映过。',
    'conceals-known-problem',
  ],
  [
    'en',
    'scenarios-5',
    "Other buyers had reported it, but I'd tell her no other customers have reported it.",
    'conceals-known-problem',
  ],
  ['zh', 'scenarios-5', '两位客户我都统一说是偶然的运输磕碰。', 'conceals-known-problem'],
  ['en', 'scenarios-5', 'I checked our records: no other customers have reported it so far.', null],
  // A date guaranteed whatever the schedule; a mismatch put on the screen; the page changed quietly.
  [
    'en',
    'industry-region-1',
    "No matter what the factory says, I'd guarantee delivery in three weeks.",
    'promises-unconfirmed',
  ],
  ['zh', 'scenarios-1', '色差主要是因为您的手机屏幕。', 'blames-customer'],
  ['en', 'scenarios-1', 'The difference is down to your screen settings.', 'blames-customer'],
  ['zh', 'scenarios-1', '我们对照了批次，色差确实是面料的问题。', null],
  ['zh', 'scenarios-1', '我会让运营悄悄把详情页的材质改掉。', 'hides-evidence'],
  ['zh', 'self-intro-2', '明明是中转站爆仓，我会推说是商家发货晚。', 'lies-to-customer'],
];

describeRedFlagRows(
  'red flags: claims untrue or unchecked, rules made up, problems kept back',
  CLAIMS,
);

describe('the act a red flag names covers no key point', () => {
  it.each([
    ['zh', '非常抱歉让您久等了。我会先跟他说已经升级给主管了。', '升级协调解决'],
    [
      'en',
      "I'm so sorry for the wait. I'd tell him I've escalated it to my supervisor, though I haven't actually submitted it.",
      'Escalate and coordinate',
    ],
  ] as const)('(%s) %s', (lang, text, point) => {
    const grade = gradeOn(lang, 'scenarios-4', text);
    const escalation = grade.keyPoints.find((k) => k.point === point);
    expect(escalation?.covered).toBe(false);
    expect(escalation?.reason?.code).toBe('in-red-flag');
    // The apology, outside the act, still counts.
    expect(grade.keyPoints.filter((k) => k.covered).length).toBe(1);
  });

  it('the same escalation, done, covers the point', () => {
    const grade = gradeOn(
      'zh',
      'scenarios-4',
      '非常抱歉让您久等了。我已经把工单升级给主管了，今天五点前给您回复。',
    );
    expect(grade.keyPoints.find((k) => k.point === '升级协调解决')?.covered).toBe(true);
  });
});
