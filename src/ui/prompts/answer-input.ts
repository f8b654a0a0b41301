/**
 * What one read of keys does to the answer prompt (pure): the editor's edits (editor-keys.ts)
 * and the hints the prompt shows beside them. No terminal; the prompt draws the result.
 */
import { createEditor, type EditorState } from './answer-editor.js';
import { applyKey } from './editor-keys.js';
import type { KeyEvent } from './keys.js';

export interface AnswerInput {
  readonly editor: EditorState;
  /** Submitted before anything was typed: the hint stays until the text changes. */
  readonly nothingTyped: boolean;
  /** Text was left out at the length limit: the hint stays until an edit goes in whole. */
  readonly full: boolean;
  /** The full help is shown (Ctrl+G shows and hides it). */
  readonly showFullHelp: boolean;
}

export interface AnswerInputStep {
  readonly input: AnswerInput;
  /** The read ended the prompt: the answer submitted, or Ctrl+C. */
  readonly end?: 'submit' | 'cancel';
  /** The text changed (the caller's draft is told). */
  readonly changed: boolean;
}

/** The prompt's input before any key: `initial` in the editor, the cursor at its end. */
export function createAnswerInput(initial = ''): AnswerInput {
  return { editor: createEditor(initial), nothingTyped: false, full: false, showFullHelp: false };
}

/**
 * Applies the events of one read on a screen of `size`. Keys after the one that ends the prompt
 * in the same read were typed ahead: dropped, as the rating prompt drops what reaches it before
 * it appears.
 */
export function applyAnswerEvents(
  input: AnswerInput,
  events: readonly KeyEvent[],
  size: { width: number; height: number },
): AnswerInputStep {
  const before = input.editor.text;
  // Page Up/Down move by about the rows the answer has on the screen.
  const pageRows = Math.max(1, size.height - 5);
  let { editor, nothingTyped, showFullHelp } = input;
  let cut = false;
  for (const event of events) {
    const step = applyKey(editor, event, size.width, pageRows);
    editor = step.state;
    if (step.outcome === 'cancel' || step.outcome === 'submit')
      return { input: { ...input, editor }, end: step.outcome, changed: editor.text !== before };
    if (step.outcome === 'empty') nothingTyped = true;
    if (step.outcome === 'help') showFullHelp = !showFullHelp;
    if (step.outcome === 'full') cut = true;
  }
  const changed = editor.text !== before;
  return {
    input: {
      editor,
      nothingTyped: changed ? false : nothingTyped,
      full: changed || cut ? cut : input.full,
      showFullHelp,
    },
    changed,
  };
}
