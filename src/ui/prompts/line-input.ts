/**
 * What one read of keys does to the one-line prompt (pure): the answer editor's keys on a single
 * line, Enter checked by the prompt's `validate`, and the keys held back while the prompt waits
 * for the terminal's answer to its cursor-position request (see `askLine`). No terminal.
 */
import { answerText, createEditor, type EditorState } from './answer-editor.js';
import { applyKey } from './editor-keys.js';
import type { KeyEvent } from './keys.js';

export interface LineInput {
  readonly editor: EditorState;
  /** Why the value was refused, shown until the next edit. */
  readonly error?: string | undefined;
  /** Keys are typeahead, dropped, until the terminal answers the cursor request. */
  readonly waitingForFence: boolean;
}

export interface LineRules {
  /** The screen's width. */
  readonly width: number;
  /** `true`, or why the value is refused. */
  readonly validate?: ((value: string) => true | string) | undefined;
  /** Only Enter counts: no line is edited. */
  readonly enterOnly?: boolean | undefined;
}

export type LineInputStep =
  | { readonly input: LineInput; readonly end?: 'cancel' }
  | {
      readonly input: LineInput;
      readonly end: 'submit';
      /** The value accepted. */
      readonly value: string;
      /** The events of the read after the Enter that submitted. */
      readonly rest: readonly KeyEvent[];
    };

export function createLineInput(waitingForFence: boolean): LineInput {
  return { editor: createEditor(), waitingForFence };
}

/**
 * Applies the events of one read. Enter (or Ctrl+D) submits what `validate` accepts; a refused
 * value stays, with the refusal, and the read goes on.
 */
export function applyLineEvents(
  input: LineInput,
  events: readonly KeyEvent[],
  rules: LineRules,
): LineInputStep {
  let { editor, error, waitingForFence } = input;
  for (const [index, event] of events.entries()) {
    if (event.kind === 'cursor') {
      waitingForFence = false;
      continue;
    }
    if (waitingForFence) continue;
    if (event.kind === 'key' && event.ctrl && event.name === 'c')
      return { input: { editor, error, waitingForFence }, end: 'cancel' };
    if (
      event.kind === 'key' &&
      !event.alt &&
      (event.name === 'return' || (event.ctrl && event.name === 'd'))
    ) {
      const value = answerText(editor);
      const verdict = rules.validate?.(value) ?? true;
      const next = { editor, error, waitingForFence };
      if (verdict === true)
        return { input: next, end: 'submit', value, rest: events.slice(index + 1) };
      error = verdict;
      continue;
    }
    if (rules.enterOnly) continue;
    const next = applyOnOneLine(editor, event, rules.width);
    if (next === undefined) continue;
    editor = next;
    error = undefined;
  }
  return { input: { editor, error, waitingForFence } };
}

/**
 * One key on a one-line editor: a pasted line end is a space, and Alt+Enter adds no line.
 * Undefined for a key the line ignores, which leaves a refusal shown.
 */
function applyOnOneLine(
  editor: EditorState,
  event: KeyEvent,
  width: number,
): EditorState | undefined {
  const oneLine =
    event.kind === 'paste'
      ? { kind: 'text' as const, text: event.text.replace(/\n+/g, ' ') }
      : event;
  if (oneLine.kind === 'key' && oneLine.name === 'return') return undefined;
  return applyKey(editor, oneLine, width).state;
}
