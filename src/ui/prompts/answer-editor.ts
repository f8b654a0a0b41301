/**
 * The answer editor's state as pure functions: a key in, the text and cursor out. No terminal.
 * The text is one string with `\n` between lines; the cursor is a code-unit offset that always
 * sits on a grapheme boundary. Up and Down move by screen row, so they need the row width.
 */

import { countCharacters, MAX_ANSWER_CHARS } from '../../limits.js';
import { escapeCharacter, replaceUnsafe } from '../../neutralize.js';
import { graphemes } from '../text-width.js';
import { answerRoom, locateInRows, offsetAtColumn, wrapLine } from './answer-layout.js';

interface Snapshot {
  readonly text: string;
  readonly cursor: number;
}

export interface EditorState {
  readonly text: string;
  readonly cursor: number;
  /** The column Up and Down aim for, kept while they repeat. */
  readonly goalCol?: number | undefined;
  /** Earlier states, the latest last. */
  readonly undo: readonly Snapshot[];
  /** The last change was typing: more typing joins the same undo step. */
  readonly typing: boolean;
}

/**
 * What a key asks of the prompt besides editing: submit the answer, refuse an empty one,
 * stop (Ctrl+C), show or hide the full help, or say that the answer is full (`full`: typed or
 * pasted text past {@link MAX_ANSWER_CHARS} was left out, the rest kept).
 */
export type EditorOutcome = 'submit' | 'empty' | 'cancel' | 'help' | 'full';

export interface EditorStep {
  readonly state: EditorState;
  readonly outcome?: EditorOutcome;
}

const UNDO_LIMIT = 500;
export const TAB = '  ';

/** A new editor holding `text` (made safe to draw), the cursor at its end. */
export function createEditor(text = ''): EditorState {
  const clean = cleanText(text);
  return { text: clean, cursor: clean.length, undo: [], typing: false };
}

/**
 * What may go into the answer: line ends as `\n`, a tab as two spaces, and every other control
 * or bidi character shown as an escape (`\x1b`), never drawn raw.
 */
export function cleanText(text: string): string {
  return replaceUnsafe(text.replace(/\r\n?/g, '\n'), (ch) =>
    ch === '\n' ? ch : ch === '\t' ? TAB : escapeCharacter(ch),
  );
}

/** The answer as submitted: without trailing blank lines or trailing spaces on the last line. */
export function answerText(state: Pick<EditorState, 'text'>): string {
  return state.text.replace(/\s+$/u, '');
}

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

// Graphemes are found in a window around the cursor: the longest emoji sequences are shorter.
const GRAPHEME_WINDOW = 32;

export function previousBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - GRAPHEME_WINDOW);
  const last = graphemes(text.slice(from, at)).at(-1) ?? '';
  return at - Math.max(1, last.length);
}

export function nextBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const first = graphemes(text.slice(at, at + GRAPHEME_WINDOW))[0] ?? '';
  return at + Math.max(1, first.length);
}

let wordSegmenter: Intl.Segmenter | undefined;
// Words are found in a window of the line: segmenting a whole 10,000-character line costs more
// than linear time, and no word is this long.
const WORD_WINDOW = 200;

interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

/** The segmenter's words and gaps of the line around `at`, in absolute offsets. */
function wordSpans(text: string, at: number): WordSpan[] {
  const start = Math.max(lineStart(text, at), at - WORD_WINDOW);
  const end = Math.min(lineEnd(text, at), at + WORD_WINDOW);
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const spans: WordSpan[] = [];
  for (const s of wordSegmenter.segment(text.slice(start, end))) {
    spans.push({
      start: start + s.index,
      end: start + s.index + s.segment.length,
      // Punctuation and spaces are gaps; a segment of letters, digits or CJK is a word.
      word: s.isWordLike === true || /[\p{L}\p{N}]/u.test(s.segment),
    });
  }
  return spans;
}

