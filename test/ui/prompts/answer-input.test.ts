import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS } from '../../../src/limits.js';
import { createEditor } from '../../../src/ui/prompts/answer-editor.js';
import { applyAnswerEvents, createAnswerInput } from '../../../src/ui/prompts/answer-input.js';
import type { KeyEvent } from '../../../src/ui/prompts/keys.js';

const size = { width: 40, height: 12 };
const text = (t: string): KeyEvent => ({ kind: 'text', text: t });
const key = (name: string, mods: { ctrl?: boolean; alt?: boolean } = {}): KeyEvent => ({
  kind: 'key',
  name,
  ...mods,
});
const enter = key('return');

describe('applyAnswerEvents', () => {
  it('edits the answer and says that it changed', () => {
    const step = applyAnswerEvents(
      createAnswerInput(),
      [text('先共情'), enter, text('再核实')],
      size,
    );
    expect(step.input.editor.text).toBe('先共情\n再核实');
    expect(step.changed).toBe(true);
    expect(step.end).toBeUndefined();
  });

  it('starts from a resumed answer, the cursor at its end', () => {
    const step = applyAnswerEvents(createAnswerInput('您好'), [text('，请稍等')], size);
    expect(step.input.editor.text).toBe('您好，请稍等');
  });

  it('submits on Enter on an empty line and drops the keys typed after it', () => {
    const step = applyAnswerEvents(
      createAnswerInput(),
      [text('好的'), enter, enter, text('多余')],
      size,
    );
    expect(step.end).toBe('submit');
    expect(step.input.editor.text).toBe('好的\n');
  });

  it('ends on Ctrl+C with what was typed before it', () => {
    const step = applyAnswerEvents(
      createAnswerInput(),
      [text('一半'), key('c', { ctrl: true })],
      size,
    );
    expect(step.end).toBe('cancel');
    expect(step.input.editor.text).toBe('一半');
  });

  it('refuses an empty answer with a hint that stays until something is typed', () => {
    const refused = applyAnswerEvents(createAnswerInput(), [key('d', { ctrl: true })], size);
    expect(refused.end).toBeUndefined();
    expect(refused.input.nothingTyped).toBe(true);
    expect(refused.changed).toBe(false);
    const moved = applyAnswerEvents(refused.input, [key('left')], size);
    expect(moved.input.nothingTyped).toBe(true);
    const typed = applyAnswerEvents(refused.input, [text('您')], size);
    expect(typed.input.nothingTyped).toBe(false);
  });

  it('shows and hides the full help on Ctrl+G', () => {
    const shown = applyAnswerEvents(createAnswerInput(), [key('g', { ctrl: true })], size);
    expect(shown.input.showFullHelp).toBe(true);
    const twice = applyAnswerEvents(shown.input, [key('g', { ctrl: true })], size);
    expect(twice.input.showFullHelp).toBe(false);
  });

  it('keeps the length-limit hint until an edit goes in whole', () => {
    const nearly = {
      ...createAnswerInput(),
      editor: createEditor('字'.repeat(MAX_ANSWER_CHARS - 1)),
    };
    const cut = applyAnswerEvents(nearly, [text('多出来')], size);
    expect(cut.input.full).toBe(true);
    expect(cut.changed).toBe(true);
    const moved = applyAnswerEvents(cut.input, [key('left')], size);
    expect(moved.input.full).toBe(true);
    const erased = applyAnswerEvents(cut.input, [key('backspace')], size);
    expect(erased.input.full).toBe(false);
  });
});
