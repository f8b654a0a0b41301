/**
 * `typing --reply`: what customers write in a shop's chat window, and what a good first reply
 * to each does, written for this project. A message names the service phrases its reply is
 * checked for (see `reply-check.ts`); the model reply is shown afterwards, as one way to say it.
 */
import type { Lang } from '../lang.js';

/** The service phrases a reply is checked for (their words are in `reply-check.ts`). */
export type PhraseId =
  | 'greeting'
  | 'apology'
  | 'empathy'
  | 'verify'
  | 'follow-up'
  | 'timeline'
  | 'thanks';

export interface CustomerMessage {
  readonly id: string;
  readonly text: Readonly<Record<Lang, string>>;
  readonly model: Readonly<Record<Lang, string>>;
  readonly expects: readonly PhraseId[];
}

export const CUSTOMER_MESSAGES: readonly CustomerMessage[] = [
  {
    id: 'where-is-my-parcel',
    text: {
      zh: '我五天前买的东西到现在还没收到，物流也一直不动，到底怎么回事？',
      en: 'I ordered five days ago and still have nothing, and the tracking has not moved. What is going on?',
    },
    model: {
      zh: '您好，非常抱歉让您久等了，我非常理解您着急的心情。麻烦您发一下订单号，我马上帮您查，今天下午五点前给您回复进展。',
      en: 'Hello, I am very sorry for the wait, and I understand how frustrating this is. Could you send me your order number? I will check it now and update you by 5 pm today.',
    },
    expects: ['greeting', 'apology', 'empathy', 'verify', 'timeline'],
  },
  {
    id: 'broken-on-arrival',
    text: {
      zh: '收到的杯子碎了一个，包装也压扁了，你们怎么发货的？',
      en: 'One of the cups arrived broken and the box was crushed. How did you pack this?',
    },
    model: {
      zh: '您好，真的很抱歉，收到碎掉的杯子一定很失望。麻烦您拍一下破损的杯子和外包装发给我，核实后马上给您补发或退款，处理好我会主动通知您。',
      en: 'Hello, I am truly sorry; I understand how disappointing that is. Could you send me a photo of the cup and the box? Once I have checked it, we will send a new one or refund you, and I will keep you updated.',
    },
    expects: ['greeting', 'apology', 'empathy', 'verify', 'follow-up'],
  },
  {
    id: 'refund-not-received',
    text: {
      zh: '退货你们都签收三天了，钱怎么还没退给我？',
      en: 'You signed for my return three days ago. Why have I not got my money back?',
    },
    model: {
      zh: '您好，抱歉让您担心了。请您提供一下订单号，我先核实退款进度；退款会按原支付方式退回，我会跟进到账情况，明天中午前给您答复。',
      en: 'Hello, I am sorry for the worry. Please give me your order number so that I can check the refund; it goes back the way you paid, and I will follow it up and get back to you by noon tomorrow.',
    },
    expects: ['greeting', 'apology', 'verify', 'follow-up', 'timeline'],
  },
  {
    id: 'wrong-colour',
    text: {
      zh: '我买的是黑色，收到的是白色，这个要怎么处理？',
      en: 'I bought the black one and got a white one. What now?',
    },
    model: {
      zh: '您好，非常抱歉给您发错了颜色，这是我们的失误。麻烦您发一下订单号和收到商品的照片，我核实后马上安排换货，运费由我们承担，谢谢您的耐心。',
      en: 'Hello, I am very sorry we sent the wrong colour; that was our mistake. Please send me your order number and a photo of what arrived, and I will arrange an exchange at our cost. Thank you for your patience.',
    },
    expects: ['greeting', 'apology', 'verify', 'thanks'],
  },
  {
    id: 'angry-third-time',
    text: {
      zh: '这已经是我第三次来问了！每次都说帮我查，结果一点消息都没有！',
      en: 'This is the third time I am asking! Every time you say you will check, and then nothing!',
    },
    model: {
      zh: '您好，真的非常抱歉，换作是我问了三次也会很生气。这次我亲自跟进，请您再发一下订单号，我查清楚后在一小时内给您回复，不会再让您等了。',
      en: 'Hello, I am truly sorry; I would be upset too after asking three times. I will follow this up myself: please send your order number once more, and I will get back to you within 2 hours.',
    },
    expects: ['greeting', 'apology', 'empathy', 'verify', 'follow-up', 'timeline'],
  },
  {
    id: 'size-too-small',
    text: {
      zh: '鞋子偏小穿不上，能换大一码吗？',
      en: 'The shoes are too small. Can I swap them for a size up?',
    },
    model: {
      zh: '您好，可以的，给您添麻烦了。请您提供订单号，我核实后帮您申请换大一码，寄回时保持鞋盒完好就行，新鞋发出后我会通知您，感谢您的理解。',
      en: 'Hello, yes, of course, and sorry for the trouble. Please send me your order number; I will check it and set up the exchange for a size up. Keep the shoe box in good shape, and I will update you when the new pair ships. Thank you!',
    },
    expects: ['greeting', 'verify', 'follow-up', 'thanks'],
  },
  {
    id: 'coupon-failed',
    text: {
      zh: '你们页面上写的优惠券我怎么用不了？下单的时候没有减钱。',
      en: 'The coupon on your page does not work. Nothing came off when I ordered.',
    },
    model: {
      zh: '您好，不好意思给您带来不便。麻烦您发一下订单号和优惠券的截图，我帮您查看是哪个条件没有满足，查清楚后十分钟内回复您。',
      en: 'Hello, sorry for the trouble. Could you send me your order number and a screenshot of the coupon? I will check which condition was not met and reply within 10 minutes.',
    },
    expects: ['greeting', 'apology', 'verify', 'timeline'],
  },
  {
    id: 'late-for-gift',
    text: {
      zh: '这是我给孩子买的生日礼物，后天就要用，能不能快点发货？',
      en: 'This is a birthday present for my child and I need it the day after tomorrow. Can you ship it faster?',
    },
    model: {
      zh: '您好，完全理解您的心情，孩子的生日礼物当然不能耽误。请您发一下订单号，我马上核实并联系仓库优先发货，今天下班前告诉您结果，谢谢您。',
      en: 'Hello, I understand how you feel; a birthday present cannot be late. Please send me your order number and I will check it and ask the warehouse to ship it first. I will let you know by 6 pm today. Thank you!',
    },
    expects: ['greeting', 'empathy', 'verify', 'timeline', 'thanks'],
  },
];
