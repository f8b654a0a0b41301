import { describe, expect, it } from 'vitest';
import { countCharacters, MAX_ANSWER_CHARS } from '../../../src/limits.js';
import {
  answerText,
  createEditor,
  type EditorState,
} from '../../../src/ui/prompts/answer-editor.js';
import { applyKey } from '../../../src/ui/prompts/editor-keys.js';
import type { KeyEvent } from '../../../src/ui/prompts/keys.js';

type Step = string | KeyEvent;
const key = (name: string, mods: { ctrl?: boolean; alt?: boolean } = {}): KeyEvent => ({
  kind: 'key',
  name,
  ...mods,
});
const ctrl = (name: string) => key(name, { ctrl: true });
const alt = (name: string) => key(name, { alt: true });
const paste = (text: string): KeyEvent => ({ kind: 'paste', text });

/** Runs keys (strings are typed text) at `width` columns; returns the state and the last outcome. */
function run(steps: Step[], width = 80, start: EditorState = createEditor()) {
  let state = start;
  let outcome: string | undefined;
  for (const step of steps) {
    const event: KeyEvent = typeof step === 'string' ? { kind: 'text', text: step } : step;
    const result = applyKey(state, event, width);
    state = result.state;
    outcome = result.outcome;
  }
  return { state, outcome };
}

/** The text with `|` where the cursor is. */
const shown = (s: EditorState) => `${s.text.slice(0, s.cursor)}|${s.text.slice(s.cursor)}`;

describe('answer editor: lines', () => {
  it('Enter in the middle of a line splits it (Chinese)', () => {
    const { state } = run(['先道歉再核实', key('left'), key('left'), key('return')]);
    expect(shown(state)).toBe('先道歉再\n|核实');
  });

  it('Backspace at the start of a line joins it to the one above (English)', () => {
    const { state } = run(['first', key('return'), 'second', key('home'), key('backspace')]);
    expect(shown(state)).toBe('first|second');
  });

  it('Delete at the end of a line joins the next one', () => {
    const { state } = run(['一', key('return'), '二', key('up'), key('end'), key('delete')]);
    expect(shown(state)).toBe('一|二');
  });

  it('Enter on an empty line submits; Ctrl+D submits anywhere', () => {
    expect(run(['您好', key('return'), key('return')]).outcome).toBe('submit');
    expect(run(['您好', key('left'), ctrl('d')]).outcome).toBe('submit');
    expect(run(['您好', key('return')]).outcome).toBeUndefined();
  });

  it('refuses an empty answer on Enter and on Ctrl+D alike', () => {
    expect(run([key('return')]).outcome).toBe('empty');
    expect(run([ctrl('d')]).outcome).toBe('empty');
    expect(run(['   ', ctrl('d')]).outcome).toBe('empty');
  });

  it('Alt+Enter adds a blank line instead of submitting', () => {
    const { state, outcome } = run(['一', key('return'), alt('return'), '二']);
    expect(outcome).toBeUndefined();
    expect(state.text).toBe('一\n\n二');
  });

  it('the answer has no trailing blank lines', () => {
    expect(answerText(run(['一', key('return'), '二', key('return')]).state)).toBe('一\n二');
  });
});

