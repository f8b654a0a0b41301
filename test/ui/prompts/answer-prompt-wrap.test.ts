import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../../src/ui/prompts/index.js';
import { FakeTerminal } from './fake-terminal.js';

const labels = { remaining: '剩余', timeUp: '时间到', help: '空行 Enter 提交' };
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
// 25 Chinese characters: 50 columns, so the line being typed wraps at 40.
const TYPED = '先共情再道歉然后说明原因并给出补偿方案最后确认满意';

/** Where the typed text ends on the fake screen: the cell after its last character. */
function endOfTyped(terminal: FakeTerminal, last: string): { row: number; col: number } {
  for (let row = terminal.cells.length - 1; row >= 0; row--) {
    const col = terminal.cells[row]?.lastIndexOf(last) ?? -1;
    if (col >= 0) return { row, col: col + 2 };
  }
  throw new Error(`"${last}" is not on the screen:\n${terminal.text()}`);
}

describe('askAnswer in a narrow terminal (patched @inquirer/core screen manager)', () => {
  it('leaves the cursor right after 25 Chinese characters at 40 columns', async () => {
    expect(TYPED).toHaveLength(25);
    const terminal = new FakeTerminal(40);
    const { events, answer } = await render(
      askAnswer,
      { message: '客户说快递三天没动，你怎么回应？', timeLimit: null, labels },
      { output: terminal },
    );
    for (const char of TYPED) events.type(char);
    await settle();
    // '› ' + 50 columns = 52: the second row of the input line, column 12.
    expect(terminal.text()).toBe(
      [
        '客户说快递三天没动，你怎么回应？',
        '› 先共情再道歉然后说明原因并给出补偿方案',
        '最后确认满意',
        '空行 Enter 提交',
      ].join('\n'),
    );
    expect(terminal.cursor).toEqual(endOfTyped(terminal, '意'));
    expect(terminal.cursor).toEqual({ row: 2, col: 12 });
    events.keypress({ name: 'd', ctrl: true });
    await answer;
  });

  it('moves a wide character that does not fit at the end of a row to the next row', async () => {
    const terminal = new FakeTerminal(41);
    const { events, answer } = await render(
      askAnswer,
      { message: 'Q', timeLimit: null, labels },
      { output: terminal },
    );
    // '› ' + 19 characters = 40 columns: the 20th does not fit in the 41st column.
    events.type(TYPED.slice(0, 20));
    await settle();
    expect(terminal.cursor).toEqual(endOfTyped(terminal, TYPED[19] ?? ''));
    expect(terminal.cursor).toEqual({ row: 2, col: 2 });
    events.keypress({ name: 'd', ctrl: true });
    await answer;
  });

  it('keeps the cursor right when the line exactly fills the row, and after moving left', async () => {
    const terminal = new FakeTerminal(40);
    const { events, answer } = await render(
      askAnswer,
      { message: 'Q', timeLimit: null, labels },
      { output: terminal },
    );
    events.type(TYPED.slice(0, 19)); // 2 + 38 = 40 columns
    await settle();
    expect(terminal.cursor).toEqual({ row: 2, col: 0 });
    events.type('x');
    events.keypress('left');
    events.keypress('left');
    await settle();
    // Back over 'x' and the 19th character, across the row boundary.
    expect(terminal.cursor).toEqual({ row: 1, col: 38 });
    events.keypress({ name: 'd', ctrl: true });
    await answer;
  });
});
