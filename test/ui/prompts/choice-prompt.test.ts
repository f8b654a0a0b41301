import { describe, expect, it } from 'vitest';
import { askChoice, type ChoicePromptConfig } from '../../../src/ui/prompts/index.js';
import { displayWidth } from '../../../src/ui/text-width.js';
import { FakeTerminal } from './fake-terminal.js';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const config: ChoicePromptConfig = {
  header: '第 1/3 题 · 单选题',
  prompt: '消费者在网上买的商品，七日无理由退货期从哪天算起？',
  options: ['下单之日', '收到商品之日的次日', '卖家发货之日'],
  multiple: false,
  limitMs: null,
  clockLabel: '剩余',
  help: '↑↓ 或按选项字母选择 · Enter 确认',
  chooseHint: '先选一个选项，再按 Enter',
};

describe('askChoice', () => {
  it('takes a letter then Enter, and leaves the item with the choice on the screen', async () => {
    const term = new FakeTerminal(80, 24);
    const answer = askChoice(config, { input: term.input, output: term });
    await settle();
    expect(term.text()).toContain('  A. 下单之日');
    term.type('b');
    await settle();
    expect(term.text()).toContain('❯ B. 收到商品之日的次日');
    term.type('\r');
    await expect(answer).resolves.toMatchObject({ chosen: [1], timedOut: false });
    expect(term.text()).not.toContain('Enter 确认');
  });

  it('will not submit nothing: Enter first shows the hint', async () => {
    const term = new FakeTerminal(80, 24);
    const answer = askChoice(config, { input: term.input, output: term });
    await settle();
    term.type('\r');
    await settle();
    expect(term.text()).toContain('先选一个选项，再按 Enter');
    term.type('\u001b[B\u001b[B\r');
    await expect(answer).resolves.toMatchObject({ chosen: [1] });
  });

  it('toggles options of a multiple item with letters', async () => {
    const term = new FakeTerminal(80, 24);
    const answer = askChoice({ ...config, multiple: true }, { input: term.input, output: term });
    await settle();
    term.type('a');
    await settle();
    term.type('c');
    await settle();
    expect(term.text()).toContain('[x] A.');
    expect(term.text()).toContain('[ ] B.');
    term.type('a\r');
    await expect(answer).resolves.toMatchObject({ chosen: [2] });
  });

  it('fits a long prompt into 80×24 with the options and the countdown shown', async () => {
    const term = new FakeTerminal(80, 24);
    const long = { ...config, prompt: '很长的题干。'.repeat(400), limitMs: 60_000 };
    const answer = askChoice(long, { input: term.input, output: term });
    await settle();
    const screen = term.text();
    expect(screen).toContain('剩余 01:00');
    expect(screen).toContain('C. 卖家发货之日');
    expect(screen.split('\n').length).toBeLessThan(24);
    expect(term.written).not.toContain('\u001b[?1049h');
    term.type('\u0003');
    await expect(answer).rejects.toThrow(expect.objectContaining({ name: 'ExitPromptError' }));
  });

  it('submits what is chosen when the time runs out', async () => {
    const term = new FakeTerminal(80, 24);
    let clock = 0;
    const answer = askChoice(
      { ...config, limitMs: 2000, now: () => clock },
      { input: term.input, output: term },
    );
    await settle();
    term.type('c');
    await settle();
    clock = 2500;
    await expect(answer).resolves.toEqual({ chosen: [2], timedOut: true, elapsedMs: 2000 });
  });
});

describe('askChoice at 40 columns', () => {
  it('wraps a long option under its own text and keeps every row inside the width', async () => {
    const term = new FakeTerminal(40, 20);
    const long = {
      ...config,
      options: [
        '下单之日',
        '消费者签收商品之日的次日，以物流签收记录为准，签收时间只有日期的按该日计算',
        '卖家发货之日',
      ],
      limitMs: 30_000,
    };
    const answer = askChoice(long, { input: term.input, output: term });
    await settle();
    const rows = term.text().split('\n');
    const b = rows.findIndex((r) => r.startsWith('  B. '));
    expect(b).toBeGreaterThan(0);
    // The second row of option B starts under its text, not under its letter.
    expect(rows[b + 1]).toMatch(/^ {5}\S/);
    expect(rows.some((r) => r.startsWith('  C. 卖家发货之日'))).toBe(true);
    expect(rows[0]).toContain('剩余 00:30');
    // Never the last column: the terminal does not wrap a row by itself.
    expect(rows.filter((r) => displayWidth(r) >= 40)).toEqual([]);
    term.type('\u0003');
    await expect(answer).rejects.toThrow(expect.objectContaining({ name: 'ExitPromptError' }));
  });
});
