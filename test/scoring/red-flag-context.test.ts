import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * A red flag is the candidate's own wrong act. A strong answer names the
 * forbidden thing to refuse it, warn about it, explain the rule, report it,
 * or to tell what the customer or a scammer said or did: none of that is a
 * violation. The same table holds the real violations, which must still
 * show. Sentences written for this test, not taken from any fixture; scored
 * against the shipped bank, whose red flags are in force on every question.
 */
const base = await loadBank(defaultBankPath(), { lang: 'en' });
const contexts = {
  zh: scoringContext(localizeBank(base, 'zh')),
  en: scoringContext(localizeBank(base, 'en')),
};

function redFlags(lang: 'zh' | 'en', text: string): string[] {
  const context = contexts[lang];
  const question = context.questions?.[0];
  if (!question) throw new Error('no question');
  return scoreAnswer(question, text, context)
    .flags.filter((f) => f.code === 'red-flag')
    .map((f) => (f.code === 'red-flag' ? f.id : ''));
}

/** Naming the forbidden thing to refuse it, warn about it, explain it, report it, or quote someone. */
const NOT_THE_CANDIDATES_ACT: ['zh' | 'en', string][] = [
  // Refusing what the customer asks for.
  ['zh', '客户想加我微信私下退款，我会婉拒并说明只能在平台内处理。'],
  ['zh', '买家让我留个手机号，我说不好意思，我们只在平台上沟通，这样您的交易有保障。'],
  ['zh', '他非要加个微信，我礼貌地拒绝了，告诉他订单的事都在这个对话里处理。'],
  ['zh', '客户问能不能私下转账便宜点，我说不行，必须在平台下单。'],
  ['en', 'The customer asked for my WhatsApp and I said we keep everything on the platform.'],
  [
    'en',
    'If a buyer wants to pay me directly, I politely say no and keep the order on the platform.',
  ],
  [
    'en',
    'She wanted to move to WeChat; I declined and explained the platform protects her payment.',
  ],
  // Warnings and scams.
  ['zh', '我会提醒买家不要点站外链接，也不要加陌生人的微信。'],
  ['zh', '如果有人让你加微信付款，那是诈骗。'],
  ['zh', '有人冒充客服让客户加微信退款，这是典型的骗局，我会马上提醒客户。'],
  ['zh', '我会说“为了您的资金安全，我们只在平台内沟通，不会让您加微信或者私下转账”。'],
  ['en', 'Beware of anyone who asks you to pay off the platform: that is a scam.'],
  [
    'en',
    'I would warn the buyer never to send a bank transfer to someone who messages on WhatsApp.',
  ],
  ['en', 'Scammers often ask buyers to add them on WeChat, so I tell customers we never do that.'],
  // Lists of don'ts.
  ['zh', '我不能让客户加微信、也不留私人电话，更不会私下转账。'],
  ['zh', '不能私下交易，也不会把别人的订单号发给他，更不会和他对骂。'],
  ['zh', '不加微信、不留个人电话、不私下转账，这三条我一直守着。'],
  ['en', "I won't compare them to other customers or share anyone's order details."],
  ['en', "I'd never read another buyer's address to him."],
  ['en', 'No personal numbers, no WeChat, no off-platform payment: everything stays in the chat.'],
  // Others' data: refusing and explaining.
  ['zh', '他想知道上一个客户的地址，我告诉他别人的信息我们不能透露。'],
  ['zh', '别的客户的订单号、手机号我绝不会告诉他。'],
  [
    'en',
    "He wanted another customer's phone number; I told him we never share other people's details.",
  ],
  // Insults said by the customer, not by the agent.
  ['zh', '他骂我们是骗子，我没有回嘴，先道歉再查订单。'],
  ['zh', '客户在直播间说我们是垃圾，我没有怼回去，而是私信问他遇到了什么问题。'],
  ['zh', '买家骂我神经病，我还是耐心地核实了订单。'],
  ['en', 'The customer called us idiots, I stayed calm and checked the order.'],
  ['en', 'He told me to shut up; I apologised and asked for the order number.'],
  ['en', "I'd never argue back or call a customer stupid, however rude they are."],
  // Accents and regions.
  ['zh', '我不会拿他的口音开玩笑，会放慢语速再确认一遍。'],
  ['zh', '不是口音的问题，是我没听清，我再确认一下。'],
  ['zh', '我不会说“您这口音我听不懂”，而是请他打字或者请方言同事帮忙。'],
  ['zh', '不能给客户贴地域标签，比如说“你们那边的人就是爱砍价”。'],
  ['en', "I won't blame his accent; I'll ask him to type the order number instead."],
  ['en', "Saying 'people from your area always haggle' is a label I would never use."],
];

