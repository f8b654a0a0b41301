import { describe, expect, it } from 'vitest';
import { askSelfScore, waitForEnter } from '../../../src/ui/prompts/index.js';
import { FakeTerminal } from './fake-terminal.js';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const options = { message: '你给自己打几分？', max: 10, invalid: '请输入 0 到 10' };

describe('askSelfScore', () => {
  it('takes a score typed after the prompt appeared', async () => {
    const term = new FakeTerminal(40, 20);
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    term.type('7');
    await settle();
    term.type('\r');
    await expect(score).resolves.toBe(7);
    expect(term.text()).toBe('你给自己打几分？ 7');
  });

  it('drops keys typed before the prompt appeared: a stray Enter does not rate the answer', async () => {
    const term = new FakeTerminal(40, 20);
    // Typed ahead (as the answer's time ran out), waiting in the input before the prompt asks.
    term.type('没写完\r');
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    await settle();
    expect(term.text()).toBe('你给自己打几分？\n›');
    term.type('8\r');
    await expect(score).resolves.toBe(8);
  });

  it('Ctrl+D keeps the automatic score instead of ending the run', async () => {
    const term = new FakeTerminal(40, 20);
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    term.type('\u0004');
    await expect(score).resolves.toBeNull();
  });

  it('refuses an out-of-range score and says why', async () => {
    const term = new FakeTerminal(40, 20);
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    term.type('11\r');
    await settle();
    expect(term.text()).toContain('请输入 0 到 10');
    term.type('\u007f\u007f5\r');
    await expect(score).resolves.toBe(5);
  });

  it('takes the refusal away at the next key that edits the line', async () => {
    const term = new FakeTerminal(40, 20);
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    term.type('11\r');
    await settle();
    expect(term.text()).toContain('请输入 0 到 10');
    term.type('\u007f');
    await settle();
    expect(term.text()).not.toContain('请输入 0 到 10');
    term.type('\r');
    await expect(score).resolves.toBe(1);
  });

  it('keeps a pasted line end on the one line, as a space, without submitting', async () => {
    const term = new FakeTerminal(40, 20);
    const score = askSelfScore(options, { input: term.input, output: term });
    await settle();
    term.type('\u001b[200~9\n\u001b[201~');
    await settle();
    expect(term.text()).toBe('你给自己打几分？\n› 9');
    term.type('\r');
    await expect(score).resolves.toBe(9);
  });
});

describe('waitForEnter on a terminal', () => {
  it('ignores an Enter typed before it appeared', async () => {
    const term = new FakeTerminal(40, 20);
    term.type('\r');
    let done = false;
    const wait = waitForEnter('按 Enter 继续', { input: term.input, output: term }).then(() => {
      done = true;
    });
    await settle();
    await settle();
    expect(done).toBe(false);
    term.type('\r');
    await wait;
    expect(done).toBe(true);
  });
});
