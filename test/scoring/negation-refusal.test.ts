import { describe, expect, it } from 'vitest';
import { redFlagsOn } from './shipped-scoring.js';

/**
 * 就 ends a negation that waives a step ("不核实就直接全额退款" still refunds),
 * but not one that refuses the whole act when only haste or a skipped step
 * stands before it ("不会一上来就直接全额退款" refuses the refund). Sentences
 * written for this test.
 */
const flags = (text: string) => redFlagsOn('zh', 'scenarios-1', text);

describe('a refusal runs on through 就 after haste or a skipped step', () => {
  it.each([
    '我不会一上来就直接全额退款，先核实订单和照片。',
    '千万不能没核实就直接全额退款，先看照片。',
    '不要一收到投诉就直接全额退款，先核对订单。',
    '我绝不会马上就当场全额退款，先请他拍照。',
  ])('%s is no unchecked refund', (text) => {
    expect(flags(text)).not.toContain('refund-unchecked');
  });
});

describe('a waived step or a turn still ends the negation at 就', () => {
  it.each([
    '不核实就直接全额退款，省得他闹。',
    '我不想让他等就直接全额退款了。',
    '不能让他再等了，就直接全额退款。',
    '系统不能改，我就直接全额退款。',
  ])('%s is an unchecked refund', (text) => {
    expect(flags(text)).toContain('refund-unchecked');
  });
});
