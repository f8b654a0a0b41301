import { describe, expect, it } from 'vitest';
import type { KeyEvent } from '../../../src/ui/prompts/keys.js';
import { applyLineEvents, createLineInput } from '../../../src/ui/prompts/line-input.js';

const text = (t: string): KeyEvent => ({ kind: 'text', text: t });
const key = (name: string, mods: { ctrl?: boolean; alt?: boolean } = {}): KeyEvent => ({
  kind: 'key',
  name,
  ...mods,
});
const enter = key('return');
const cursor: KeyEvent = { kind: 'cursor', row: 3, col: 1 };
const digits = (v: string) => (/^\d+$/.test(v) ? true : '请输入数字');
const rules = { width: 40, validate: digits };

describe('applyLineEvents', () => {
  it('submits what validate accepts, with the events after the Enter', () => {
    const step = applyLineEvents(createLineInput(false), [text('7'), enter, text('下一题')], rules);
    expect(step).toMatchObject({ end: 'submit', value: '7', rest: [text('下一题')] });
  });

  it('refuses a value with the reason, which the next edit clears', () => {
    const refused = applyLineEvents(createLineInput(false), [text('七'), enter], rules);
    expect(refused.end).toBeUndefined();
    expect(refused.input.error).toBe('请输入数字');
    expect(refused.input.editor.text).toBe('七');
    const edited = applyLineEvents(refused.input, [key('backspace')], rules);
    expect(edited.input.error).toBeUndefined();
  });

  it('goes on after a refusal in the same read: a later Enter can submit', () => {
    const step = applyLineEvents(
      createLineInput(false),
      [text('七'), enter, key('backspace'), text('7'), enter],
      rules,
    );
    expect(step).toMatchObject({ end: 'submit', value: '7' });
  });

  it('keeps a paste on one line and adds no line on Alt+Enter', () => {
    const step = applyLineEvents(
      createLineInput(false),
      [{ kind: 'paste', text: '第一行\n\n第二行' }, key('return', { alt: true })],
      { width: 40 },
    );
    expect(step.end).toBeUndefined();
    expect(step.input.editor.text).toBe('第一行 第二行');
  });

  it('drops the keys before the terminal answers the cursor request', () => {
    const step = applyLineEvents(
      createLineInput(true),
      [text('8'), enter, cursor, text('9')],
      rules,
    );
    expect(step.end).toBeUndefined();
    expect(step.input.waitingForFence).toBe(false);
    expect(step.input.editor.text).toBe('9');
  });

  it('edits nothing when only Enter counts, and ends on Ctrl+C', () => {
    const waiting = applyLineEvents(createLineInput(false), [text('abc')], {
      width: 40,
      enterOnly: true,
    });
    expect(waiting.input.editor.text).toBe('');
    expect(applyLineEvents(waiting.input, [key('c', { ctrl: true })], rules).end).toBe('cancel');
  });
});
