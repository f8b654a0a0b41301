import { render } from '@inquirer/testing';
import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askAnswer, isExitPromptError } from '../../../src/ui/prompts/index.js';

const labels = { remaining: '剩余', timeUp: '时间到', help: 'Enter 换行，空行 Enter 提交' };
const YELLOW = '\u001b[33m';
const RED = '\u001b[31m';

/** Lets the prompt draw: it redraws once per burst of keys, after the burst. */
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

describe('askAnswer countdown', () => {
  it('shows the time left and ticks once a second', async () => {
    const { getScreen, answer } = await render(askAnswer, {
      message: '客户投诉物流太慢，你怎么回应？',
      timeLimit: 180,
      labels,
    });
    expect(getScreen()).toContain('剩余 03:00');
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('剩余 02:59');
    vi.advanceTimersByTime(59_000);
    expect(getScreen()).toContain('剩余 02:00');
    answer.cancel();
    await expect(answer).rejects.toThrow();
  });

  it('redraws only when the shown time changes', async () => {
    const { getFullOutput, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 60,
      labels,
    });
    const frames = () => getFullOutput().split('剩余').length - 1;
    const before = frames();
    vi.advanceTimersByTime(999);
    expect(frames()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(frames()).toBe(before + 1);
    answer.cancel();
    await expect(answer).rejects.toThrow();
  });

  it('turns yellow under 30 s and red under 10 s', async () => {
    const { getScreen, answer } = await render(askAnswer, { message: 'Q', timeLimit: 31, labels });
    const clockLine = () =>
      getScreen({ raw: true })
        .split('\n')
        .find((l) => l.includes('剩余')) ?? '';
    expect(clockLine()).not.toContain(YELLOW);
    vi.advanceTimersByTime(1000); // 30 s left
    expect(clockLine()).toContain('00:30');
    expect(clockLine()).not.toContain(YELLOW);
    vi.advanceTimersByTime(1000); // 29 s
    expect(clockLine()).toContain('00:29');
    expect(clockLine()).toContain(YELLOW);
    vi.advanceTimersByTime(19_000); // 10 s
    expect(clockLine()).toContain('00:10');
    expect(clockLine()).toContain(YELLOW);
    vi.advanceTimersByTime(1000); // 9 s
    expect(clockLine()).toContain('00:09');
    expect(clockLine()).toContain(RED);
    answer.cancel();
    await expect(answer).rejects.toThrow();
  });

  it('has no countdown without a time limit', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: null,
      labels,
    });
    expect(getScreen()).not.toContain('剩余');
    vi.advanceTimersByTime(3_600_000);
    events.type('好');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ text: '好', timedOut: false, elapsedMs: 3_600_000 });
  });
});

describe('askAnswer time up', () => {
  it('submits every line typed, the unfinished one too, and marks the final frame', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 10,
      labels,
    });
    events.type('先共情');
    events.keypress('enter');
    events.type('再给方案');
    await settle();
    vi.advanceTimersByTime(10_000);
    await expect(answer).resolves.toEqual({
      text: '先共情\n再给方案',
      timedOut: true,
      elapsedMs: 10_000,
    });
    expect(getScreen()).toContain('时间到');
    expect(getScreen()).toContain('先共情');
    expect(getScreen()).toContain('再给方案');
    expect(getScreen()).not.toContain('剩余');
  });

  it('submits an empty answer when nothing was typed', async () => {
    const { answer } = await render(askAnswer, { message: 'Q', timeLimit: 5, labels });
    vi.advanceTimersByTime(5_000);
    await expect(answer).resolves.toEqual({ text: '', timedOut: true, elapsedMs: 5_000 });
  });

  it('uses the injected clock', async () => {
    let clock = 1_000_000;
    const { events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 60,
      labels,
      now: () => clock,
    });
    clock += 12_345;
    events.type('好');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toEqual({ text: '好', timedOut: false, elapsedMs: 12_345 });
  });
});

