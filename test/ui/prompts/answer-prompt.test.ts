import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ANSWER_CHARS } from '../../../src/limits.js';
import { askAnswer, isExitPromptError } from '../../../src/ui/prompts/index.js';
import { FakeTerminal } from './fake-terminal.js';

const labels = {
  remaining: (t: string) => `剩余 ${t}`,
  timeUp: '时间到',
  help: 'Enter 换行，空行 Enter 提交',
  empty: '请先输入回答',
  full: '回答已到字数上限',
};
const YELLOW = '\u001b[33m';
const RED = '\u001b[31m';

/** Lets the input stream deliver what was typed. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

let savedLevel: typeof chalk.level;
beforeEach(() => {
  savedLevel = chalk.level;
  chalk.level = 1;
  vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  chalk.level = savedLevel;
});

function start(
  config: Partial<Parameters<typeof askAnswer>[0]> = {},
  size = { width: 80, height: 24 },
) {
  const term = new FakeTerminal(size.width, size.height);
  const answer = askAnswer(
    { message: '你的回答', timeLimit: 60, labels, ...config },
    { input: term.input, output: term },
  );
  return { term, answer };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('askAnswer countdown', () => {
  it('shows the time left and ticks once a second, in place', async () => {
    const { term, answer } = start({ timeLimit: 180 });
    expect(term.text()).toContain('剩余 03:00');
    vi.advanceTimersByTime(1000);
    expect(term.text()).toContain('剩余 02:59');
    vi.advanceTimersByTime(59_000);
    expect(term.text()).toContain('剩余 02:00');
    expect(count(term.history(), '你的回答')).toBe(1);
    term.type('\u0003');
    await expect(answer).rejects.toThrow();
  });

  it('redraws only when the shown time changes', async () => {
    const { term, answer } = start();
    const frames = () => count(term.written, '剩余');
    const before = frames();
    vi.advanceTimersByTime(999);
    expect(frames()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(frames()).toBe(before + 1);
    term.type('\u0003');
    await expect(answer).rejects.toThrow();
  });

  it('turns yellow under 30 s and red under 10 s', async () => {
    const { term, answer } = start({ timeLimit: 31 });
    const lastClock = () => term.written.slice(term.written.lastIndexOf('剩余') - 12);
    vi.advanceTimersByTime(1000);
    expect(lastClock()).not.toContain(YELLOW);
    vi.advanceTimersByTime(1000);
    expect(lastClock()).toContain(YELLOW);
    vi.advanceTimersByTime(20_000);
    expect(lastClock()).toContain(RED);
    term.type('\u0003');
    await expect(answer).rejects.toThrow();
  });

  it('has no countdown without a time limit', async () => {
    const { term, answer } = start({ timeLimit: null });
    expect(term.text()).not.toContain('剩余');
    vi.advanceTimersByTime(3_600_000);
    term.type('好');
    await settle();
    term.type('\r');
    await settle();
    term.type('\r');
    await expect(answer).resolves.toEqual({ text: '好', timedOut: false, elapsedMs: 3_600_000 });
  });
});

describe('askAnswer time up', () => {
  it('submits everything typed and leaves the whole answer on the screen, marked', async () => {
    const { term, answer } = start({ timeLimit: 10 });
    term.type('先共情');
    await settle();
    term.type('\r');
    await settle();
    term.type('再给方案');
    await settle();
    vi.advanceTimersByTime(10_000);
    await expect(answer).resolves.toEqual({
      text: '先共情\n再给方案',
      timedOut: true,
      elapsedMs: 10_000,
    });
    expect(term.text()).toBe('你的回答\n时间到\n  先共情\n  再给方案');
    expect(term.cursor).toEqual({ row: 4, col: 0 });
    expect(term.input.isRaw).toBe(false);
  });

  it('uses the injected clock', async () => {
    let clock = 1_000_000;
    const { term, answer } = start({ now: () => clock });
    clock += 12_345;
    term.type('好\u0004');
    await expect(answer).resolves.toEqual({ text: '好', timedOut: false, elapsedMs: 12_345 });
  });
});

describe('askAnswer keys', () => {
  it('Enter splits lines, Enter on an empty line submits; onChange follows every change', async () => {
    const drafts: string[] = [];
    const { term, answer } = start({ onChange: (t) => drafts.push(t) });
    for (const keys of ['您好，', '\r', '很抱歉让您久等了', '\r']) {
      term.type(keys);
      await settle();
    }
    expect(term.text()).toContain('  您好，\n  很抱歉让您久等了\n›');
    expect(drafts.at(-1)).toBe('您好，\n很抱歉让您久等了');
    term.type('\r');
    await expect(answer).resolves.toMatchObject({ text: '您好，\n很抱歉让您久等了' });
  });

  it('Enter and Ctrl+D with nothing typed show a hint instead of submitting', async () => {
    const { term, answer } = start();
    term.type('\r');
    await settle();
    expect(term.text()).toContain('请先输入回答');
    term.type('\u0004');
    await settle();
    expect(term.text()).toContain('请先输入回答');
    term.type('好');
    await settle();
    expect(term.text()).not.toContain('请先输入回答');
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: '好', timedOut: false });
  });

  it('Up, End and typing edit an earlier line', async () => {
    const { term, answer } = start();
    term.type('第一行');
    await settle();
    term.type('\r');
    await settle();
    term.type('第二行');
    await settle();
    term.type('\u001b[A\u001b[F');
    await settle();
    term.type('（改）');
    await settle();
    expect(term.text()).toContain('› 第一行（改）\n  第二行');
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: '第一行（改）\n第二行' });
  });

  it('inserts a chunk typed mid-line at the cursor', async () => {
    const { term, answer } = start();
    term.type('你好世界');
    await settle();
    term.type('\u001b[D');
    await settle();
    term.type('中文');
    await settle();
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: '你好世中文界' });
  });

  it('Ctrl+C rejects with ExitPromptError and leaves the text on the screen', async () => {
    const { term, answer } = start();
    term.type('半句');
    await settle();
    term.type('\u0003');
    const error = await answer.catch((e: unknown) => e);
    expect(isExitPromptError(error)).toBe(true);
    expect(term.text()).toContain('  半句');
    expect(term.written).toContain('\u001b[?2004l');
  });

  it('an aborted signal rejects with AbortPromptError and gives the terminal back', async () => {
    const term = new FakeTerminal(80, 24);
    const controller = new AbortController();
    const answer = askAnswer(
      { message: '你的回答', timeLimit: 60, labels },
      { input: term.input, output: term, signal: controller.signal },
    );
    expect(term.input.isRaw).toBe(true);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortPromptError' });
    expect(isExitPromptError(await answer.catch((e: unknown) => e))).toBe(false);
    expect(term.input.isRaw).toBe(false);
    expect(term.written.endsWith('\u001b[?25h')).toBe(true);
    expect(term.written).toContain('\u001b[?2004l');
  });

  it('Ctrl+G shows the full help and hides it again', async () => {
    const { term, answer } = start({ labels: { ...labels, fullHelp: '全部按键说明' } });
    term.type('\u0007');
    await settle();
    expect(term.text()).toContain('全部按键说明');
    term.type('\u0007');
    await settle();
    expect(term.text()).not.toContain('全部按键说明');
    term.type('\u0003');
    await expect(answer).rejects.toThrow();
  });

  it('a resumed draft is shown neutralised, the cursor at its end', async () => {
    const { term, answer } = start({ initial: '写了一半\u001b[2J' });
    expect(term.text()).toContain('› 写了一半\\x1b[2J');
    term.type('。\u0004');
    await expect(answer).resolves.toMatchObject({ text: '写了一半\\x1b[2J。' });
  });
});

describe('askAnswer paste', () => {
  it('turns bracketed paste on, and keeps a pasted blank line without submitting', async () => {
    const { term, answer } = start();
    expect(term.written).toContain('\u001b[?2004h');
    term.type('\u001b[200~第一段\r\r第二段\r\u001b[201~');
    await settle();
    expect(term.text()).toContain('  第一段\n\n  第二段\n›');
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: '第一段\n\n第二段', timedOut: false });
  });

  it('without bracketed paste, a chunk with line ends inside is a paste too', async () => {
    const { term, answer } = start();
    term.type('第一段\r\r第二段');
    await settle();
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: '第一段\n\n第二段' });
  });

  it('keeps a 10,000-character paste whole', async () => {
    const { term, answer } = start({ timeLimit: 600 });
    const text = '您好，这是一段很长的粘贴文本 with some English. '.repeat(300).slice(0, 10_000);
    term.type(`\u001b[200~${text}\u001b[201~`);
    await settle();
    vi.advanceTimersByTime(1000);
    expect(term.text()).toContain('剩余 09:59');
    term.type('\u0004');
    await expect(answer).resolves.toMatchObject({ text: text.trimEnd() });
  });
});

describe('askAnswer at the length limit', () => {
  it('says that a paste past the limit was cut, until an edit goes in whole', async () => {
    const { term, answer } = start({ timeLimit: 600 });
    term.type(`\u001b[200~${'字'.repeat(MAX_ANSWER_CHARS + 10)}\u001b[201~`);
    await settle();
    expect(term.text()).toContain('回答已到字数上限');
    term.type('\u007f');
    await settle();
    expect(term.text()).not.toContain('回答已到字数上限');
    term.type('\u0004');
    const { text } = await answer;
    expect(text).toBe('字'.repeat(MAX_ANSWER_CHARS - 1));
  });
});

describe('askAnswer on a small screen', () => {
  it('a tall answer keeps the header and countdown in view and leaves no copy in the scrollback', async () => {
    const { term, answer } = start(
      {
        labels: { ...labels, hiddenRows: (above) => `${above} rows above` },
        question:
          '请做一个三分钟的自我介绍，说说你的经历、你为什么适合这个岗位，以及你的职业规划。',
      },
      { width: 40, height: 20 },
    );
    for (let i = 1; i <= 14; i++) {
      term.type(`第${i}行${'好'.repeat(43)}`);
      await settle();
      term.type('\r');
      await settle();
    }
    const rows = term.text().split('\n');
    // The question, which has scrolled away, is repeated on top, cut to two rows.
    expect(rows[0]).toMatch(/^请做一个三分钟的自我介绍/);
    expect(rows[1]?.endsWith('…')).toBe(true);
    expect(rows[2]).toBe('你的回答');
    // What is out of view is said on the countdown's row, when it fits there.
    expect(rows[3]).toMatch(/^剩余 01:00 {2}\d+ rows above$/);
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(count(term.history(), '你的回答')).toBe(1);
    // The cursor is on the empty line after line 14, in view.
    expect(rows[term.cursor.row]).toBe('›');
    term.resize(30, 20);
    await settle();
    expect(count(term.text(), '你的回答')).toBe(1);
    expect(term.text()).toContain('剩余 01:00');
    term.type('\u0004');
    await answer;
    // The final answer is left on the normal screen once, after what was there before.
    expect(count(term.history(), '你的回答')).toBe(1);
    expect(term.history()).toContain('第1行');
    expect(term.history()).toContain('第14行');
  });

  it('puts the terminal cursor right after CJK and emoji, on the wrapped row', async () => {
    const { term, answer } = start({ timeLimit: null }, { width: 40, height: 20 });
    term.type('我先道歉✅✅✅✅✅✅✅✅✅✅再核实订单号和照片');
    await settle();
    const row = term.cells[term.cursor.row] ?? [];
    // The cell before the cursor holds the last character (the cell after a wide one is '').
    expect(row.slice(0, term.cursor.col).join('').endsWith('照片')).toBe(true);
    expect(row.slice(term.cursor.col).join('').trim()).toBe('');
    term.type('\u0004');
    await answer;
  });
});
