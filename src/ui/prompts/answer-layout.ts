/**
 * Where the answer editor's text goes on the screen, as a pure function: text, cursor, width and
 * height in; the rows to draw and the cell the cursor stands on out. Every row is cut by us, by
 * the program's one width table (`ui/text-width.ts`), and never reaches the last column, so the
 * terminal never wraps a row by itself and the cursor's cell is known.
 */
import { graphemes, graphemeWidth, isAmbiguousWide } from '../text-width.js';
import { wrapItems, wrapText } from '../wrap.js';

/** One screen row of a logical line: code-unit offsets into the line, and its width. */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly width: number;
}

const WORD_CHAR = /^[\x21-\x7e]$/;

/**
 * Cuts one line (no newlines) into rows of at most `room` columns. A wide character that does
 * not fit moves to the next row; a Latin word that would be cut moves whole to the next row
 * when a space before it on the row allows; spaces are kept, leading ones too.
 */
export function wrapLine(line: string, room: number): readonly RowSpan[] {
  // Every frame lays out every line, and a key changes one: the others come from here.
  const key = `${isAmbiguousWide() ? 'w' : 'n'}${room}:${line}`;
  const cached = wrapCache.get(key);
  if (cached) return cached;
  if (wrapCache.size > 2000) wrapCache.clear();
  const rows = cutLine(line, room);
  wrapCache.set(key, rows);
  return rows;
}

const wrapCache = new Map<string, readonly RowSpan[]>();

function cutLine(line: string, room: number): RowSpan[] {
  const rows: RowSpan[] = [];
  let start = 0;
  let col = 0;
  let index = 0;
  // The last place on this row after a space, to move a cut Latin word down whole.
  let spaceEnd = -1;
  let spaceCol = 0;
  let previous = '';
  for (const g of graphemes(line)) {
    const w = graphemeWidth(g);
    if (col > 0 && col + w > room) {
      if (WORD_CHAR.test(g) && WORD_CHAR.test(previous) && spaceEnd > start) {
        rows.push({ start, end: spaceEnd, width: spaceCol });
        start = spaceEnd;
        col -= spaceCol;
      }
      if (col > 0 && col + w > room) {
        rows.push({ start, end: index, width: col });
        start = index;
        col = 0;
      }
      spaceEnd = -1;
    }
    col += w;
    index += g.length;
    if (g === ' ') {
      spaceEnd = index;
      spaceCol = col;
    }
    previous = g;
  }
  rows.push({ start, end: index, width: col });
  return rows;
}

/** The row of `spans` the offset `index` is on, and its column there (end of a row: the next one). */
export function locateInRows(
  line: string,
  spans: readonly RowSpan[],
  index: number,
): { row: number; col: number } {
  let row = 0;
  while (row < spans.length - 1 && index >= (spans[row] as RowSpan).end) row++;
  const span = spans[row] as RowSpan;
  return { row, col: widthOf(line.slice(span.start, index)) };
}

/** The offset in row `span` whose column is the nearest at or before `col`. */
export function offsetAtColumn(line: string, span: RowSpan, col: number, lastRow: boolean): number {
  let at = span.start;
  let used = 0;
  for (const g of graphemes(line.slice(span.start, span.end))) {
    const w = graphemeWidth(g);
    if (used + w > col) break;
    // The end of a row that is not the line's last is the next row's start: stop before it.
    if (!lastRow && at + g.length >= span.end) break;
    used += w;
    at += g.length;
  }
  return at;
}

function widthOf(text: string): number {
  let w = 0;
  for (const g of graphemes(text)) w += graphemeWidth(g);
  return w;
}

/** A line of the header or footer: plain text, and how to colour each of its rows. */
export interface StyledLine {
  readonly text: string;
  readonly paint?: (row: string) => string;
  /** Items joined by ` · ` (a key hint): wrapped between items, never inside one. */
  readonly items?: boolean;
}

