import { describe, expect, it } from 'vitest';
import { isChineseText, MAX_PASSAGE_GRAPHEMES, parseOwnText } from '../../src/typing/own-text.js';

describe('parseOwnText', () => {
  it('joins lines: nothing between Chinese characters, a space elsewhere', () => {
    expect(parseOwnText('\ufeff您好，\r\n请稍等。\n\nPlease\n  wait  here.\n')).toEqual({
      text: '您好，请稍等。 Please wait here.',
    });
  });

  it('says where a control character is, by line and column', () => {
    expect(parseOwnText('第一行\n好的\u001b[31m')).toEqual({
      problem: { code: 'control', line: 2, col: 3, char: '\u001b' },
    });
  });

  it('refuses an empty file and one too long to be a passage', () => {
    expect(parseOwnText(' \n\t\n')).toEqual({ problem: { code: 'empty' } });
    const long = parseOwnText('好'.repeat(MAX_PASSAGE_GRAPHEMES + 1));
    expect(long).toEqual({ problem: { code: 'too-long', length: MAX_PASSAGE_GRAPHEMES + 1 } });
  });

  it('tells a Chinese passage from an English one', () => {
    expect(isChineseText('您好，订单号是 A123')).toBe(true);
    expect(isChineseText('Hello, your order 订单')).toBe(false);
  });
});
