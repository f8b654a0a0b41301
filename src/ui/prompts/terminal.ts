/**
 * The thin terminal side of our prompts: raw keys from the input (Node's public stream API, no
 * readline) and a region of the screen redrawn in place. Everything it draws is laid out before
 * (see `answer-layout.ts`); this file only moves the cursor and writes.
 */
import { StringDecoder } from 'node:string_decoder';
import { coalescePaste, createKeyReader, type KeyEvent } from './keys.js';

export type Input = NodeJS.ReadableStream & {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
  isRaw?: boolean;
};
export type Output = NodeJS.WritableStream & { columns?: number; rows?: number };

/** What prompts get from their caller: the streams (the process's by default) and an abort signal. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

/** Ctrl+C, or a closed input: the name is the one callers test (`isExitPromptError`). */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

/** The prompt's `signal` was aborted. */
export class AbortPromptError extends Error {
  override name = 'AbortPromptError';
}

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';
export const CURSOR_REQUEST = '\u001b[6n';
// A key sequence cut between two reads is completed within this time, or taken as it is.
const ESCAPE_TIMEOUT_MS = 50;

export interface KeySource {
  /** Stops reading: raw mode off, bracketed paste off, the input paused. */
  close(): void;
}

/**
 * Reads keys from `input` in raw mode with bracketed paste on, calling `onEvents` with the
 * events of each chunk (so a caller redraws once per chunk, not once per key), and `onEnd`
 * when the input ends or fails (a closed terminal).
 */
export function openKeys(
  input: Input,
  output: Output,
  onEvents: (events: KeyEvent[]) => void,
  onEnd: () => void,
): KeySource {
  const reader = createKeyReader();
  const decoder = new StringDecoder('utf8');
  const wasRaw = input.isRaw === true;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const deliver = (events: KeyEvent[]) => {
    if (events.length > 0) onEvents(events);
  };
  const onData = (chunk: Buffer | string) => {
    if (closed) return;
    clearTimeout(timer);
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    deliver(coalescePaste(reader.feed(text)));
    if (reader.pending && !closed)
      timer = setTimeout(() => deliver(reader.flush()), ESCAPE_TIMEOUT_MS);
  };
  const onClose = () => {
    if (!closed) onEnd();
  };
  const restoreOnExit = () => output.write(BRACKETED_PASTE_OFF);
  if (input.isTTY) input.setRawMode?.(true);
  output.write(BRACKETED_PASTE_ON);
  process.once('exit', restoreOnExit);
  input.on('data', onData);
  input.on('end', onClose);
  input.on('error', onClose);
  input.resume();
  return {
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      input.removeListener('data', onData);
      input.removeListener('end', onClose);
      input.removeListener('error', onClose);
      process.removeListener('exit', restoreOnExit);
      input.pause();
      try {
        if (input.isTTY) input.setRawMode?.(wasRaw);
        output.write(BRACKETED_PASTE_OFF);
      } catch {
        // The terminal is gone (EIO): nothing left to restore.
      }
    },
  };
}

export interface Frame {
  readonly rows: readonly string[];
  readonly widths: readonly number[];
  /** Where the terminal's cursor goes; omitted for a final frame (the cursor goes below it). */
  readonly cursor?: { readonly row: number; readonly col: number };
}

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const ERASE_LINE_END = '\u001b[K';
const ERASE_BELOW = '\u001b[J';
const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';

const up = (n: number) => (n > 0 ? `\u001b[${n}A` : '');
const right = (n: number) => (n > 0 ? `\u001b[${n}C` : '');

/**
 * A block of rows at the cursor, redrawn in place: every frame starts by going back to the
 * block's first row, so no frame is left behind in the scrollback.
 *
 * A frame as tall as the screen is drawn on the alternate screen instead, from its top: a
 * terminal made narrower reflows what is on the normal screen and pushes the rows that no longer
 * fit into the scrollback, which no redraw can take back; the alternate screen has no
 * scrollback. The block is erased from the normal screen first, so that is left as it was
 * before the prompt, and the final frame is drawn back there.
 */
export class ScreenRegion {
  /** Rows from the block's first row down to the cursor. */
  private cursorRow = 0;
  private cursorCol = 0;
  private widths: readonly number[] = [];
  private width: number;
  private alternate = false;
  private readonly leaveAlternate = () => this.output.write(ALT_SCREEN_OFF);

  constructor(
    private readonly output: Output,
    width: number,
  ) {
    this.width = width;
  }

  /**
   * The terminal changed width. A narrower terminal that reflows (tmux, VTE, iTerm2, Windows
   * Terminal, kitty) has split our rows wider than it; count them again, so the next frame
   * starts where the block now starts.
   */
  resized(width: number, height: number): void {
    if (width < this.width && !this.alternate) {
      const rowsOf = (w: number) => Math.max(1, Math.ceil(w / width));
      let above = 0;
      for (let i = 0; i < this.cursorRow; i++) above += rowsOf(this.widths[i] ?? 0);
      this.cursorRow = above + Math.floor(this.cursorCol / width);
    }
    // The block's top cannot be above the screen's.
    this.cursorRow = Math.min(this.cursorRow, Math.max(0, height - 1));
    this.width = width;
  }

  /** Draws `frame`; `height` is the screen's, to know when the alternate screen is needed. */
  draw(frame: Frame, height = Number.POSITIVE_INFINITY): void {
    let out = HIDE_CURSOR;
    const final = frame.cursor === undefined;
    if (!this.alternate && !final && frame.rows.length >= height) {
      out += `${up(this.cursorRow)}\r${ERASE_BELOW}${ALT_SCREEN_ON}`;
      this.alternate = true;
      process.once('exit', this.leaveAlternate);
    } else if (this.alternate && final) {
      // Back where the block started on the normal screen.
      out += ALT_SCREEN_OFF;
      this.alternate = false;
      process.removeListener('exit', this.leaveAlternate);
      this.cursorRow = 0;
    }
    out += this.alternate ? '\u001b[H' : `${up(this.cursorRow)}\r`;
    out += frame.rows.map((row) => row + ERASE_LINE_END).join('\r\n');
    out += ERASE_BELOW;
    const last = frame.rows.length - 1;
    if (frame.cursor) {
      out += `${up(last - frame.cursor.row)}\r${right(frame.cursor.col)}`;
      this.cursorRow = frame.cursor.row;
      this.cursorCol = frame.cursor.col;
    } else {
      out += '\r\n';
      this.cursorRow = 0;
      this.cursorCol = 0;
    }
    this.widths = frame.widths;
    this.output.write(out + SHOW_CURSOR);
  }
}

/** The terminal's size, with the classic 80×24 when it does not say. */
export function screenSize(output: Output): { width: number; height: number } {
  return {
    width: output.columns && output.columns > 0 ? output.columns : 80,
    height: output.rows && output.rows > 0 ? output.rows : 24,
  };
}
