/**
 * What one read of keys does to the typing test (pure): the answer editor's keys, less Enter (a
 * passage is one line) and pastes (a typing test is typed), and the test's ends. No terminal.
 */
import { compareTyped } from '../../typing/count.js';
import { createEditor, type EditorState } from './answer-editor.js';
import { applyKey } from './editor-keys.js';
import type { KeyEvent } from './keys.js';

export interface TypingInput {
  readonly editor: EditorState;
  /** A paste was refused: the hint stays until the text changes. */
  readonly pasteRefused: boolean;
}

export interface TypingInputStep {
  readonly input: TypingInput;
  /** The read ended the test: typed through or Ctrl+D (`submit`), or Ctrl+C (`cancel`). */
  readonly end?: 'submit' | 'cancel';
  /** Some key of the read left text in the editor (the clock starts at the first). */
  readonly typed: boolean;
}

export function createTypingInput(): TypingInput {
  return { editor: createEditor(), pasteRefused: false };
}

/**
 * Applies the events of one read on a screen of `size`. The test ends once as many characters
 * as `passage` has are typed: what came after them in the same read is past the end, dropped.
 */
export function applyTypingEvents(
  input: TypingInput,
  events: readonly KeyEvent[],
  passage: readonly string[],
  size: { width: number; height: number },
): TypingInputStep {
  let { editor, pasteRefused } = input;
  let typed = false;
  const stop = (end: 'submit' | 'cancel') => ({ input: { editor, pasteRefused }, end, typed });
  for (const event of events) {
    if (event.kind === 'paste') {
      pasteRefused = true;
      continue;
    }
    if (event.kind === 'key' && event.name === 'return') continue;
    if (event.kind === 'key' && event.ctrl && event.name === 'd') return stop('submit');
    const step = applyKey(editor, event, size.width, Math.max(1, size.height - 5));
    if (step.outcome === 'cancel') return stop('cancel');
    if (step.state.text !== editor.text) pasteRefused = false;
    editor = step.state;
    if (editor.text !== '') typed = true;
    if (compareTyped(passage, editor.text).done) return stop('submit');
  }
  return { input: { editor, pasteRefused }, typed };
}
