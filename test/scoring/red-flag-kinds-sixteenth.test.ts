import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * Families of wrong act that the sixteenth set's traps told as a habit, a tip or a boast, in
 * sentences written for this test (not the fixtures' words): a reply sent instead of a check;
 * a refund "guaranteed" in a time no one promised; every opened item said to lose its return;
 * return postage kept back; scarcity told and then admitted untrue; a colleague's login
 * borrowed; the customer's password asked for in an "if" of the agent's own line; a viewer's
 * history posted in the chat; two customers put in one group. And what its good answers said
 * of wrong acts without doing them.
 * `null`: the right act, which must show no red flag.
 */
const ROWS: Row[] = [
  ['zh', 'scenarios-4', '他一催我就不先去查，直接回一句“已经加急处理了”。', 'claims-unconfirmed'],
  [
    'en',
    'scenarios-4',
    'Without checking, I tell them it has already been escalated and is on its way.',
    'claims-unconfirmed',
  ],
  ['zh', 'scenarios-4', '我会先查物流，查到以后再告诉他包裹在哪里。', null],
  // The refund paid before what it waits on: the return, the photos, an approval.
  [
    'en',
    'scenarios-1',
    'I refund the whole order from the back end without waiting for the photos or the return.',
    'refund-unchecked',
  ],
  [
    'en',
    'scenarios-1',
    "I don't refund without waiting for the photos; once they're in, I compare them with the page.",
    null,
  ],
  // An outcome told, and only afterwards the step that would make it so (再去落实, 再慢慢去查).
  [
    'zh',
    'scenarios-4',
    '我先跟他说“地址已经给您改好了，明天就按新地址发”，等对话结束我再去落实。',
    'claims-unconfirmed',
  ],
  [
    'zh',
    'scenarios-4',
    '我告诉她包裹快到了，至于实际到了哪里，我再慢慢去查。',
    'claims-unconfirmed',
  ],
  [
    'zh',
    'scenarios-4',
    '我先查了物流，包裹显示快到了，就如实告诉她，然后再去跟网点要一个派送时间。',
    null,
  ],
  // A line used whatever the facts; a colleague's slip put on "the system"; the narrator
  // stepping out of the line to say it was never known; a problem kept from the customer.
  [
    'en',
    'scenarios-1',
    "I tell them it's the monitor's colours, and I use it even if the item is plainly the wrong shade.",
    'lies-to-customer',
  ],
  [
    'en',
    'scenarios-1',
    'I never blame the screen; if the colour is plainly wrong, I say so and offer a return.',
    null,
  ],
  [
    'en',
    'communication-4',
    'I tell the buyer the wrong rule came from a system error, which protects my colleague.',
    'lies-to-customer',
  ],
  [
    'en',
    'communication-4',
    "If the system really had an error, I tell the buyer so; a colleague's slip is corrected as our mistake.",
    null,
  ],
  [
    'en',
    'scenarios-4',
    'I reply, "Your parcel is with the courier and moving." I don\'t have time to confirm that, but it settles them.',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-4',
    'I reply, "Your parcel is with the courier, here is the tracking." I don\'t guess at dates I can\'t check.',
    null,
  ],
  [
    'en',
    'scenarios-4',
    "The warehouse is behind by a week, so I keep the delay from the customer and say it's on its way.",
    'conceals-known-problem',
  ],
  [
    'en',
    'scenarios-4',
    'I never keep a delay from the customer; I give the real date and the reason.',
    null,
  ],
  // Where the customer lives held against them.
  [
    'zh',
    'industry-region-4',
    '我会跟他说：“您住得那么偏，晚几天很正常，想快就别选乡下的地址。”',
    'blames-accent-or-region',
  ],
  [
    'zh',
    'industry-region-4',
    '您那边比较远，要经过几次中转，所以会慢一些，我这就帮您催网点，有消息马上告诉您。',
    null,
  ],
  // Good answers a review wrote against the day's new signs: none may show a red flag.
  [
    'en',
    'scenarios-3',
    'I send a holding message, "We have your case, I\'m checking with the courier and will update you by 5pm", before I\'ve heard back, so nobody is left waiting in silence.',
    null,
  ],
  [
    'en',
    'scenarios-4',
    'I tell them, "I am checking with the warehouse now and will update you by 5pm." I don\'t know for sure when it ships, so I never promise a date.',
    null,
  ],
  [
    'en',
    'scenarios-4',
    "A sincere apology costs nothing, so I say it even if the delay was the courier's fault.",
    null,
  ],
  [
    'en',
    'communication-4',
    'It was a genuine system error. I protect my colleague by not naming them.',
    null,
  ],
  [
    'zh',
    'communication-4',
    '有一次大促当天系统故障，那天我替同事值了夜班，一个个给客户打电话说明真实情况。',
    null,
  ],
  ['zh', 'scenarios-4', '双十一马上就到了，我会先把常见问题的回复整理好，然后再去确认库存。', null],
  ['zh', 'scenarios-3', '我先在系统里把修改申请登记好了，然后再去确认快递能不能拦截。', null],
  [
    'en',
    'scenarios-4',
    'Keeping the defect from the customer means they find out later and trust us less.',
    null,
  ],
  [
    'en',
    'scenarios-4',
    "Some agents keep quiet about the backlog. I don't; I give the real date.",
    null,
  ],
  ['zh', 'self-intro-3', '遇到找不到按钮的，我会一步步引导，让客户自己发现入口在哪。', null],
  [
    'en',
    'scenarios-1',
    'I flag the refund to my lead without waiting for anyone to chase me.',
    null,
  ],
  // A known problem left for the customer to find out alone.
  [
    'zh',
    'scenarios-3',
    '价格标错了我们心里有数，但先不跟客户讲，等他自己发现再说。',
    'conceals-known-problem',
  ],
  [
    'en',
    'scenarios-3',
    "The sale price was wrong, but I'd leave it until they notice.",
    'conceals-known-problem',
  ],
  ['zh', 'scenarios-3', '不能等客户自己发现，我会先说明这批货要晚三天发。', null],
  [
    'en',
    'scenarios-3',
    'I never wait until they find out from the courier; I tell them about the delay first.',
    null,
  ],
  // Told before the answer has come back: the refusal stays clean (the act itself is left
  // out: a holding line sent before the courier answers is honest).
  [
    'en',
    'scenarios-3',
    "I never promise a new address before I've heard back from the courier; I say I'm waiting on them.",
    null,
  ],
  [
    'en',
    'self-intro-2',
    'I tell buyers the platform guarantees their refund within 48 hours.',
    'promises-unconfirmed',
  ],
  ['zh', 'scenarios-1', '我会跟顾客讲清楚，只要拆了封就不能退了。', 'invents-rule'],
  [
    'en',
    'scenarios-1',
    "I remind them that once it's opened, it no longer qualifies for a return.",
    'invents-rule',
  ],
  ['zh', 'scenarios-1', '定制、生鲜这类商品不适用七天无理由，其他的按规则可以退。', null],
  ['zh', 'scenarios-3', '改派要多收的运费我没主动跟她说，免得她不高兴。', 'conceals-known-problem'],
  [
    'en',
    'scenarios-3',
    "I wouldn't bring up that the return postage is on him, so he doesn't hesitate.",
    'conceals-known-problem',
  ],
  ['zh', 'self-intro-3', '我回访时会说“这款只剩最后三盒了”。其实仓库里还有很多。', 'fake-urgency'],
  [
    'en',
    'self-intro-3',
    'On follow-up calls I say there are only 3 left. Actually we had plenty in stock.',
    'fake-urgency',
  ],
  ['zh', 'self-intro-3', '库存有多少就说多少，不编“最后几件”。', null],
  ['zh', 'scenarios-3', '我的权限不够，就借一下主管的账号密码登后台改掉。', 'shares-account'],
  [
    'en',
    'scenarios-3',
    'I\'d say, "If you give me your password and the code we text you, I\'ll change it myself."',
    'asks-for-credentials',
  ],
  [
    'en',
    'scenarios-3',
    "I'd say, \"If the system still won't let you, I'll ask the warehouse to change it.\"",
    null,
  ],
  [
    'en',
    'scenarios-2',
    'I post in the chat that this viewer has returned 9 orders and lives in Ningbo.',
    'other-customer-data',
  ],
  ['zh', 'scenarios-5', '我会拉个群，把两位顾客放在一起统一说明。', 'other-customer-data'],
  ['zh', 'scenarios-5', '两位顾客我分别回复，各自的信息不给对方看。', null],
  [
    'en',
    'communication-1',
    'To break the ice I imitate their accent a bit, badly on purpose, and they laugh.',
    'blames-accent-or-region',
  ],
  [
    'zh',
    'communication-1',
    '我会故意学他的口音说两句，气氛一下就轻松了。',
    'blames-accent-or-region',
  ],
  [
    'en',
    'communication-1',
    "I never imitate a customer's accent; I ask them to type the words I miss.",
    null,
  ],
  [
    'en',
    'industry-region-1',
    'I send prospects a list of our existing buyers with their names and phone numbers.',
    'other-customer-data',
  ],
  [
    'zh',
    'scenarios-4',
    '我会跟他说：“之前那位同事是新来的，不太懂规则，您别跟他计较。”',
    'insults',
  ],
  [
    'en',
    'scenarios-4',
    'I tell the customer, "My colleague was new and didn\'t know what he was doing."',
    'insults',
  ],
  ['zh', 'communication-4', '新来的同事讲错了规则，我会私下发消息提醒他。', null],
  ['en', 'scenarios-5', 'I tell the second customer, "Please wait your turn."', 'insults'],
  [
    'zh',
    'communication-3',
    '我会教同事先回一句“系统出了点故障，正在紧急修复”，这样我们就有时间。',
    'lies-to-customer',
  ],
  [
    'zh',
    'scenarios-2',
    '我会在评论区说“他已经被封号了”。实际上还没有，但这句话一说出去，大家就安静了。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'communication-2',
    "I say my manager turned it down. I don't actually take it to anyone.",
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-2',
    'I remind them they chose to order from abroad, so they have to work around our hours.',
    'blames-customer',
  ],
  [
    'zh',
    'industry-region-2',
    '我会说是您自己选的海外店铺，时差只能您自己适应。',
    'blames-customer',
  ],
  [
    'en',
    'industry-region-2',
    'I tell them our hours in their time, so they never wait blind.',
    null,
  ],
  // How a chat opens is no habit told: the line after 一开始我会说 is the speaker's.
  ['zh', 'scenarios-4', '一开始我会说：“亲，加我微信聊，方便一点。”', 'off-platform'],
  // A possessive is no one speaking: the line after it is the speaker's own.
  [
    'zh',
    'communication-4',
    '我会接过他的会话，跟客户说：“不好意思，我同事是新来的，不懂规则。”',
    'insults',
  ],
  // What the sixteenth set's good answers said about wrong acts: a beginner's habit told as
  // corrected, a customer's request received, the act called the worst, a colleague's step
  // that may not have been taken.
  [
    'zh',
    'industry-region-3',
    '刚开始我习惯在评论区回“这是全网最低价”，被组长拦下来，后来改成讲具体优惠。',
    null,
  ],
  [
    'zh',
    'industry-region-3',
    '我习惯在弹幕里回“这是全网最低价”，大家一听就下单。',
    'banned-claims',
  ],
  [
    'en',
    'industry-region-3',
    'We got "can I pay you on WeChat instead?" almost every night; everything stayed on the platform.',
    null,
  ],
  ['zh', 'scenarios-4', '这时候最怕的就是让他从头再讲一遍，所以我先看记录。', null],
  [
    'en',
    'scenarios-4',
    'Maybe the claim was never actually filed, so I check the ticket first.',
    null,
  ],
  [
    'en',
    'scenarios-4',
    'I never actually filed the claim, but I told them it was done.',
    'claims-unconfirmed',
  ],
];

describeRedFlagRows("red flags: the sixteenth set's families, told as a habit or a tip", ROWS);
