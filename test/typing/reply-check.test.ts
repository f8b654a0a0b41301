import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { CUSTOMER_MESSAGES } from '../../src/typing/customer-messages.js';
import { checkReply } from '../../src/typing/reply-check.js';

const bank = await loadBank(defaultBankPath(), { lang: 'zh' });
const parcel = CUSTOMER_MESSAGES.find((m) => m.id === 'where-is-my-parcel');
if (!parcel) throw new Error('the parcel message is gone');
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('checkReply', () => {
  it('finds the service phrases a reply uses, through the bank concepts, and names the missing', () => {
    const check = checkReply(
      parcel,
      '您好，真的很抱歉，请您提供一下订单号，我马上帮您查。',
      'zh',
      bank.file,
    );
    expect(ids(check.found)).toEqual(['greeting', 'apology', 'verify', 'timeline']);
    expect(ids(check.missing)).toEqual(['empathy']);
    expect(check.missing[0]?.name).toBe('共情');
    expect(check.redFlags).toEqual([]);
  });

  it('does not count a phrase said inside a negation', () => {
    const check = checkReply(parcel, '您好，这事我不会道歉，也没必要核实订单号。', 'zh', bank.file);
    expect(ids(check.found)).toEqual(['greeting']);
  });

  it("reports the bank's red flags, in the interface's language", () => {
    const zh = checkReply(parcel, '您好，您加我微信吧，我私下给您处理。', 'zh', bank.file);
    expect(ids(zh.redFlags)).toContain('off-platform');
    expect(zh.redFlags[0]?.wrong).toContain('平台之外');
    const en = checkReply(parcel, 'Hi, add me on WeChat and I will sort it out.', 'en', bank.file);
    expect(ids(en.redFlags)).toContain('off-platform');
    expect(en.redFlags[0]?.wrong).toContain('off the platform');
  });

  it('judges an English reply with the English terms', () => {
    const check = checkReply(
      parcel,
      'Hello, I am so sorry for the wait, I understand how frustrating this is. Could you send me your order number? I will update you within 30 minutes.',
      'en',
      bank.file,
    );
    expect(ids(check.found)).toEqual(['greeting', 'apology', 'empathy', 'verify', 'timeline']);
  });

  it('every message expects a greeting and a check of the facts, and has both languages', () => {
    for (const m of CUSTOMER_MESSAGES) {
      expect(m.expects).toContain('greeting');
      expect(m.expects).toContain('verify');
      // The model reply passes its own check: the phrases are findable as written.
      expect(ids(checkReply(m, m.model.zh, 'zh', bank.file).missing), m.id).toEqual([]);
      expect(ids(checkReply(m, m.model.en, 'en', bank.file).missing), m.id).toEqual([]);
    }
  });
});
