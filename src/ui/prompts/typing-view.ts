/**
 * What the typing test shows around the typed text (pure): the passage with every character's
 * mark and the status row with the countdown above it, the help under it. Errors are marked
 * twice, by colour and by a `^` under the character on the row below, so they stay visible with
 * NO_COLOR or `--no-color`.
 */
import type { ChalkInstance } from 'chalk';
import { compareTyped, type Mark, speedOf, type TypingUnit } from '../../typing/count.js';
import { formatClock } from '../render/format.js';
import { graphemeWidth } from '../text-width.js';
import { mayStartLine } from '../wrap.js';
import type { StyledLine } from './answer-layout.js';
import { wrapLine } from './answer-layout.js';
import { urgencyOf } from './answer-state.js';
import { paintClock } from './answer-view.js';

/** The marker under a character typed wrong. */
export const ERROR_MARK = '^';

export interface PassageRow {
  /** Grapheme indexes into the passage: [from, to). */
  readonly from: number;
  readonly to: number;
}

/**
 * The passage cut into rows of at most `room` columns (Latin words kept whole where they fit),
 * no row starting with a closing mark such as 。: the character before it moves down with it.
 */
export function passageRows(passage: readonly string[], room: number): PassageRow[] {
  const rows: PassageRow[] = [];
  for (let from = 0; from < passage.length; ) {
    // A row holds `room` graphemes at most (each is a column wide at least): one more shows where it ends.
    let to = from + firstRowLength(passage.slice(from, from + room + 1), room);
    while (to < passage.length && to - from > 1 && !mayStartLine(passage[to] ?? '')) to -= 1;
    rows.push({ from, to });
    from = to;
  }
  return rows;
}

/** How many graphemes of `graphemes` wrapLine puts on the first row. */
function firstRowLength(graphemes: readonly string[], room: number): number {
  const [first] = wrapLine(graphemes.join(''), room);
  let offset = 0;
  let count = 0;
  for (const g of graphemes) {
    if (offset >= (first?.end ?? 0)) break;
    offset += g.length;
    count += 1;
  }
  return Math.max(1, count);
}

/** The row under a passage row: `^` under each character typed wrong (as wide as it), else spaces. */
export function markerRow(passage: readonly string[], marks: readonly Mark[], row: PassageRow) {
  let out = '';
  for (let i = row.from; i < row.to; i++) {
    const w = graphemeWidth(passage[i] ?? '');
    out += (marks[i] === 'wrong' ? ERROR_MARK : ' ').repeat(w);
  }
  return out.trimEnd();
}

function paintPassageRow(
  passage: readonly string[],
  marks: readonly Mark[],
  row: PassageRow,
  colors: ChalkInstance,
): string {
  let out = '';
  for (let i = row.from; i < row.to; i++) {
    const g = passage[i] ?? '';
    const mark = marks[i];
    if (mark === 'right') out += colors.green(g);
    else if (mark === 'wrong') out += colors.red.inverse(g);
    // The next character to type.
    else if (i > 0 && marks[i - 1] !== 'pending') out += colors.underline(g);
    else if (i === 0) out += colors.underline(g);
    else out += g;
  }
  return out;
}

export interface TypingStatus {
  readonly remainingSeconds: number;
  /** Null before the first character (no speed yet). */
  readonly speed: number | null;
  readonly accuracy: number;
  readonly typed: number;
  readonly length: number;
}

export interface TypingLabels {
  /** Before the countdown, e.g. `剩余`. */
  /** The countdown phrase around mm:ss, in the interface language's word order. */
  readonly remaining: (clock: string) => string;
  /** `52 字/分`, `41 WPM`. */
  readonly speed: (n: number) => string;
  /** `正确率 96%`. */
  readonly accuracy: (percent: number) => string;
  /** Shown in place of the speed before the first character: the clock waits for it. */
  readonly waiting: string;
  /** The help under the typed text. */
  readonly help: string;
  /** Shown when a paste was refused. */
  readonly noPaste: string;
  /** Marks a test the timer ended. */
  readonly timeUp: string;
}

/** The status row: `剩余 00:52 · 48 字/分 · 正确率 96% · 40/120`. */
export function statusLine(
  status: TypingStatus,
  labels: TypingLabels,
  colors: ChalkInstance,
): StyledLine {
  const clock = labels.remaining(formatClock(status.remainingSeconds * 1000));
  const rest = [
    status.speed === null ? labels.waiting : labels.speed(status.speed),
    labels.accuracy(Math.floor(status.accuracy * 100)),
    `${status.typed}/${status.length}`,
  ].join(' · ');
  const text = `${clock} · ${rest}`;
  const urgency = urgencyOf(status.remainingSeconds);
  return {
    text,
    paint: (row) =>
      row.startsWith(clock)
        ? paintClock(colors, urgency, clock) + colors.dim(row.slice(clock.length))
        : colors.dim(row),
  };
}

/**
 * The header: the title, the passage rows (each with its marker row) that fit in `maxRows`
 * rows, as a window around the row being typed, then the status row last, which the editor's
 * layout keeps in view whatever the screen's height.
 */
export function typingHeader(input: {
  readonly title: string;
  readonly passage: readonly string[];
  readonly marks: readonly Mark[];
  readonly typed: number;
  readonly status: TypingStatus;
  readonly labels: TypingLabels;
  readonly width: number;
  readonly maxRows: number;
  readonly colors: ChalkInstance;
}): StyledLine[] {
  const { passage, marks, colors } = input;
  // Rows of width − 1 columns at most: the layout wraps header lines there, so each stays one row.
  const rows = passageRows(passage, Math.max(2, input.width - 1));
  const pairs = Math.max(1, Math.floor(input.maxRows / 2));
  const current = Math.max(
    0,
    rows.findIndex((r) => input.typed < r.to),
  );
  const top = Math.max(0, Math.min(current - Math.floor((pairs - 1) / 2), rows.length - pairs));
  const lines: StyledLine[] = [{ text: input.title, paint: (r) => colors.bold(r) }];
  for (const row of rows.slice(top, top + pairs)) {
    const plain = passage.slice(row.from, row.to).join('');
    const painted = paintPassageRow(passage, marks, row, colors);
    lines.push({ text: plain, paint: () => painted });
    const marker = markerRow(passage, marks, row);
    lines.push({ text: marker, paint: (r) => colors.red.bold(r) });
  }
  lines.push(statusLine(input.status, input.labels, colors));
  return lines;
}

/** The passage's marks and the status row: countdown, live speed, accuracy, progress. */
export function typingProgress(
  passage: readonly string[],
  unit: TypingUnit,
  typedText: string,
  remaining: number,
  elapsedMs: number | null,
) {
  const comparison = compareTyped(passage, typedText);
  return {
    marks: comparison.marks,
    typed: comparison.typed,
    status: {
      remainingSeconds: remaining,
      speed: elapsedMs === null ? null : speedOf(comparison.correct, elapsedMs, unit),
      accuracy: comparison.typed === 0 ? 1 : comparison.correct / comparison.typed,
      typed: comparison.typed,
      length: comparison.length,
    },
  };
}

/** Under the editor: the refused paste, if any, then the help. */
export function typingFooter(
  labels: TypingLabels,
  pasteRefused: boolean,
  colors: ChalkInstance,
): StyledLine[] {
  return [
    ...(pasteRefused ? [{ text: labels.noPaste, paint: (r: string) => colors.yellow(r) }] : []),
    ...labels.help.split('\n').map((text) => ({ text, paint: (r: string) => colors.dim(r) })),
  ];
}