/**
 * Written after the rules above were in, to see how far they carry; the
 * ones they did not carry are fixed in the same way, not by their words.
 */
const AFTER_THE_RULES: ['zh' | 'en', string][] = [
  ['zh', '顾客一直要我的私人电话，我解释说售后都在平台上留记录，方便以后查。'],
  ['zh', '对方说“你加我QQ，我把钱转你”，我没有答应。'],
  ['zh', '我会提醒他：凡是让您到站外付款的，都是骗局。'],
  ['zh', '我绝不会加客户微信，也不会留私人手机，更不会让他私下转账。'],
  ['zh', '观众在弹幕里骂主播没素质，我先把情绪接住，再说明问题会怎么处理。'],
  ['zh', '别人的手机号、地址、订单号，我都不会发给他。'],
  ['zh', '有的买家会说“你们客服就是糊弄人”，这时候更要把处理进度讲清楚。'],
  ['zh', '如果客户要求站外交易，我会说明平台规则，并把沟通留在平台内。'],
  ['zh', '客户嫌我听不懂他的方言，我道歉后请会说方言的同事帮忙。'],
  ['en', 'A viewer said we were pathetic; I thanked him and asked what went wrong.'],
  [
    'en',
    'When the buyer asked me to move to WhatsApp, I explained that we keep the chat here for her protection.',
  ],
  ['en', 'Asking a buyer to pay by bank transfer is against the platform rules.'],
  ['en', 'Someone pretending to be our support asked her to add them on WeChat, so I reported it.'],
  ['en', 'I never give out my personal number or take payment off the platform.'],
  ['en', 'He kept calling me stupid, but I stayed polite and offered a replacement.'],
  // Naming an act to say what it leads to.
  ['zh', '对骂只会让直播间更乱，我会先私信他。'],
  ['zh', '私下转账没有任何保障，所以我会请他在平台下单。'],
  ['zh', '站外交易出了纠纷平台没法介入，我会跟客户讲清楚。'],
  ['zh', '在公屏上回骂只会火上浇油。'],
  ['en', 'Payments outside the platform are not protected, so I keep the order here.'],
  ['en', "Anything paid off-platform isn't covered by buyer protection."],
  ['en', 'Telling him to speak properly would only make him angrier.'],
  ['en', 'Off-platform deals leave the buyer with no protection, so I never suggest them.'],
  ['en', "Sharing another customer's details would break their trust, so I keep to his own order."],
  // Other agents' mistakes told as a lesson; what the platform punishes; risks named.
  ['zh', '很多新人会跟客户对骂，我觉得那样只是在发泄。'],
  ['zh', '我会把私下转账的风险讲清楚，请他在平台付款。'],
  ['zh', '私下转账的钱一旦出问题就追不回来了。'],
  ['en', 'Some agents tell callers to speak properly, which just makes it worse.'],
  ['en', 'The platform penalises off-platform contact, so every message stays in the chat.'],
  ['en', 'Moving the buyer to WhatsApp risks a penalty for the shop and leaves her unprotected.'],
];

/**
 * Written for the sixth blind set's misses, in their general shape: other
 * people in the plural, a colleague or a shop quoted after "told a buyer" or
 * after a clause of their own, and what they did going on past a comma.
 */