/** The start of the word before `at` (a line start stops it; at a line start, the line end above). */
export function wordStartBefore(text: string, at: number): number {
  const start = lineStart(text, at);
  if (at === start) return Math.max(0, at - 1);
  const spans = wordSpans(text, at).filter((s) => s.start < at);
  let i = spans.length - 1;
  while (i >= 0 && !(spans[i] as WordSpan).word) i--;
  return i >= 0 ? (spans[i] as WordSpan).start : Math.max(start, spans[0]?.start ?? start);
}

/** The end of the word after `at` (a line end stops it; at a line end, the next line start). */
export function wordEndAfter(text: string, at: number): number {
  const end = lineEnd(text, at);
  if (at === end) return Math.min(text.length, at + 1);
  const spans = wordSpans(text, at).filter((s) => s.end > at);
  let i = 0;
  while (i < spans.length && !(spans[i] as WordSpan).word) i++;
  return i < spans.length ? (spans[i] as WordSpan).end : (spans.at(-1)?.end ?? end);
}

export function moved(state: EditorState, cursor: number): EditorState {
  return { ...state, cursor, goalCol: undefined, typing: false };
}

/** Replaces `from`–`to` with `insert`, leaving the cursor after it; one undo step unless typing on. */
export function edit(
  state: EditorState,
  from: number,
  to: number,
  insert: string,
  typing = false,
): EditorState {
  if (from === to && insert === '') return moved(state, state.cursor);
  const joins = typing && state.typing;
  const undo = joins
    ? state.undo
    : [...state.undo, { text: state.text, cursor: state.cursor }].slice(-UNDO_LIMIT);
  return {
    text: state.text.slice(0, from) + insert + state.text.slice(to),
    cursor: from + insert.length,
    goalCol: undefined,
    undo,
    typing,
  };
}

/**
 * Inserts typed or pasted text, as much of it as fits under {@link MAX_ANSWER_CHARS}: `grade`
 * refuses a longer answer, so the editor never holds one. Cut on a character boundary, never
 * inside a surrogate pair.
 */
export function insertText(state: EditorState, text: string, typing: boolean): EditorStep {
  const { cursor } = state;
  const room = MAX_ANSWER_CHARS - countCharacters(state.text);
  if (countCharacters(text) <= room) return { state: edit(state, cursor, cursor, text, typing) };
  let end = 0;
  for (let kept = 0; kept < room && end < text.length; kept++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return { state: edit(state, cursor, cursor, text.slice(0, end), typing), outcome: 'full' };
}

/** Up (-1) or Down (+1) one screen row, aiming for the column Up/Down started from. */
export function verticalMove(state: EditorState, direction: -1 | 1, width: number): EditorState {
  const { text, cursor } = state;
  const room = answerRoom(width);
  const start = lineStart(text, cursor);
  const line = text.slice(start, lineEnd(text, cursor));
  const spans = wrapLine(line, room);
  const here = locateInRows(line, spans, cursor - start);
  const goal = state.goalCol ?? here.col;
  let targetStart = start;
  let targetLine = line;
  let targetSpans = spans;
  let targetRow = here.row + direction;
  if (targetRow < 0) {
    if (start === 0) return { ...moved(state, 0), goalCol: goal };
    targetStart = lineStart(text, start - 1);
    targetLine = text.slice(targetStart, start - 1);
    targetSpans = wrapLine(targetLine, room);
    targetRow = targetSpans.length - 1;
  } else if (targetRow >= spans.length) {
    const end = start + line.length;
    if (end === text.length) return { ...moved(state, text.length), goalCol: goal };
    targetStart = end + 1;
    targetLine = text.slice(targetStart, lineEnd(text, targetStart));
    targetSpans = wrapLine(targetLine, room);
    targetRow = 0;
  }
  const span = targetSpans[targetRow];
  if (!span) return state;
  const offset = offsetAtColumn(targetLine, span, goal, targetRow === targetSpans.length - 1);
  return { ...moved(state, targetStart + offset), goalCol: goal };
}

export function undo(state: EditorState): EditorState {
  const last = state.undo.at(-1);
  if (!last) return moved(state, state.cursor);
  return { text: last.text, cursor: last.cursor, undo: state.undo.slice(0, -1), typing: false };
}
