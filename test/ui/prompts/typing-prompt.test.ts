import { Chalk } from 'chalk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareTyped } from '../../../src/typing/count.js';
import { askTyping, isExitPromptError } from '../../../src/ui/prompts/index.js';
import { markerRow, passageRows, typingHeader } from '../../../src/ui/prompts/typing-view.js';
import { graphemes } from '../../../src/ui/text-width.js';
import { FakeTerminal } from './fake-terminal.js';

const labels = {
  remaining: (clock: string) => `剩余 ${clock}`,
  speed: (n: number) => `${n} 字/分`,
  accuracy: (p: number) => `正确率 ${p}%`,
  waiting: '等你开始打字',
  help: '退格修改 · Ctrl+D 交卷',
  noPaste: '不能粘贴',
  timeUp: '时间到',
};
const plain = new Chalk({ level: 0 });
const PASSAGE = graphemes('您好，请提供订单号。');
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function start(timeLimit = 60, size = { width: 80, height: 24 }) {
  const term = new FakeTerminal(size.width, size.height);
  const result = askTyping(
    { title: '打字测试', passage: PASSAGE, timeLimit, unit: 'cpm', labels, colors: plain },
    { input: term.input, output: term },
  );
  return { term, result };
}

describe('askTyping', () => {
  it('starts the clock at the first character, not when the passage appears', async () => {
    const { term, result } = start(60);
    vi.advanceTimersByTime(30_000);
    expect(term.text()).toContain('剩余 01:00 · 等你开始打字');
    term.type('您好');
    await settle();
    vi.advanceTimersByTime(2000);
    expect(term.text()).toContain('剩余 00:58 · 60 字/分');
    term.type('\u0004');
    await expect(result).resolves.toEqual({ text: '您好', elapsedMs: 2000, timedOut: false });
  });

  it('ends when the passage is typed through, a chunk at a time', async () => {
    const { term, result } = start();
    term.type('您好，请');
    await settle();
    vi.advanceTimersByTime(6000);
    term.type('提供订单号。');
    const done = await result;
    expect(done).toEqual({ text: '您好，请提供订单号。', elapsedMs: 6000, timedOut: false });
    // The passage stays on the screen, the status row does not.
    expect(term.text()).toContain('您好，请提供订单号。');
    expect(term.text()).not.toContain('剩余');
  });

  it('ends at the time limit with what was typed', async () => {
    const { term, result } = start(10);
    term.type('您好');
    await settle();
    vi.advanceTimersByTime(10_000);
    await expect(result).resolves.toEqual({ text: '您好', elapsedMs: 10_000, timedOut: true });
    expect(term.text()).toContain('时间到');
  });

  it('ignores Enter, refuses a paste, and takes Backspace', async () => {
    const { term, result } = start();
    term.type('您坏\r');
    await settle();
    expect(term.text()).toContain('^^');
    term.type('\u007f好');
    await settle();
    expect(term.text()).not.toContain('^');
    term.type('\u001b[200~，请提供订单号。\u001b[201~');
    await settle();
    expect(term.text()).toContain('不能粘贴');
    expect(term.text()).toContain('2/10');
    term.type('\u0003');
    const error = await result.catch((e: unknown) => e);
    expect(isExitPromptError(error)).toBe(true);
  });
});

describe('the typing view', () => {
  it('puts ^ under a wrong character, as wide as it', () => {
    const p = graphemes('您好ab');
    const { marks } = compareTyped(p, '您坏ax');
    const [row] = passageRows(p, 20);
    if (!row) throw new Error('no row');
    expect(markerRow(p, marks, row)).toBe('  ^^ ^');
  });

  it('cuts the passage into rows by display width, Latin words whole', () => {
    const text = graphemes('Hello there, friend');
    const rows = passageRows(text, 10);
    expect(rows.map((r) => text.slice(r.from, r.to).join(''))).toEqual([
      'Hello ',
      'there, ',
      'friend',
    ]);
    expect(passageRows(graphemes('一二三四五六七'), 6).map((r) => [r.from, r.to])).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
  });

  it('never starts a row with a closing mark: the character before it moves down with it', () => {
    // 80 columns of a real passage put 。 alone at the start of the last row.
    const text = graphemes('一二三四五。六七');
    const rows = passageRows(text, 10);
    expect(rows.map((r) => text.slice(r.from, r.to).join(''))).toEqual(['一二三四', '五。六七']);
    const long = graphemes('一二三四，'.repeat(9));
    for (const r of passageRows(long, 10)) expect('，。').not.toContain(long[r.from]);
  });

  it('shows a window of the passage around the row being typed, the status row last', () => {
    const p = graphemes('一二三四五六七八九十'.repeat(4));
    const header = (typed: number) =>
      typingHeader({
        title: 'T',
        passage: p,
        marks: compareTyped(p, p.slice(0, typed).join('')).marks,
        typed,
        status: { remainingSeconds: 42, speed: 50, accuracy: 1, typed, length: p.length },
        labels,
        width: 11,
        maxRows: 4,
        colors: plain,
      }).map((l) => l.text);
    // Five characters a row, two rows (each with its marker row) shown.
    expect(header(0)).toEqual([
      'T',
      '一二三四五',
      '',
      '六七八九十',
      '',
      '剩余 00:42 · 50 字/分 · 正确率 100% · 0/40',
    ]);
    expect(header(27).slice(1, 4)).toEqual(['六七八九十', '', '一二三四五']);
  });
});
