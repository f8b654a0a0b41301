import { describe, expect, it, vi } from 'vitest';
import { MAX_PIECE } from '../../src/text-pieces.js';
import { displayWidth, graphemes } from '../../src/ui/text-width.js';
import { wrapText } from '../../src/ui/wrap.js';

describe('wrapText', () => {
  it.each([
    ['short text stays on one line', '先共情再核实', 20, ['先共情再核实']],
    [
      'Chinese breaks between characters',
      '一二三四五六七八九十',
      8,
      ['一二三四', '五六七八', '九十'],
    ],
    ['a comma never starts a line', '一二三，四五', 6, ['一二', '三，四', '五']],
    ['a full stop never starts a line', '一二三。', 6, ['一二', '三。']],
    ['an opening bracket never ends a line', '一二（三）', 6, ['一二', '（三）']],
    [
      'Latin breaks at spaces',
      'keep the customer informed',
      10,
      ['keep the', 'customer', 'informed'],
    ],
    ['a word longer than the line is cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['mixed scripts break between them', '遵守GDPR规定', 8, ['遵守GDPR', '规定']],
    ['newlines are kept', '第一行\n第二行', 20, ['第一行', '第二行']],
    ['empty lines are kept', 'a\n\nb', 20, ['a', '', 'b']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected);
  });

  it('never exceeds the width, indent included', () => {
    const text =
      '客户多次联系未解决问题，情绪激动，你会如何缓解？我会先倾听，理解他的心情，再确认需求。Then follow up by email within 24 hours.';
    for (const width of [10, 17, 40]) {
      for (const line of wrapText(text, width, { indent: '  ' }))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('puts firstIndent on the first line and indent on the rest', () => {
    expect(wrapText('一二三四五六', 8, { firstIndent: '· ', indent: '  ' })).toEqual([
      '· 一二三',
      '  四五六',
    ]);
  });

  it('keeps every character', () => {
    const text = '“您好，请提供订单号。”我马上为您核实（约2分钟）！';
    expect(wrapText(text, 9).join('')).toBe(text);
  });
});

describe('displayWidth and graphemes', () => {
  it.each([
    ['abc', 3],
    ['先共情', 6],
    ['ＡＢ', 4],
    ['e\u0301', 1],
    ['👍🏽', 2],
    ['한국', 4],
    ['\u001b[31m红\u001b[0m', 2],
  ])('%j is %i columns', (text, width) => expect(displayWidth(text)).toBe(width));

  it('keeps joined characters whole', () => {
    expect(graphemes('👨‍👩‍👧好')).toEqual(['👨‍👩‍👧', '好']);
    expect(graphemes('cafe\u0301')).toEqual(['c', 'a', 'f', 'e\u0301']);
    expect(graphemes('你好')).toEqual(['你', '好']);
  });

  it('splits a long text with emoji in bounded pieces, into the graphemes of one whole pass', () => {
    const text = '您好👨‍👩‍👧，cafe\u0301 👍🏽 한국어 e\u0301\n'.repeat(400) + '😀'.repeat(300);
    const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
      (s) => s.segment,
    );
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(graphemes(text)).toEqual(whole);
      const longest = Math.max(...segment.mock.calls.map(([input]) => String(input).length));
      expect(longest).toBeLessThanOrEqual(MAX_PIECE);
    } finally {
      segment.mockRestore();
    }
  });
});
