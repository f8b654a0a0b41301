import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askChoice, isExitPromptError, waitForEnter } from '../../../src/ui/prompts/index.js';

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString();
  });
  return { input, output, written: () => written };
}

describe('waitForEnter', () => {
  it('shows the message and resolves on Enter, ignoring other keys', async () => {
    const { input, output, written } = streams();
    const done = waitForEnter('按 Enter 继续', { input, output });
    input.write('abc');
    input.write('\r');
    await expect(done).resolves.toBeUndefined();
    expect(written()).toContain('按 Enter 继续');
  });

  it('keys typed right after the Enter, in the same read, go to the next prompt', async () => {
    // A quick "Enter, b" at quiz's start arrives as one chunk when the program is busy: the
    // Enter starts, and the b chooses B in the first item instead of being lost with it.
    const { input, output } = streams();
    const started = waitForEnter('准备好了按 Enter 开始', { input, output });
    input.write('\rb');
    await expect(started).resolves.toBeUndefined();
    const choice = askChoice(
      {
        header: '第 1/1 题',
        prompt: '？',
        options: ['甲', '乙'],
        multiple: false,
        limitMs: null,
        clockLabel: '',
        help: '',
        chooseHint: '',
      },
      { input, output },
    );
    input.write('\r');
    await expect(choice).resolves.toMatchObject({ chosen: [1] });
  });

  it('rejects with ExitPromptError on Ctrl+C', async () => {
    const { input, output } = streams();
    const done = waitForEnter('按 Enter 继续', { input, output });
    input.write('\u0003');
    const error = await done.catch((e: unknown) => e);
    expect(isExitPromptError(error)).toBe(true);
  });
});

describe('isExitPromptError', () => {
  it.each([
    [Object.assign(new Error('closed'), { name: 'ExitPromptError' }), true],
    [Object.assign(new Error('aborted'), { name: 'AbortPromptError' }), false],
    [new Error('ExitPromptError'), false],
    [{ name: 'ExitPromptError' }, false],
    [undefined, false],
  ])('%o is %s', (error, expected) => {
    expect(isExitPromptError(error)).toBe(expected);
  });
});
