import { describe, expect, it, vi } from 'vitest';
import { MAX_PIECE } from '../../src/text-pieces.js';
import { displayWidth, graphemes } from '../../src/ui/text-width.js';
import { wrapItems, wrapText } from '../../src/ui/wrap.js';

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

describe('wrapText keeps spaces that mean something', () => {
  it('keeps a paragraph’s leading indentation on every line', () => {
    expect(wrapText('  - 先共情再道歉然后核实', 12)).toEqual([
      '  - 先共情再',
      '  道歉然后核',
      '  实',
    ]);
  });

  it('keeps runs of spaces inside a line, and drops them where it breaks', () => {
    expect(wrapText('姓名    电话', 40)).toEqual(['姓名    电话']);
    expect(wrapText('alpha    beta', 8)).toEqual(['alpha', 'beta']);
  });
});

describe('wrapText keeps what reads as one token on one line', () => {
  const lines = (text: string, width: number) => wrapText(text, width);
  const onOneLine = (text: string, width: number, token: string) =>
    expect(lines(text, width).some((l) => l.includes(token))).toBe(true);

  it('a unit such as 字/分, where a break fell between its characters', () => {
    // 字 ends the first line at 27 columns without the rule: 输入速度 1743 字|/分.
    onOneLine('字数 104 · 输入速度 1743 字/分，很快', 27, '字/分');
  });

  it('a file name, Chinese characters and all', () => {
    // Without the rule, “答 ended the first line and 案.yaml” began the next.
    onOneLine('填好以后把它保存“答案.yaml”再运行', 20, '“答案.yaml”');
    onOneLine('请把回答写在 answers/1-self-intro.yaml 里', 30, 'answers/1-self-intro.yaml');
  });

  it('a command, quoted or not, with its subcommand and options', () => {
    const quoted =
      '提示：上次的模拟面试还没完成（已答 3/16 题），可以用 “cs-interview practice --resume” 继续。';
    onOneLine(quoted, 36, '“cs-interview practice --resume”');
    onOneLine(
      'No scores yet: run cs-interview practice --resume to go on',
      40,
      'cs-interview practice --resume',
    );
    // An English word after the command is the sentence going on, not an argument.
    expect(lines('so cs-interview review brings in a few questions', 26)).toEqual([
      'so cs-interview review',
      'brings in a few questions',
    ]);
  });

  it('falls back to the usual breaks when the token is wider than the line', () => {
    const out = lines('运行 “cs-interview grade --template > 答案.yaml” 生成答题文件', 24);
    expect(out.every((l) => displayWidth(l) <= 24)).toBe(true);
    expect(out.join('').replace(/\s/g, '')).toBe(
      '运行“cs-interviewgrade--template>答案.yaml”生成答题文件',
    );
  });

  it('joins nothing else: ordinary Chinese and Latin text break as before', () => {
    expect(lines('一二三四五六七八九十', 8)).toEqual(['一二三四', '五六七八', '九十']);
    expect(lines('keep the customer informed', 10)).toEqual(['keep the', 'customer', 'informed']);
  });
});

describe('wrapItems: a key hint broken between its items', () => {
  it.each([
    ['all on one row', 'Enter 换行 · Ctrl+Z 撤销', 30, ['Enter 换行 · Ctrl+Z 撤销']],
    [
      'the separator dropped at the break',
      'Enter 换行 · Ctrl+Z 撤销',
      14,
      ['Enter 换行', 'Ctrl+Z 撤销'],
    ],
    [
      'an item wider than a row wrapped as text',
      '空行按 Enter 或 Ctrl+D 提交 · 撤销',
      12,
      ['空行按 Enter', '或 Ctrl+D 提', '交 · 撤销'],
    ],
    ['each line apart', 'a · b\nc · d', 20, ['a · b', 'c · d']],
  ] as const)('%s', (_name, text, width, rows) => {
    expect(wrapItems(text, width)).toEqual(rows);
  });
});
