import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isExitPromptError, waitForEnter } from '../../../src/ui/prompts/index.js';

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