const OTHERS_TOLD_AT_LENGTH: ['zh' | 'en', string][] = [
  ['en', 'Some customers ask me to pay them back through WhatsApp, off the platform entirely.'],
  ['en', 'Viewers sometimes demand a discount by bank transfer, outside the app.'],
  ['en', 'A coworker of mine once told a shopper, "Add me on WhatsApp and I will refund you."'],
  ['en', 'A buyer from Spain got a cracked mug in the parcel and wrote, "This shop is garbage."'],
  ['zh', '有个卖家拖了一个星期，最后在聊天里说"加我微信，私下退你五十"。'],
  ['zh', '以前带我的老员工跟客户吵起来，在群里说“你就是神经病”，后来被投诉了。'],
  // The addressee's words quoted back, and a line of dialogue under a speaker's label.
  ['zh', "我会跟新人说：\"上午那单你说'这不归我管'，下次可以说'我帮您查'。\""],
  [
    'en',
    "I would tell him: \"Earlier you told the buyer 'that is not my department', next time try 'let me check'.\"",
  ],
  ['en', 'Viewer two: "You are all idiots, refund me."'],
  ['zh', '买家B：“你们就是垃圾店，退钱！”'],
  // Slips listed as examples of what to correct.
  [
    'en',
    "If a teammate slips, such as a refund by bank transfer, a wrong warranty rule, or reading out another buyer's phone number, I point it out in private.",
  ],
  ['zh', '严重的错误，比如让客户加私人微信、把别的客户的手机号发出去，要当天私下提醒他。'],
  // A thought once had and not acted on.
  ['zh', '刚入职时我差点把自己的私人手机号发给一位老客户，后来想明白了还是留在平台。'],
  [
    'en',
    'In my first month I was tempted to give a regular buyer my personal number, but my lead explained why not.',
  ],
  // Wordings not to be said, judged, or replaced.
  ['zh', '直播时不能说"私信加微信有优惠""转账给我更便宜"，下单都走平台。'],
  ['zh', '以前常说的"加微信更便宜"，后来统一改成"平台下单领券"。'],
  ['en', 'Phrases like "pay me on WhatsApp" or "bank transfer is cheaper" are violations.'],
  ['en', 'Chats moved to WhatsApp leave nobody protected when something goes wrong.'],
  [
    'en',
    'One host replied to a viewer, "Add me on WeChat for a discount," and the shop was fined.',
  ],
  // Some agents' habit, told to be refused: people, not the role the speaker advises.
  ['zh', '有的淘宝客服可以直接跟买家说“已经发货了”其实根本没发，这种做法我不认同。'],
  ['zh', '其他的客服可以跟买家说“平台肯定判您赢”，这种话我不会说。'],
  ['zh', '有的客服会跟买家说“您放心，这单平台肯定判您赢，退款一定能拿到”，这种话我从来不说。'],
  // A message received, and others' acts named inside the speaker's own warning to customers.
  ['zh', '群里弹出一条：“客户要加微信私下转账，怎么办？”我会提醒同事不能这样做。'],
  ['zh', '我会跟观众说：“有的粉丝会让您加微信买便宜货，请不要相信，下单都在直播间。”'],
  ['zh', '我跟客户说：“有的客户会让我们私下转账退款，这个我们不能做，退款只走平台。”'],
  ['zh', '很多客户都是想借机多要一点，这种心情可以理解，我还是按规则给他算清楚。'],
  // "Someone we had once …": a colleague introduced by 有位 / 有个, and what they agreed to.
  ['zh', '有位新同事私下答应客户走私人账户付款，后来被处罚了。'],
  ['zh', '之前有个同事答应客户加微信返现，店铺因此被扣了分。'],
];

