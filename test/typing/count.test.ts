import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  compareTyped,
  MIN_SPEED_MS,
  speedOf,
  typingOutcome,
} from '../../src/typing/count.js';
import { graphemes } from '../../src/ui/text-width.js';

const passage = graphemes('您好，请提供订单号。');

describe('compareTyped', () => {
  it('marks each character of the passage right, wrong or pending, place by place', () => {
    const c = compareTyped(passage, '您好,请提');
    expect(c.marks).toEqual([
      'right',
      'right',
      'wrong', // a half-width comma where the passage has a full-width one
      'right',
      'right',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(c).toMatchObject({ length: 10, typed: 5, correct: 4, errors: 1, done: false });
  });

  it('counts what is committed, so a phrase committed at once counts as its characters', () => {
    // An input method sends 请提供订单号 as one chunk: it is six characters, never keystrokes.
    const once = compareTyped(passage, '您好，请提供订单号');
    const apart = compareTyped(passage, ['您好，', '请提供', '订单号'].join(''));
    expect(once.correct).toBe(9);
    expect(apart).toEqual(once);
  });

  it('takes characters typed past the end as errors, and is done at the passage length', () => {
    const c = compareTyped(passage, '您好，请提供订单号。！');
    expect(c).toMatchObject({ typed: 11, correct: 10, errors: 1, done: true });
  });

  it('compares graphemes: an emoji with a modifier is one character', () => {
    const p = graphemes('好👍🏽');
    expect(p).toHaveLength(2);
    expect(compareTyped(p, '好👍🏽')).toMatchObject({ correct: 2, typed: 2, done: true });
    expect(compareTyped(p, '好👍')).toMatchObject({ correct: 1, typed: 2, errors: 1 });
  });

  it('after Backspace only the text left counts: a corrected error is no error', () => {
    expect(compareTyped(passage, '您好')).toMatchObject({ correct: 2, errors: 0 });
  });
});

describe('speed and accuracy', () => {
  it('gives 100 字/分 for 2 characters every 1.2 s', () => {
    expect(speedOf(100, 60_000, 'cpm')).toBe(100);
    expect(speedOf(50, 30_000, 'cpm')).toBe(100);
  });

  it('counts English in words of five characters', () => {
    expect(speedOf(250, 60_000, 'wpm')).toBe(50);
    expect(speedOf(250, 120_000, 'wpm')).toBe(25);
  });

  it('does not divide by almost nothing at the start', () => {
    expect(speedOf(4, 10, 'cpm')).toBe(speedOf(4, MIN_SPEED_MS, 'cpm'));
  });

  it('accuracy is correct over typed, 1 before anything is typed', () => {
    expect(accuracyOf(0, 0)).toBe(1);
    expect(accuracyOf(9, 10)).toBe(0.9);
    expect(accuracyOf(2, 3)).toBe(0.666);
    // One error in 2,000 is not 100%.
    expect(accuracyOf(1999, 2000)).toBe(0.999);
  });

  it('passes a target it reaches and fails one it does not', () => {
    const p = graphemes('一二三四五六七八九十');
    // 10 correct in 12 s is 50 字/分.
    expect(typingOutcome(p, '一二三四五六七八九十', 12_000, 'cpm', 50)).toMatchObject({
      speed: 50,
      accuracy: 1,
      passed: true,
    });
    expect(typingOutcome(p, '一二三四五六七八九十', 12_000, 'cpm', 65).passed).toBe(false);
    // Errors cost speed: only correct characters count.
    expect(typingOutcome(p, '一二三四五六七八九九', 12_000, 'cpm', 50)).toMatchObject({
      speed: 45,
      accuracy: 0.9,
      passed: false,
    });
  });
});
