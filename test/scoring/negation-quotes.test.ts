import { describe, expect, it } from 'vitest';
import { gradeOn, redFlagsOn } from './shipped-scoring.js';

/**
 * A negation inside a quoted wording (the reason code "item not received",
 * “未收到货”) ends at the quotation's closing mark: what follows the
 * quotation is not negated, so it earns its key point, and a trap told
 * after it still shows its red flag. Sentences written for this test.
 */
const covered = (lang: 'zh' | 'en', id: string, index: number, text: string) =>
  gradeOn(lang, id, text).keyPoints[index]?.covered === true;

describe('a negation inside a quotation ends at its closing mark', () => {
  it.each([
    ['en', 'The buyer ticks "item not received", verify the tracking, compare the evidence.'],
    ['en', "The buyer ticks 'item not received', verify the tracking, compare the evidence."],
    ['zh', '原因是“未收到货”后我会核实物流和证据。'],
    ['zh', '原因是「未收到货」后我会核实物流和证据。'],
  ] as const)('%s: %s earns the check', (lang, text) => {
    expect(covered(lang, 'scenarios-1', 1, text)).toBe(true);
  });

  it.each([
    ['zh', '您就选“未收到货”好通过。'],
    ['zh', '您就选「未收到货」好通过。'],
    ['en', 'Just pick "not as described" anyway.'],
  ] as const)('%s: %s is still a red flag', (lang, text) => {
    expect(redFlagsOn(lang, 'scenarios-12', text)).toContain('false-refund-reason');
  });

  it('a negation before a quotation still reaches into it and on', () => {
    expect(
      covered('en', 'scenarios-1', 1, 'I never say "check the order", verify or compare evidence.'),
    ).toBe(false);
    expect(covered('zh', 'scenarios-1', 1, '我不会说“先核实”，也不核实证据。')).toBe(false);
  });
});
