import { describe, expect, it } from 'vitest';
import {
  applyChoiceEvents,
  applyChoiceKey,
  type ChoiceState,
  createChoice,
} from '../../../src/ui/prompts/choice-state.js';
import type { KeyEvent } from '../../../src/ui/prompts/keys.js';

const key = (name: string, ctrl = false): KeyEvent => ({
  kind: 'key',
  name,
  ...(ctrl ? { ctrl } : {}),
});
const text = (t: string): KeyEvent => ({ kind: 'text', text: t });

function run(state: ChoiceState, ...events: KeyEvent[]) {
  let s = state;
  let outcome = 'none';
  for (const e of events) {
    const step = applyChoiceKey(s, e);
    s = step.state;
    outcome = step.outcome;
  }
  return { state: s, outcome };
}

describe('choice keys', () => {
  it('single: nothing is chosen until a key says so; Enter then submits', () => {
    const start = createChoice(4, false);
    expect(run(start, key('return'))).toMatchObject({
      outcome: 'none',
      state: { nothingChosen: true },
    });
    expect(run(start, text('c'), key('return'))).toMatchObject({
      outcome: 'submit',
      state: { chosen: [2] },
    });
    expect(run(start, key('down'), key('down'), key('up')).state.chosen).toEqual([0]);
    expect(run(start, key('up')).state.chosen).toEqual([3]);
    // A full-width letter (an input method) counts; one past the options does not.
    expect(run(start, text('Ｂ')).state.chosen).toEqual([1]);
    expect(run(start, text('e')).state.chosen).toEqual([]);
  });

  it('multiple: a letter toggles its option, Space the one under the cursor', () => {
    const start = createChoice(4, true);
    expect(run(start, text('a'), text('d'), text('a')).state.chosen).toEqual([3]);
    expect(run(start, text('ac')).state.chosen).toEqual([0, 2]);
    expect(run(start, key('down'), key('down'), text(' ')).state.chosen).toEqual([1]);
    expect(run(start, key('down'), key('return')).outcome).toBe('none');
  });

  it('true/false takes 对 and 错 as A and B; Ctrl+C cancels', () => {
    const start = createChoice(2, false);
    expect(run(start, text('错')).state.chosen).toEqual([1]);
    expect(run(start, text('对')).state.chosen).toEqual([0]);
    expect(run(start, key('c', true)).outcome).toBe('cancel');
  });
});

describe('applyChoiceEvents (one read)', () => {
  it('submits at the first Enter with something chosen and drops the keys after it', () => {
    const step = applyChoiceEvents(createChoice(4, false), [text('b'), key('return'), text('c')]);
    expect(step).toEqual({ state: expect.objectContaining({ chosen: [1] }), outcome: 'submit' });
  });

  it('goes on past an Enter with nothing chosen', () => {
    const step = applyChoiceEvents(createChoice(4, true), [key('return'), text('a'), text('d')]);
    expect(step.outcome).toBe('none');
    expect(step.state.chosen).toEqual([0, 3]);
    expect(step.state.nothingChosen).toBe(false);
  });

  it('ends on Ctrl+C, whatever came after', () => {
    const step = applyChoiceEvents(createChoice(2, false), [key('c', true), key('return')]);
    expect(step.outcome).toBe('cancel');
  });
});
