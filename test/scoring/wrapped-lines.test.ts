import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/scoring/answer-text.js';
import { redFlagsOn } from './shipped-scoring.js';

/**
 * An answer pasted from an editor that wraps lines at a fixed width: its
 * sentences, and its quotations, go on across the breaks (the thirteenth
 * blind set is written so). A break after a comma, or between English words
 * going on in lower case or into a quotation, is read as a space.
 */
describe('hard-wrapped lines', () => {
  it('keeps a refusal over a quotation broken by the wrap', () => {
    const text = '我们统一回"所有优惠都在直播间，\n拍下就有"，也不说"给好评返红包"之类的话。';
    expect(redFlagsOn('zh', 'industry-region-3', text)).toEqual([]);
  });

  it('keeps an English refusal whose quotation starts on the next line', () => {
    const text =
      'Never steer people off the platform. No private transfers, and no\n"cash back for a good review."';
    expect(redFlagsOn('en', 'industry-region-3', text)).toEqual([]);
  });

  it('still sees the act said across a wrapped line', () => {
    const text = '为了省时间，我会让同事把千牛账号和密码告诉我，\n我直接登录他的账号回客户。';
    expect(redFlagsOn('zh', 'communication-3', text)).toContain('asks-for-credentials');
  });

  it('ends a sentence at a line that ends one, and keeps a list of lines apart', () => {
    const wrapped = prepareText('先道歉，\n再核实');
    const listed = prepareText('先道歉\n再核实');
    const sentences = (t: ReturnType<typeof prepareText>) => new Set(t.clauseSentence).size;
    expect(sentences(wrapped)).toBe(1);
    expect(sentences(listed)).toBe(2);
  });
});
