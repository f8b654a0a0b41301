/**
 * What each key does to the answer editor's state (answer-editor.ts holds the state and its
 * primitive edits): one dispatcher per modifier.
 */
import {
  answerText,
  cleanText,
  type EditorState,
  type EditorStep,
  edit,
  insertText,
  lineEnd,
  lineStart,
  moved,
  nextBoundary,
  previousBoundary,
  TAB,
  undo,
  verticalMove,
  wordEndAfter,
  wordStartBefore,
} from './answer-editor.js';
import type { KeyEvent } from './keys.js';

/**
 * Applies one key (or a typed or pasted text) at screen width `width`. Enter splits the line;
 * Enter on an empty line submits, and Ctrl+D submits at once, unless nothing is written yet
 * (`empty`). A paste is inserted whole, blank lines and all, and never submits.
 */
export function applyKey(
  state: EditorState,
  event: KeyEvent,
  width: number,
  pageRows = 10,
): EditorStep {
  if (event.kind === 'text') return insertText(state, cleanText(event.text), true);
  if (event.kind === 'paste') return insertText(state, cleanText(event.text), false);
  if (event.kind !== 'key') return { state };
  const { name, ctrl = false, alt = false } = event;
  if (ctrl) return ctrlKey(state, name, width, pageRows);
  if (alt) return { state: altKey(state, name) };
  return plainKey(state, name, width, pageRows);
}

/** Submits the answer, or says there is nothing to submit yet. */
function submit(state: EditorState): EditorStep {
  return { state, outcome: answerText(state) === '' ? 'empty' : 'submit' };
}

/** Ctrl+keys that do what a plain key does (Emacs's moves: Ctrl+B is ←, Ctrl+H Backspace). */
const CTRL_AS_PLAIN: Readonly<Record<string, string>> = {
  b: 'left',
  f: 'right',
  p: 'up',
  n: 'down',
  h: 'backspace',
  up: 'up',
  down: 'down',
};
/** Ctrl+keys that do what the Alt key does: by word (Ctrl+W kills the word before). */
const CTRL_AS_ALT: Readonly<Record<string, string>> = {
  left: 'left',
  right: 'right',
  w: 'backspace',
  backspace: 'backspace',
  delete: 'delete',
};
/** Alt+letters that stand for a key: Alt+B ←, Alt+F →, Alt+D Delete, all by word. */
const ALT_LETTERS: Readonly<Record<string, string>> = { b: 'left', f: 'right', d: 'delete' };

/** Ctrl+key: Emacs-style moves and kills, plus cancel (C), submit (D) and help (G). */
function ctrlKey(state: EditorState, name: string, width: number, pageRows: number): EditorStep {
  const plain = CTRL_AS_PLAIN[name];
  if (plain !== undefined) return plainKey(state, plain, width, pageRows);
  const byWord = CTRL_AS_ALT[name];
  if (byWord !== undefined) return { state: altKey(state, byWord) };
  const { text, cursor } = state;
  switch (name) {
    case 'c':
      return { state, outcome: 'cancel' };
    case 'd':
      return submit(state);
    case 'g':
      return { state, outcome: 'help' };
    case 'a':
      return { state: moved(state, lineStart(text, cursor)) };
    case 'e':
      return { state: moved(state, lineEnd(text, cursor)) };
    case 'u':
      return { state: edit(state, lineStart(text, cursor), cursor, '') };
    case 'k':
      return { state: edit(state, cursor, lineEnd(text, cursor), '') };
    case 'z':
    case '_':
      return { state: undo(state) };
    case 'home':
      return { state: moved(state, 0) };
    case 'end':
      return { state: moved(state, text.length) };
    default:
      return { state };
  }
}

/** Alt+key: moves and kills by word; Alt+Enter a new line even on an empty line. */
function altKey(state: EditorState, key: string): EditorState {
  const { text, cursor } = state;
  switch (ALT_LETTERS[key] ?? key) {
    case 'left':
      return moved(state, wordStartBefore(text, cursor));
    case 'right':
      return moved(state, wordEndAfter(text, cursor));
    case 'backspace':
      return edit(state, wordStartBefore(text, cursor), cursor, '');
    case 'delete':
      return edit(state, cursor, wordEndAfter(text, cursor), '');
    // Alt+Enter: a new line even on an empty line, for a blank line between paragraphs.
    case 'return':
      return edit(state, cursor, cursor, '\n');
    default:
      return state;
  }
}

/** A key without modifiers. Enter on an empty line submits. */
function plainKey(state: EditorState, name: string, width: number, pageRows: number): EditorStep {
  const { text, cursor } = state;
  switch (name) {
    case 'return':
      if (lineStart(text, cursor) === lineEnd(text, cursor)) return submit(state);
      return { state: edit(state, cursor, cursor, '\n') };
    case 'tab':
      return { state: edit(state, cursor, cursor, TAB, true) };
    case 'backspace':
      return { state: edit(state, previousBoundary(text, cursor), cursor, '') };
    case 'delete':
      return { state: edit(state, cursor, nextBoundary(text, cursor), '') };
    case 'left':
      return { state: moved(state, previousBoundary(text, cursor)) };
    case 'right':
      return { state: moved(state, nextBoundary(text, cursor)) };
    case 'up':
      return { state: verticalMove(state, -1, width) };
    case 'down':
      return { state: verticalMove(state, 1, width) };
    case 'home':
      return { state: moved(state, lineStart(text, cursor)) };
    case 'end':
      return { state: moved(state, lineEnd(text, cursor)) };
    case 'pageup':
    case 'pagedown': {
      let next = state;
      for (let i = 0; i < Math.max(1, pageRows); i++)
        next = verticalMove(next, name === 'pageup' ? -1 : 1, width);
      return { state: next };
    }
    default:
      return { state };
  }
}
