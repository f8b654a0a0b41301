/**
 * The typing test's passages: replies a platform's customer-service agent types every day,
 * written for this project (none is copied from anywhere). Each one exists in Chinese and in
 * English, under one id, so a result is comparable across languages and no passage lacks its
 * counterpart. Rules are named only in general terms ("the platform's return rules"): a passage
 * is typing practice, not a statement of any platform's policy.
 *
 * Kept as TypeScript data rather than YAML so that the bundle carries it without a loader and
 * a mistake fails the type check; `checkPassages` (tested) holds the rest of the rules.
 */

export interface Passage {
  /** Stable: the history names the passage by it. */
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

export const PASSAGES: readonly Passage[] = [
  {
    id: 'greet-order-number',
    zh: '您好，欢迎光临本店，我是客服小安，很高兴为您服务。为了尽快帮您查询，麻烦您提供一下订单号，或者在订单详情页点击联系客服，我这边就能看到订单信息了。',
    en: 'Hello and welcome to our store, this is Ann from customer service. So that I can look into this quickly, could you send me your order number, or contact us from the order page so that I can see the order details?',
  },
  {
    id: 'late-parcel-apology',
    zh: '非常抱歉让您久等了！我刚刚查看了物流信息，您的包裹目前在中转站，预计明后两天送达。我会帮您持续关注，如果明天还没有更新，我这边会主动联系快递公司催一下。',
    en: 'I am very sorry for the wait. I have just checked the tracking, and your parcel is at a sorting centre now; it should arrive within the next two days. I will keep an eye on it and chase the courier if there is no update tomorrow.',
  },
  {
    id: 'wrong-item',
    zh: '真的很抱歉给您发错了商品，这是我们的失误。麻烦您拍一张收到的商品照片和外包装照片发给我，我核实后马上为您安排换货，来回的运费由我们承担，您不用担心。',
    en: 'I am truly sorry that we sent you the wrong item; that was our mistake. Could you send me a photo of what you received and of the outer box? Once I have checked it, I will arrange an exchange right away, and we will cover the shipping both ways.',
  },
  {
    id: 'return-how',
    zh: '您好，商品在符合平台退货规则的情况下是可以申请退货的。您可以在订单页面点击申请售后，选择退货退款并填写原因，审核通过后按页面提示寄回，我们收到后会尽快处理退款。',
    en: 'Hello, you can return the item as long as it meets the return rules of the platform. Open the order, choose after-sales service, select return and refund and give a reason. Once it is approved, send it back as the page shows, and we will refund you soon after it arrives.',
  },
  {
    id: 'refund-progress',
    zh: '您的退款申请我已经看到了，目前正在处理中。退款会按原支付方式退回，到账时间以支付渠道为准，一般不需要您再做任何操作。如果过几天还没有到账，您随时联系我，我帮您跟进。',
    en: 'I can see your refund request, and it is being processed now. The money goes back the way you paid, and how long it takes depends on the payment provider; you do not need to do anything else. If it has not arrived in a few days, message me and I will follow up.',
  },
  {
    id: 'size-advice',
    zh: '亲，这款衣服偏修身，如果您平时穿中码，又喜欢宽松一点的效果，建议您选大一码。您也可以告诉我身高和体重，我帮您对照尺码表推荐一下，尽量让您一次就买到合适的。',
    en: 'This shirt has a slim fit, so if you usually wear a medium and like a looser feel, we suggest one size up. You are also welcome to tell me your height and weight, and I will check the size chart for you so that the first one you get fits.',
  },
  {
    id: 'out-of-stock',
    zh: '非常抱歉，您看中的这个颜色暂时缺货了，预计下周会补货。您可以先点击到货提醒，补货后系统会第一时间通知您；如果比较着急，也可以看看另外两个颜色，现在都有现货。',
    en: 'I am sorry, the colour you chose is out of stock at the moment, and we expect new stock next week. You can turn on the restock alert and you will be told as soon as it is back; if you need it sooner, the other two colours are in stock now.',
  },
  {
    id: 'damaged-on-arrival',
    zh: '收到的商品有破损，真的给您添麻烦了。请您先不要丢掉外包装，拍一下破损的地方和快递面单发给我。我这边核实后会优先为您处理，您可以选择补发一件新的，也可以申请退款。',
    en: 'I am so sorry the item arrived damaged. Please keep the packaging for now, and send me a photo of the damage and of the shipping label. Once I have checked them, I will deal with this first: we can send you a new one, or you can ask for a refund.',
  },
  {
    id: 'address-change',
    zh: '您好，订单还没有发货，收货地址是可以修改的。请您把新的收货人、电话和详细地址发给我，我核对无误后马上帮您改好，改完会再跟您确认一遍，避免包裹寄错地方。',
    en: 'Hello, your order has not been shipped yet, so the address can still be changed. Please send me the new name, phone number and full address. I will check them and update the order at once, then confirm it with you again so that nothing goes astray.',
  },
  {
    id: 'already-shipped-cancel',
    zh: '很抱歉，您的订单今天上午已经发出了，暂时没办法直接取消。您可以在收到包裹时拒收，或者签收后在订单页面申请退货，我们收到退回的商品后会尽快为您退款。',
    en: 'I am sorry, your order left our warehouse this morning, so it can no longer be cancelled directly. You can refuse the parcel when it arrives, or accept it and request a return from the order page; we will refund you as soon as the item is back with us.',
  },
  {
    id: 'invoice',
    zh: '可以为您开具发票的。请您在订单页面点击申请开票，填写抬头和税号，提交后我们会在几个工作日内开好，电子发票会发送到您留的邮箱。如果信息填错了，及时告诉我就可以修改。',
    en: 'Yes, we can issue an invoice. Open the order, choose request invoice and fill in the name and tax number. We will issue it within a few working days and send the electronic copy to your email. If anything was entered wrongly, just tell me and we can correct it.',
  },
  {
    id: 'coupon-not-applied',
    zh: '您好，我帮您看了一下，这张优惠券需要满一定金额才能使用，您这单还差一点没有达到。您可以再搭配一件小商品凑单，或者先保存优惠券，等下次购物满足条件时再使用。',
    en: 'Hello, I have had a look, and this coupon only works when the order reaches a minimum amount; yours is a little short of it. You could add a small item to reach the amount, or keep the coupon for a later order that meets the condition.',
  },
  {
    id: 'angry-customer',
    zh: '我非常理解您现在的心情，遇到这样的情况换成是我也会着急。请您放心，这件事我会负责跟到底。我先把问题记录下来并上报给专员，今天下班前一定给您一个明确的答复。',
    en: 'I completely understand how you feel; I would be upset too if this happened to me. Please rest assured that I will see this through. I am writing it up and passing it to a specialist now, and you will have a clear answer from me before the end of today.',
  },
  {
    id: 'quality-question',
    zh: '感谢您的反馈，商品质量问题我们非常重视。麻烦您描述一下具体的情况，最好能拍一段视频，方便我们判断问题出在哪里。确认是质量问题的话，我们会按平台规则为您处理。',
    en: 'Thank you for telling us; we take quality problems seriously. Could you describe what is happening, ideally with a short video, so that we can see where the fault lies? If it is a quality problem, we will sort it out for you under the platform rules.',
  },
  {
    id: 'delivery-time',
    zh: '您好，现在下单的话，我们一般会在四十八小时内发货，发货后您可以在订单详情里查看物流。具体送达时间要看您所在的地区和快递的情况，偏远地区可能会稍微慢一点，请您谅解。',
    en: 'Hello, if you order now we usually ship within forty-eight hours, and you can follow the parcel from the order page once it has left. The delivery time depends on where you are and on the courier; it may take a little longer in remote areas, thank you for your patience.',
  },
  {
    id: 'missing-part',
    zh: '真抱歉，您收到的商品少了配件，是我们打包时没有检查仔细。请您告诉我缺少的是哪一个配件，我登记后今天就为您补发，补发的快递单号我会第一时间发给您。',
    en: 'I am really sorry that a part was missing from your order; we did not check it carefully enough when packing. Tell me which part is missing and I will log it and send it out today, and I will give you the new tracking number as soon as I have it.',
  },
  {
    id: 'price-drop',
    zh: '您好，我理解您看到降价后的心情。您购买后价格有变化的情况，可以先看一下订单页面有没有价格保护的入口，符合条件的可以直接申请。如果页面上没有，我帮您查一下这件商品的活动规则。',
    en: 'Hello, I understand how it feels to see the price drop after you bought. First check whether the order page offers price protection; if the order qualifies, you can apply there. If there is no such option, I will look up the terms of the promotion for this item.',
  },
  {
    id: 'account-safety',
    zh: '温馨提醒：我们的客服不会通过电话或短信向您索要验证码、密码，也不会要求您转账到其他账户。所有售后和退款都在平台订单里办理，如果有人以客服名义联系您，请先通过官方渠道核实。',
    en: 'A friendly reminder: our staff will never ask you for a verification code or a password by phone or text, and will never ask you to transfer money to another account. All after-sales and refunds are handled in the order on the platform; if someone calls in our name, check through the official channels first.',
  },
  {
    id: 'after-hours',
    zh: '您好，现在是非工作时间，您的留言我们已经收到了。客服会在明天上午九点上班后按顺序回复您，紧急的物流问题您也可以先在订单页面查看最新进度。感谢您的耐心等待。',
    en: 'Hello, we are outside working hours right now, and we have received your message. Our team will reply in order after we open at nine tomorrow morning; for urgent delivery questions, the order page shows the latest tracking. Thank you for waiting.',
  },
  {
    id: 'thanks-closing',
    zh: '不客气，能帮到您我也很开心。如果之后使用过程中有任何问题，欢迎随时联系我们。祝您生活愉快，如果方便的话，也欢迎您对本次服务做出评价，您的意见会帮助我们做得更好。',
    en: 'You are welcome, I am glad I could help. If anything comes up while you use it, contact us any time. Have a lovely day, and if you have a moment, you are welcome to rate this conversation; your feedback helps us do better.',
  },
  {
    id: 'exchange-size',
    zh: '没问题，尺码不合适是可以换的。请您保持商品和吊牌完好，在订单页面申请换货并选择新的尺码。我们收到您寄回的商品后会尽快把新尺码发出，全程进度都可以在订单里查看。',
    en: 'No problem, we can exchange a size that does not fit. Please keep the item and its tags in good condition, then request an exchange from the order page and choose the new size. We will send the new one soon after yours reaches us, and you can follow every step in the order.',
  },
  {
    id: 'courier-lost',
    zh: '非常抱歉，您的包裹物流信息已经好几天没有更新了。我已经联系快递公司核查，如果确认包裹丢失，我们会为您重新发货或者办理退款，两种方式由您来选，我明天中午前给您回复进展。',
    en: 'I am very sorry, the tracking for your parcel has not moved for several days. I have asked the courier to investigate; if the parcel turns out to be lost, we will send a new one or refund you, whichever you prefer, and I will update you before noon tomorrow.',
  },
  {
    id: 'product-usage',
    zh: '您好，这款电热水壶第一次使用前，建议先装满水烧开后倒掉，重复两次可以去除新壶的味道。使用时注意水位不要超过最高刻度，烧水过程中请不要打开壶盖，以免烫伤。',
    en: 'Hello, before using this kettle for the first time, fill it, boil the water and pour it away, twice, to remove the new smell. When you use it, keep the water under the maximum line and do not open the lid while it is boiling, so that you do not get scalded.',
  },
  {
    id: 'no-reason-asked',
    zh: '好的，您不想要了也没关系。只要商品符合平台规定的退货条件，您就可以在订单页面申请退货，不需要说明特别的理由。请您把商品和配件包装好寄回，我们收到后会按规则处理。',
    en: 'That is fine, you do not need to keep it. As long as the item meets the return conditions the platform sets, you can request a return from the order page without giving a special reason. Please pack the item and its accessories and send them back, and we will process it by the rules.',
  },
  {
    id: 'shipping-fee-question',
    zh: '关于退货运费，要看退货的原因。如果是商品本身有问题或者发错了货，运费由我们承担；如果是个人原因退货，一般按平台的规则和您购买时的服务来处理。您把情况告诉我，我帮您确认。',
    en: 'Who pays for the return shipping depends on why it is returned. If the item is faulty or we sent the wrong one, we pay; if you return it for a reason of your own, it follows the platform rules and any service you bought with the order. Tell me what happened and I will confirm it for you.',
  },
  {
    id: 'slow-reply-apology',
    zh: '抱歉让您等了这么久才回复，现在咨询的人比较多，是我们的响应不够及时。您的问题我已经记下了，接下来我会一直在线，帮您把这件事处理完，请您把遇到的情况再简单说一下。',
    en: 'I am sorry it took so long to reply; we have many customers waiting right now and we were too slow. I have noted your question, and I will stay with you until this is sorted. Could you briefly tell me what happened?',
  },
  {
    id: 'gift-wrap',
    zh: '可以的，我们提供免费的礼品包装服务。请您在下单时在备注里写上需要礼品包装，如果需要附上贺卡，也可以把想写的话一起备注，我们会手写后放进包裹里，不会放入价格单。',
    en: 'Yes, we offer free gift wrapping. Just add a note when you order saying that you would like it wrapped, and if you want a card, write the message in the note as well. We will write it by hand and put it in the parcel, without the receipt.',
  },
  {
    id: 'pre-sale',
    zh: '您好，这是预售商品，付完定金后需要在规定时间内支付尾款，尾款支付后才会按顺序发货。预计发货时间在商品页面上有写，如果有变化我们会提前通知您，请您留意订单消息。',
    en: 'Hello, this is a pre-order item: after the deposit, the balance has to be paid within the time shown, and orders ship in turn once the balance is paid. The expected shipping date is on the product page; if it changes, we will tell you in advance, so please watch the order messages.',
  },
  {
    id: 'review-thanks',
    zh: '感谢您抽出时间给我们留下评价，您提到的包装问题我们已经反馈给仓库同事，后面会改进打包方式。如果这次的商品使用中还有任何不满意的地方，请直接联系我们，我们会认真处理。',
    en: 'Thank you for taking the time to leave a review. We have passed your comment about the packaging to our warehouse team, and we will improve the way we pack. If anything about this item still disappoints you, contact us directly and we will take care of it.',
  },
  {
    id: 'escalate-supervisor',
    zh: '您反映的情况我已经详细记录了，这个问题需要由专门负责的同事来处理，我现在就帮您提交上去。处理人员会在二十四小时内联系您，在这之前有任何新的情况，您也可以直接在这里留言给我。',
    en: 'I have written down everything you told me. This needs a colleague who handles such cases, so I am passing it on right now. They will contact you within twenty-four hours, and if anything new comes up before then, you can leave me a message here.',
  },
  {
    id: 'bulk-order',
    zh: '您好，感谢您对我们店铺的信任。大批量采购的话价格可以单独商量，请您告诉我需要的商品、数量和期望的交货时间，我整理好后转给负责的同事，他会在平台上给您发报价。',
    en: 'Hello, thank you for trusting our store. For a large order we can discuss the price separately. Tell me which items you need, how many, and when you would like them; I will pass the details to the colleague in charge, who will send you a quote on the platform.',
  },
  {
    id: 'follow-up-check',
    zh: '您好，我是昨天为您处理换货的客服，想跟您确认一下新的商品是否已经收到，使用起来还满意吗？如果还有什么不合适的地方，您直接回复这条消息就可以，我会继续帮您处理。',
    en: 'Hello, I am the agent who handled your exchange yesterday. I wanted to check whether the new item has arrived and whether you are happy with it. If anything is still not right, just reply to this message and I will keep helping you.',
  },
  {
    id: 'privacy-no-share',
    zh: '很抱歉，为了保护每位顾客的隐私，我们不能提供其他顾客的任何信息。您的订单信息我可以帮您核对，请您提供订单号，我会在核实身份后为您查询，请您理解。',
    en: 'I am sorry, but to protect every customer we cannot share anything about other customers. I can check your own order for you: please give me your order number, and I will look it up once I have confirmed that it is yours. Thank you for understanding.',
  },
];
