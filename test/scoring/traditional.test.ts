import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { toSimplified, traditionalTable } from '../../src/scoring/traditional.js';

describe('toSimplified', () => {
  it.each([
    ['訂單號', '订单号'],
    ['退貨', '退货'],
    ['換貨', '换货'],
    ['質量', '质量'],
    ['體諒', '体谅'],
    ['處理', '处理'],
    ['聯繫', '联系'],
    ['溝通', '沟通'],
    ['諮詢', '咨询'],
    ['運費', '运费'],
    ['賠償', '赔偿'],
    ['時區', '时区'],
    ['節假日', '节假日'],
    ['雙十一大促', '双十一大促'],
    ['退款到帳', '退款到账'],
    ['跨境支付與匯率', '跨境支付与汇率'],
    ['個人資訊', '个人信息'],
    ['品質問題', '质量问题'],
    ['請私訊小編', '请私信小编'],
    ['回覆客人', '回复客人'],
    ['ＯＫ，沒問題', 'ＯＫ，没问题'],
    ['already simplified 订单号', 'already simplified 订单号'],
  ])('%s → %s', (input, expected) => expect(toSimplified(input)).toBe(expected));

  it('keeps the length of the text, so offsets stay valid', () => {
    const text = '您好，很抱歉造成您的不便，我們會儘快為您處理，請提供訂單號碼與聯絡資訊。';
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('maps to characters it does not map again', () => {
    const table = traditionalTable();
    for (const [from, to] of table) {
      expect(table.has(to), `${from} → ${to}`).toBe(false);
      expect(to).not.toBe(from);
    }
  });

  it('leaves the shipped bank (written in simplified) unchanged', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'en' });
    for (const q of bank.sections.flatMap((s) => s.questions)) {
      for (const k of q.key_points) {
        for (const word of [k.point, ...k.keywords]) expect(toSimplified(word)).toBe(word);
      }
    }
  });
});
