import { describe, expect, it } from 'vitest';
import type { KeyEvent } from '../../../src/ui/prompts/keys.js';
import { applyTypingEvents, createTypingInput } from '../../../src/ui/prompts/typing-input.js';
import { graphemes } from '../../../src/ui/text-width.js';

const size = { width: 40, height: 12 };
const passage = graphemes('您好，请问');
const text = (t: string): KeyEvent => ({ kind: 'text', text: t });
const key = (name: string, ctrl = false): KeyEvent => ({
  kind: 'key',
  name,
  ...(ctrl ? { ctrl } : {}),
});
const apply = (events: KeyEvent[], input = createTypingInput()) =>
  applyTypingEvents(input, events, passage, size);

describe('applyTypingEvents', () => {
  it('types, and says a character was typed (the clock starts)', () => {
    const step = apply([text('您好')]);
    expect(step.input.editor.text).toBe('您好');
    expect(step.typed).toBe(true);
    expect(step.end).toBeUndefined();
  });

  it('counts a character typed then erased in the same read as typed', () => {
    const step = apply([text('您'), key('backspace')]);
    expect(step.input.editor.text).toBe('');
    expect(step.typed).toBe(true);
  });

  it('does nothing on Enter, and a key that leaves the editor empty starts nothing', () => {
    const step = apply([key('return'), key('left')]);
    expect(step.input.editor.text).toBe('');
    expect(step.typed).toBe(false);
  });

  it('refuses a paste, with a hint that stays until the text changes', () => {
    const refused = apply([text('您'), { kind: 'paste', text: '好，请问' }]);
    expect(refused.input.editor.text).toBe('您');
    expect(refused.input.pasteRefused).toBe(true);
    expect(apply([key('left')], refused.input).input.pasteRefused).toBe(true);
    expect(apply([text('好')], refused.input).input.pasteRefused).toBe(false);
  });

  it('ends once the passage is typed through, dropping what came after', () => {
    const step = apply([text('您好，请问'), text('多')]);
    expect(step.end).toBe('submit');
    expect(step.input.editor.text).toBe('您好，请问');
  });

  it('ends on Ctrl+D (submit) and Ctrl+C (cancel) with what was typed', () => {
    expect(apply([text('您'), key('d', true), text('好')])).toMatchObject({
      end: 'submit',
      input: { editor: { text: '您' } },
    });
    expect(apply([text('您'), key('c', true)])).toMatchObject({
      end: 'cancel',
      input: { editor: { text: '您' } },
    });
  });
});