describe('askAnswer keys', () => {
  it('Enter adds a line and Enter on an empty line submits', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 60,
      labels,
    });
    events.type('您好，');
    events.keypress('enter');
    events.type('很抱歉让您久等了');
    events.keypress('enter');
    await settle();
    expect(getScreen()).toContain('您好，\n  很抱歉让您久等了\n›');
    vi.advanceTimersByTime(2_000);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({
      text: '您好，\n很抱歉让您久等了',
      timedOut: false,
      elapsedMs: 2_000,
    });
  });

  it('Enter with nothing typed shows a hint instead of submitting', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 60,
      labels: { ...labels, empty: '请先输入回答' },
    });
    events.keypress('enter');
    await settle();
    expect(getScreen()).toContain('请先输入回答');
    events.type('好');
    await settle();
    expect(getScreen()).not.toContain('请先输入回答');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ text: '好', timedOut: false });
  });

  it('Ctrl+D submits at once, mid-line', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('第一行');
    events.keypress('enter');
    events.type('第二行');
    events.keypress('left');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '第一行\n第二行', timedOut: false });
  });

  it('Ctrl+D on an empty line submits (readline would close first)', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('第一行');
    events.keypress('enter');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '第一行', timedOut: false });
  });

  it('Ctrl+D with nothing typed submits an empty answer', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '', timedOut: false });
  });

  it('Backspace on an empty line goes back to the end of the previous line', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 60,
      labels,
    });
    events.type('先道歉');
    events.keypress('enter');
    await settle();
    expect(getScreen()).toContain('  先道歉\n›');
    events.keypress('backspace');
    await settle();
    expect(getScreen()).toContain('› 先道歉');
    events.type('，再解释');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '先道歉，再解释' });
  });

  it('Backspace at the start of a line joins it to the previous one', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('一二');
    events.keypress('enter');
    events.type('三四');
    events.keypress('home');
    events.keypress('backspace');
    events.type('|');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '一二|三四' });
  });

  it('Up, Down, Ctrl+P and Ctrl+N do not recall an earlier line into the one being typed', async () => {
    // readline keeps a history of entered lines; ours are an answer, not a history. On Node 24+
    // the history cannot be switched off by assignment, so the prompt must undo the recall.
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('第一行');
    events.keypress('enter');
    events.type('第二');
    for (const key of ['up', 'down', 'up', 'up'] as const) events.keypress(key);
    events.keypress({ name: 'p', ctrl: true });
    events.keypress({ name: 'n', ctrl: true });
    events.type('行');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '第一行\n第二行' });
  });

  it('Ctrl+C rejects with ExitPromptError', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('半句');
    events.keypress({ name: 'c', ctrl: true });
    const error = await answer.catch((e: unknown) => e);
    expect(isExitPromptError(error)).toBe(true);
  });
});

describe('askAnswer paste', () => {
  it('keeps a 10,000-character chunk whole', async () => {
    const { getScreen, events, answer } = await render(askAnswer, {
      message: 'Q',
      timeLimit: 600,
      labels,
    });
    const text = '您好，这是一段很长的粘贴文本 with some English. '.repeat(300).slice(0, 10_000);
    events.type(text);
    await settle();
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('剩余 09:59');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: text.trimEnd() });
  });

  it('a blank line in a paste submits early, keeping everything before it', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('第一段\r\n第二段\r\n\r\n第三段');
    await expect(answer).resolves.toMatchObject({ text: '第一段\n第二段', timedOut: false });
  });

  it('inserts a chunk typed mid-line at the cursor (Node 20 readline puts it at the end)', async () => {
    const { events, answer } = await render(askAnswer, { message: 'Q', timeLimit: 60, labels });
    events.type('你好世界');
    events.keypress('left');
    events.type('中文');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).resolves.toMatchObject({ text: '你好世中文界' });
  });
});