/** The candidate's own wrong act, which must still show. */
const THE_CANDIDATES_ACT: ['zh' | 'en', string, string][] = [
  ['zh', '我加您微信，转账给您退。', 'off-platform'],
  ['zh', '您留个手机号，我们微信上聊，方便一点。', 'off-platform'],
  ['en', "I'll text you on WhatsApp and refund you there.", 'off-platform'],
  ['en', 'Just pay me directly by bank transfer and I will ship today.', 'off-platform'],
  ['zh', '你们那边的人就是爱砍价。', 'blames-accent-or-region'],
  ['zh', '您这口音太重了，请您说普通话。', 'blames-accent-or-region'],
  ['en', 'People from your area always haggle, so I hold firm.', 'blames-accent-or-region'],
  ['zh', '我会把上一个客户的地址念给他听，让他自己去对。', 'other-customer-data'],
  ['en', "I'd show him the other customer's address so he can compare.", 'other-customer-data'],
  ['zh', '你自己听不懂怪谁，闭嘴吧。', 'insults'],
  ['zh', '他骂我，我就骂回去。', 'insults'],
  ['en', 'If he is rude I tell him to shut up.', 'insults'],
  // Written after the rules were in.
  ['zh', '您直接加我微信吧，我私下转给您。', 'off-platform'],
  ['zh', '你们农村人就是爱砍价。', 'blames-accent-or-region'],
  ['en', "Add me on WhatsApp and I'll sort it out there.", 'off-platform'],
  ['zh', '他骂我，我就回一句你有病吧。', 'insults'],
  ['en', 'The customer said it was broken so I told him to shut up.', 'insults'],
  ['zh', '客户要退款的话，我让他加我微信转给他。', 'off-platform'],
  ['en', "If the buyer insists I'd give him my personal number.", 'off-platform'],
  ['zh', '对骂就对骂，我不怕他。', 'insults'],
  ['en', "Let's move to WhatsApp, it's quicker for both of us.", 'off-platform'],
  ['zh', '我会跟他说，私下转账更快，您转给我就行。', 'off-platform'],
  ['en', 'I tell him to speak properly or call back later.', 'blames-accent-or-region'],
  // Beside the sixth set's rules: the speaker after someone else's act, or quoting themself.
  ['en', 'Customers ask for a refund, so I tell them to add me on WhatsApp.', 'off-platform'],
  ['en', 'The buyer was angry and I said, "Shut up and wait."', 'insults'],
  ['zh', '客户一直催，我就说“你加我微信，我私下转你”。', 'off-platform'],
  ['zh', '比如客户催得急，我就让他加我微信，提醒他别在平台投诉。', 'off-platform'],
  ['en', 'If he pushes, like asking twice, I give him my personal number.', 'off-platform'],
  ['en', "Customer: where is it? Me: 'Shut up and wait.'", 'insults'],
  ['zh', '我差点忘了，您加我微信，我私下转给您。', 'off-platform'],
  ['en', 'I almost forgot: add me on WhatsApp and I will refund you there.', 'off-platform'],
  ['zh', '我把平台退款改成私下转账，您加我微信就行。', 'off-platform'],
  // A region left unnamed as a label, and another form of "speak properly".
  [
    'en',
    'Shoppers from certain regions haggle all the time, so I keep replies short.',
    'blames-accent-or-region',
  ],
  ['en', 'I pass the call to a relative who speaks proper Chinese.', 'blames-accent-or-region'],
  ['zh', '某些地区的客户脾气冲，我一般不多解释。', 'blames-accent-or-region'],
  // The line an agent is said to be able to give, the role named bare: the speaker's advice.
  [
    'zh',
    '阿里客服可以直接跟买家说“您放心，这单平台肯定判您赢，退款一定能拿到”，客户马上就安心了。',
    'promises-unconfirmed',
  ],
  // A personal account to pay into is off the platform.
  ['zh', '有个客户很急，我就让他走私人账户付款。', 'off-platform'],
  ['en', 'Just pay into my personal account and save the fee.', 'off-platform'],
];

describe('red flags: naming a violation is not committing it', () => {
  it.each(NOT_THE_CANDIDATES_ACT)('(%s) %s', (lang, text) => {
    expect(redFlags(lang, text)).toEqual([]);
  });
});

describe('red flags: sentences written after the rules', () => {
  it.each(AFTER_THE_RULES)('(%s) %s', (lang, text) => {
    expect(redFlags(lang, text)).toEqual([]);
  });
});

describe('red flags: others quoted or described at length', () => {
  it.each(OTHERS_TOLD_AT_LENGTH)('(%s) %s', (lang, text) => {
    expect(redFlags(lang, text)).toEqual([]);
  });
});

describe('red flags: the candidate’s own wrong act still shows', () => {
  it.each(THE_CANDIDATES_ACT)('(%s) %s → %s', (lang, text, id) => {
    expect(redFlags(lang, text)).toContain(id);
  });
});
