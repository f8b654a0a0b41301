import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { zh } from '../../../src/ui/i18n-zh.js';
import { colorLevel } from '../../../src/ui/output.js';
import { layoutEditor, wrapLine } from '../../../src/ui/prompts/answer-layout.js';
import {
  answerFooter,
  answerHeader,
  CRITICAL_MARK,
  clockText,
  renderFinalAnswer,
} from '../../../src/ui/prompts/answer-view.js';
import { displayWidth } from '../../../src/ui/text-width.js';

const pieces = (line: string, room: number) =>
  wrapLine(line, room).map((s) => line.slice(s.start, s.end));

describe('wrapLine', () => {
  it('cuts Chinese between characters, by columns', () => {
    expect(pieces('一二三四五六七', 6)).toEqual(['一二三', '四五六', '七']);
  });

  it('moves a wide character that does not fit to the next row', () => {
    expect(pieces('a一二三', 6)).toEqual(['a一二', '三']);
  });

  it('moves a cut English word down whole when a space allows', () => {
    expect(pieces('keep the customer', 10)).toEqual(['keep the ', 'customer']);
    expect(pieces('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('keeps leading indentation and runs of spaces', () => {
    expect(pieces('  - 姓名    电话', 40)).toEqual(['  - 姓名    电话']);
  });

  it('counts an emoji two columns', () => {
    expect(pieces('我先道歉✅✅✅再核实', 10)).toEqual(['我先道歉✅', '✅✅再核实']);
  });
});

const colors = new Chalk({ level: 0 });
const labels = { remaining: (t: string) => `剩余 ${t}`, timeUp: '时间到', help: 'Enter 换行' };
const view = {
  message: '你的回答',
  labels,
  remaining: 150,
  nothingTyped: false,
  showFullHelp: false,
};

function frame(text: string, cursor: number, width: number, height: number, scrollTop = 0) {
  return layoutEditor({
    header: answerHeader(view, colors),
    footer: answerFooter(view, colors),
    text,
    cursor,
    width,
    height,
    scrollTop,
  });
}

describe('layoutEditor', () => {
  it('puts the cursor on the cell after the text, CJK and emoji counted two', () => {
    const text = '我先道歉✅再核实';
    const layout = frame(text, text.length, 40, 20);
    expect(layout.rows.map((r) => stripVTControlCharacters(r))).toEqual([
      '你的回答',
      '剩余 02:30',
      `› ${text}`,
      'Enter 换行',
    ]);
    expect(layout.cursor).toEqual({ row: 2, col: 2 + 16 });
  });

  it('puts the cursor at the start of the next row when a row is full', () => {
    // 37 columns of text a row at 40: 18 characters fill 36, the 19th goes down.
    const text = '一'.repeat(19);
    const layout = frame(text, text.length, 40, 20);
    expect(layout.rows[2]).toBe(`› ${'一'.repeat(18)}`);
    expect(layout.rows[3]).toBe('  一');
    expect(layout.cursor).toEqual({ row: 3, col: 4 });
  });

  it('never fills the last column, so the terminal never wraps a row itself', () => {
    const text = Array.from({ length: 14 }, () => '一'.repeat(45)).join('\n');
    for (const width of [80, 40, 41]) {
      for (const w of frame(text, 0, width, 24).widths) expect(w).toBeLessThan(width);
    }
  });

  it('keeps the header and the cursor row on screen when the answer is taller than it', () => {
    const lines = Array.from({ length: 14 }, (_, i) => `第${i + 1}行${'好'.repeat(42)}`);
    const text = lines.join('\n');
    const layout = frame(text, text.length, 80, 24);
    expect(layout.rows).toHaveLength(24);
    expect(layout.rows[0]).toBe('你的回答');
    expect(layout.rows[1]).toContain('剩余 02:30');
    expect(layout.rows.at(-1)).toBe('Enter 换行');
    expect(layout.rows[layout.cursor.row]).toContain('好');
    expect(layout.hiddenAbove).toBeGreaterThan(0);
    // Back at the top: the view scrolls up with the cursor.
    const top = frame(text, 0, 80, 24, layout.scrollTop);
    expect(top.scrollTop).toBe(0);
    expect(top.rows[2]).toContain('第1行');
    expect(top.cursor.row).toBe(2);
  });

  it('scrolls only as far as the cursor needs', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const end = frame(text, text.length, 40, 10);
    // Cursor one line up: still in view, nothing moves.
    const up = frame(text, text.lastIndexOf('\n'), 40, 10, end.scrollTop);
    expect(up.scrollTop).toBe(end.scrollTop);
  });

  it('gives up the help, then the message, on a very short screen', () => {
    const layout = frame('一\n二\n三', 0, 40, 2);
    expect(layout.rows.map((r) => stripVTControlCharacters(r))).toEqual(['剩余 02:30', '› 一']);
  });

  it('neutralises the message it draws', () => {
    const header = answerHeader({ ...view, message: '题目\u001b[2J' }, colors);
    expect(header[0]?.text).toBe('题目\\x1b[2J');
  });
});

describe('renderFinalAnswer', () => {
  it('shows the whole answer, indented, and 时间到 when the timer ended it', () => {
    expect(
      renderFinalAnswer(
        { message: 'Q', labels, text: '先共情\n再给方案', timedOut: true },
        40,
        colors,
      ),
    ).toEqual(['Q', '时间到', '  先共情', '  再给方案']);
    const long = '好'.repeat(50);
    for (const row of renderFinalAnswer(
      { message: 'Q', labels, text: long, timedOut: false },
      40,
      colors,
    ))
      expect(displayWidth(row)).toBeLessThan(40);
  });
});

describe('the countdown', () => {
  const en = (t: string) => `${t} left`;
  it('reads as the language says it: 剩余 02:29, 02:29 left', () => {
    expect(clockText(colors, labels.remaining, 149)).toBe('剩余 02:29');
    expect(clockText(colors, en, 149)).toBe('02:29 left');
  });

  it('marks the last 10 seconds with text where there is no colour, and only then', () => {
    expect(clockText(colors, en, 9)).toBe(`00:09 left${CRITICAL_MARK}`);
    expect(clockText(colors, en, 10)).toBe('00:10 left');
    expect(clockText(new Chalk({ level: 1 }), en, 9)).toBe('00:09 left');
    const header = answerHeader({ ...view, remaining: 5 }, colors);
    expect(header[1]?.text).toBe(`剩余 00:05${CRITICAL_MARK}`);
  });
});

describe('colorLevel', () => {
  it('gives no colour (so no bold or dim) to TERM=dumb, unless forced', () => {
    expect(colorLevel(true, { TERM: 'dumb' }, true)).toBe(0);
    expect(colorLevel(true, { TERM: 'xterm' }, true)).toBe(1);
    expect(colorLevel(true, { TERM: 'dumb', FORCE_COLOR: '1' }, true)).toBe(1);
  });
});

describe('the key hint at 80 columns', () => {
  it('breaks between its items, never inside one', () => {
    const layout = layoutEditor({
      header: answerHeader(view, colors),
      footer: answerFooter({ ...view, labels: { ...labels, help: zh.answerHelp } }, colors),
      text: '',
      cursor: 0,
      width: 80,
      height: 24,
      scrollTop: 0,
    });
    const hint = layout.rows.slice(3).map((r) => stripVTControlCharacters(r));
    expect(hint).toEqual([
      'Enter 换行 · 空行按 Enter 或 Ctrl+D 提交 · ↑↓←→ 移动 · Ctrl+Z 撤销',
      'Ctrl+G 全部按键',
    ]);
  });
});
