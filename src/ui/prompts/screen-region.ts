/**
 * The rows a prompt owns on the screen, redrawn in place. Everything drawn is laid out before
 * (see `answer-layout.ts`); this file only moves the cursor and writes.
 */
import type { Output } from './terminal.js';

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