export interface LayoutInput {
  /** Drawn above the answer (the prompt's message, the countdown): kept in view. */
  readonly header: readonly StyledLine[];
  /** Under the answer (hints, help); given up first when the screen is short. */
  readonly footer: readonly StyledLine[];
  readonly text: string;
  readonly cursor: number;
  readonly width: number;
  readonly height: number;
  /** The answer row shown first in the previous frame: the view only scrolls when it must. */
  readonly scrollTop: number;
  /** Colours the mark in front of the cursor's line. */
  readonly paintMark?: (mark: string) => string;
}

export interface Layout {
  /** The rows to draw, top to bottom, coloured. */
  readonly rows: readonly string[];
  /** Display width of every row (to know how a terminal reflows them on a resize). */
  readonly widths: readonly number[];
  /** The cursor's cell, 0-based, within `rows`. */
  readonly cursor: { readonly row: number; readonly col: number };
  readonly scrollTop: number;
  /** Answer rows out of view above and below. */
  readonly hiddenAbove: number;
  readonly hiddenBelow: number;
}

export const MARK = '› ';
export const INDENT = '  ';
const MARK_WIDTH = 2;

/** Columns of answer text per row at `width`: the mark, and the last column left free. */
export function answerRoom(width: number): number {
  return Math.max(2, width - MARK_WIDTH - 1);
}

function wrapStyled(lines: readonly StyledLine[], width: number): { row: string; width: number }[] {
  const out: { row: string; width: number }[] = [];
  for (const line of lines) {
    const room = Math.max(2, width - 1);
    for (const row of line.items ? wrapItems(line.text, room) : wrapText(line.text, room)) {
      out.push({ row: line.paint ? line.paint(row) : row, width: widthOf(row) });
    }
  }
  return out;
}

/**
 * Lays out one frame of the editor in at most `height` rows: the header, the answer rows that
 * fit (scrolled so the cursor's row is in view), the footer. A short screen loses the footer
 * first, then the header's first lines; the last header line (the countdown) and one answer row
 * stay.
 */
export function layoutEditor(input: LayoutInput): Layout {
  const { width, text, cursor } = input;
  const height = Math.max(1, input.height);
  const room = answerRoom(width);
  let header = wrapStyled(input.header, width);
  let footer = wrapStyled(input.footer, width);
  if (header.length + footer.length + 1 > height) footer = [];
  if (header.length + 1 > height) header = header.slice(header.length - (height - 1));

  // Every answer row, and the cursor's.
  const body: { line: string; lineIndex: number; span: RowSpan; first: boolean }[] = [];
  let cursorRow = 0;
  let cursorCol = 0;
  let offset = 0;
  const lines = text.split('\n');
  let cursorLine = 0;
  for (const [lineIndex, line] of lines.entries()) {
    const spans = wrapLine(line, room);
    const inLine = cursor >= offset && cursor <= offset + line.length;
    if (inLine) {
      const at = locateInRows(line, spans, cursor - offset);
      cursorRow = body.length + at.row;
      cursorCol = at.col;
      cursorLine = lineIndex;
    }
    for (const [i, span] of spans.entries()) body.push({ line, lineIndex, span, first: i === 0 });
    offset += line.length + 1;
  }

  const room4body = Math.max(1, height - header.length - footer.length);
  const maxTop = Math.max(0, body.length - room4body);
  let top = Math.min(input.scrollTop, maxTop, cursorRow);
  if (cursorRow >= top + room4body) top = cursorRow - room4body + 1;
  top = Math.max(0, top);
  const shown = body.slice(top, top + room4body);

  const mark = input.paintMark ?? ((m: string) => m);
  const rows: string[] = header.map((h) => h.row);
  const widths: number[] = header.map((h) => h.width);
  for (const r of shown) {
    const piece = r.line.slice(r.span.start, r.span.end);
    rows.push((r.first && r.lineIndex === cursorLine ? mark(MARK) : INDENT) + piece);
    widths.push(MARK_WIDTH + r.span.width);
  }
  for (const f of footer) {
    rows.push(f.row);
    widths.push(f.width);
  }
  return {
    rows,
    widths,
    cursor: { row: header.length + cursorRow - top, col: MARK_WIDTH + cursorCol },
    scrollTop: top,
    hiddenAbove: top,
    hiddenBelow: Math.max(0, body.length - top - shown.length),
  };
}
