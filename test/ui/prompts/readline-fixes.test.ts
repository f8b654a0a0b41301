import * as readline from 'node:readline';
import { PassThrough } from 'node:stream';
import { createPrompt, useKeypress } from '@inquirer/core';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../../src/ui/prompts/index.js';
import {
  dropCoreCursorCheck,
  fixChunkInsertion,
  hasChunkInsertBug,
  isHistoryKey,
} from '../../../src/ui/prompts/readline-fixes.js';

/**
 * The fixes reach into Node's readline and @inquirer/core. Each reach is guarded by a feature
 * check; these tests run that check on whichever Node runs the suite (CI runs 20, 22, 24, 26),
 * so a Node or inquirer that changes the internals turns a test red instead of a user's prompt.
 */

const bare = createPrompt<string, { message: string }>((config, done) => {
  useKeypress((key) => {
    if (key.name === 'enter') done('');
  });
  return config.message;
});

describe('dropCoreCursorCheck', () => {
  it("finds @inquirer/core's per-key cursor check by its name in the pinned version", async () => {
    const { input, answer, events } = await render(bare, { message: 'Q' });
    const named = () =>
      input.listeners('keypress').filter((l: { name: string }) => l.name === 'checkCursorPos');
    expect(named()).toHaveLength(1);
    expect(dropCoreCursorCheck(input)).toBe(true);
    expect(named()).toHaveLength(0);
    expect(dropCoreCursorCheck(input)).toBe(false);
    events.keypress('enter');
    await answer;
  });

  it('is gone from the answer prompt', async () => {
    const { input, answer, events } = await render(askAnswer, {
      message: 'Q',
      timeLimit: null,
      labels: { remaining: '', timeUp: '', help: '' },
    });
    expect(
      input.listeners('keypress').some((l: { name: string }) => l.name === 'checkCursorPos'),
    ).toBe(false);
    events.keypress({ name: 'd', ctrl: true });
    await answer;
  });
});

describe('fixChunkInsertion', () => {
  it('leaves readline inserting a chunk at the cursor, with or without the bug', () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readline.createInterface({ input, output, terminal: true });
    const undo = fixChunkInsertion(rl);
    for (const chunk of ['你好世界', '\u001b[D', '中文']) input.emit('data', Buffer.from(chunk));
    expect(rl.line).toBe('你好世中文界');
    undo();
    rl.close();
  });

  it('detects the bug exactly where a bare readline shows it', () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readline.createInterface({ input, output, terminal: true });
    for (const chunk of ['xy', '\u001b[D', 'zw']) input.emit('data', Buffer.from(chunk));
    expect(hasChunkInsertBug()).toBe(rl.line !== 'xzwy');
    rl.close();
  });
});

describe('isHistoryKey', () => {
  it('names the keys readline uses to recall a line', () => {
    expect(isHistoryKey({ name: 'up' })).toBe(true);
    expect(isHistoryKey({ name: 'down' })).toBe(true);
    expect(isHistoryKey({ name: 'p', ctrl: true })).toBe(true);
    expect(isHistoryKey({ name: 'n', ctrl: true })).toBe(true);
    expect(isHistoryKey({ name: 'p' })).toBe(false);
    expect(isHistoryKey({ name: 'left' })).toBe(false);
  });
});