describe('answer editor: moving', () => {
  it('Up and Down move by screen row inside a wrapped line', () => {
    // At 20 columns a row holds 17 columns of text: 8 Chinese characters.
    const line = '一二三四五六七八九十甲乙丙丁戊己';
    const { state } = run([line, key('home'), key('right'), key('right'), key('down')], 20);
    expect(shown(state)).toBe('一二三四五六七八九十|甲乙丙丁戊己');
    expect(shown(run([key('up')], 20, state).state)).toBe('一二|三四五六七八九十甲乙丙丁戊己');
  });

  it('Up keeps the column it started from across a shorter line', () => {
    const { state } = run([
      'abcdefgh',
      key('return'),
      'ab',
      key('return'),
      'abcdefgh',
      key('up'),
      key('up'),
    ]);
    expect(shown(state)).toBe('abcdefgh|\nab\nabcdefgh');
  });

  it('Up from line 14 reaches line 13; End and typing edit it', () => {
    const lines = Array.from({ length: 14 }, (_, i) => `第${i + 1}行内容`);
    const steps: Step[] = lines.flatMap((l, i) => (i === 0 ? [l] : [key('return'), l]));
    const { state } = run([...steps, key('up'), key('home'), key('end'), '（改）']);
    expect(state.text.split('\n')[12]).toBe('第13行内容（改）');
    expect(state.text.split('\n')[13]).toBe('第14行内容');
  });

  it('Page Up and Page Down move by a screenful of rows', () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i + 1}行`).join('\n');
    const end = createEditor(text);
    const up = applyKey(end, key('pageup'), 80, 10).state;
    expect(text.slice(0, up.cursor).split('\n')).toHaveLength(20);
    const down = applyKey(up, key('pagedown'), 80, 10).state;
    expect(text.slice(0, down.cursor).split('\n')).toHaveLength(30);
  });

  it('Home/End and Ctrl+A/E go to the start and end of the line', () => {
    const { state } = run(['一', key('return'), 'hello', ctrl('a')]);
    expect(shown(state)).toBe('一\n|hello');
    expect(shown(run([ctrl('e')], 80, state).state)).toBe('一\nhello|');
    expect(shown(run([key('home'), key('end')], 80, state).state)).toBe('一\nhello|');
  });

  it('Left and Right step over a whole emoji or accented letter', () => {
    const { state } = run(['a👨‍👩‍👧e\u0301', key('left'), key('left')]);
    expect(shown(state)).toBe('a|👨‍👩‍👧e\u0301');
  });

  it('word moves use the segmenter in Chinese and spaces in English', () => {
    const zh = run(['我们马上核实订单', ctrl('left')]).state;
    expect(zh.cursor).toBeGreaterThan(0);
    expect(zh.cursor).toBeLessThan('我们马上核实订单'.length);
    const en = run(['keep the customer', alt('b')]).state;
    expect(shown(en)).toBe('keep the |customer');
    expect(shown(run([alt('b'), alt('f')], 80, en).state)).toBe('keep the| customer');
  });
});

describe('answer editor: deleting and undo', () => {
  it('Ctrl+W deletes one Chinese word, not the whole line', () => {
    const { state } = run(['非常抱歉让您久等了', ctrl('w')]);
    expect(state.text.length).toBeGreaterThan(0);
    expect('非常抱歉让您久等了'.startsWith(state.text)).toBe(true);
    expect(state.text).not.toBe('非常抱歉让您久等了');
  });

  it('Ctrl+W deletes the English word before the cursor, and the space after it', () => {
    expect(shown(run(['follow up today ', ctrl('w')]).state)).toBe('follow up |');
  });

  it('Ctrl+W at a line start joins the line above', () => {
    expect(shown(run(['一', key('return'), ctrl('w')]).state)).toBe('一|');
  });

  it('Ctrl+U and Ctrl+K delete to the line start and end', () => {
    const s = run(['一二', key('return'), '三四五', key('left')]).state;
    expect(shown(run([ctrl('u')], 80, s).state)).toBe('一二\n|五');
    expect(shown(run([ctrl('k')], 80, s).state)).toBe('一二\n三四|');
  });

  it('Ctrl+Z undoes typing as one step, then the line break before it', () => {
    const s = run(['先道歉', key('return'), '再核实']).state;
    const once = run([ctrl('z')], 80, s).state;
    expect(shown(once)).toBe('先道歉\n|');
    expect(shown(run([ctrl('z')], 80, once).state)).toBe('先道歉|');
    expect(shown(run([ctrl('_'), ctrl('_'), ctrl('_')], 80, s).state)).toBe('|');
  });
});

describe('answer editor: paste', () => {
  it('inserts a paste whole at the cursor, blank lines included, without submitting', () => {
    const { state, outcome } = run([
      '开头结尾',
      key('left'),
      key('left'),
      paste('第一段\n\n第二段\n'),
    ]);
    expect(outcome).toBeUndefined();
    expect(shown(state)).toBe('开头第一段\n\n第二段\n|结尾');
  });

  it('a paste is one undo step', () => {
    const { state } = run(['a', paste('long\ntext'), ctrl('z')]);
    expect(shown(state)).toBe('a|');
  });

  it('shows control characters in a paste as escapes, never raw', () => {
    const { state } = run([paste('红\u001b[31m字\u202e\ttab\r\nnext')]);
    expect(state.text).toBe('红\\x1b[31m字\\u202e  tab\nnext');
  });

  it('keeps no more than the answer limit: the rest of a paste is left out and said so', () => {
    const start = createEditor('开头');
    const big = '😀'.repeat(5) + '长'.repeat(MAX_ANSWER_CHARS);
    const { state, outcome } = run([paste(big)], 80, start);
    expect(outcome).toBe('full');
    expect(countCharacters(state.text)).toBe(MAX_ANSWER_CHARS);
    // Cut on a character boundary: every emoji whole, the text a prefix of what was pasted.
    expect(state.text).toBe(`开头${big}`.slice(0, state.text.length));
    expect(/[\ud800-\udfff]/u.test(state.text)).toBe(false);
    const typed = run(['再', key('backspace'), '字'], 80, state);
    expect(typed.state.text).toBe(`${state.text.slice(0, -1)}字`);
    expect(run(['多'], 80, state)).toMatchObject({ outcome: 'full', state: { text: state.text } });
  });

  it('a paste that fits goes in whole, up to the last character allowed', () => {
    const text = 'a'.repeat(MAX_ANSWER_CHARS - 1);
    const { state, outcome } = run([paste(text), 'b']);
    expect(outcome).toBeUndefined();
    expect(state.text).toBe(`${text}b`);
  });

  it('a resumed draft is neutralised too', () => {
    expect(createEditor('草稿\u001b]52;c;AAAA\u0007').text).toBe('草稿\\x1b]52;c;AAAA\\x07');
  });
});

describe('answer editor: the Emacs keys', () => {
  // Two lines with the cursor inside a word of the second: every move and kill shows.
  const start = run([
    'keep calm',
    key('return'),
    '先道歉 then verify',
    key('left'),
    key('left'),
  ]).state;
  const cases: [string, KeyEvent, string][] = [
    ['Ctrl+B', ctrl('b'), 'keep calm\n先道歉 then ver|ify'],
    ['Ctrl+F', ctrl('f'), 'keep calm\n先道歉 then verif|y'],
    ['Ctrl+P', ctrl('p'), 'keep calm|\n先道歉 then verify'],
    ['Ctrl+N', ctrl('n'), 'keep calm\n先道歉 then verify|'],
    ['Ctrl+H', ctrl('h'), 'keep calm\n先道歉 then ver|fy'],
    ['Ctrl+W', ctrl('w'), 'keep calm\n先道歉 then |fy'],
    ['Ctrl+Delete', ctrl('delete'), 'keep calm\n先道歉 then veri|'],
    ['Alt+B', alt('b'), 'keep calm\n先道歉 then |verify'],
    ['Alt+F', alt('f'), 'keep calm\n先道歉 then verify|'],
    ['Alt+D', alt('d'), 'keep calm\n先道歉 then veri|'],
    ['Ctrl+A', ctrl('a'), 'keep calm\n|先道歉 then verify'],
    ['Ctrl+K', ctrl('k'), 'keep calm\n先道歉 then veri|'],
    ['Ctrl+U', ctrl('u'), 'keep calm\n|fy'],
  ];
  it.each(cases)('%s', (_name, event, expected) => {
    expect(shown(run([event], 80, start).state)).toBe(expected);
  });
});
