import { Writable } from 'node:stream';
import { displayWidth } from '../../../src/ui/text-width.js';

/**
 * Just enough of a terminal to check where inquirer leaves the cursor: prints characters with
 * their display width and the terminal's wrapping (a wide character that does not fit moves to
 * the next row; after the last column the wrap waits for the next character), and follows the
 * cursor movements and erases inquirer writes. No scrolling: rows grow downward.
 */
export class FakeTerminal extends Writable {
  readonly columns: number;
  readonly rows = 200;
  readonly cells: string[][] = [];
  cursor = { row: 0, col: 0 };
  private pendingWrap = false;

  constructor(columns: number) {
    super({ decodeStrings: false });
    this.columns = columns;
  }

  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.feed(chunk.toString());
    done();
  }

  /** The screen as text, wide characters once, trailing blanks removed. */
  text(): string {
    return this.cells
      .map((row) => row.join('').trimEnd())
      .join('\n')
      .trimEnd();
  }

  private row(index: number): string[] {
    while (this.cells.length <= index) this.cells.push([]);
    return this.cells[index] as string[];
  }

  private feed(data: string): void {
    const csi = /^\u001b\[([?0-9;]*)([A-Za-z])/;
    let i = 0;
    while (i < data.length) {
      const rest = data.slice(i);
      const sequence = csi.exec(rest);
      if (sequence) {
        this.control(sequence[1] ?? '', sequence[2] ?? '');
        i += sequence[0].length;
        continue;
      }
      const char = String.fromCodePoint(rest.codePointAt(0) ?? 0);
      i += char.length;
      if (char === '\n') {
        // A tty in raw mode still maps LF to CR LF (ONLCR).
        this.cursor = { row: this.cursor.row + 1, col: 0 };
        this.pendingWrap = false;
      } else if (char === '\r') {
        this.cursor.col = 0;
        this.pendingWrap = false;
      } else {
        this.print(char);
      }
    }
  }

  private print(char: string): void {
    const width = displayWidth(char);
    if (width === 0) return;
    if (this.pendingWrap || this.cursor.col + width > this.columns) {
      this.cursor = { row: this.cursor.row + 1, col: 0 };
      this.pendingWrap = false;
    }
    const row = this.row(this.cursor.row);
    while (row.length < this.cursor.col) row.push(' ');
    row[this.cursor.col] = char;
    if (width === 2) row[this.cursor.col + 1] = '';
    if (this.cursor.col + width >= this.columns) {
      this.cursor.col = this.columns - 1;
      this.pendingWrap = true;
    } else {
      this.cursor.col += width;
    }
  }

  private control(params: string, command: string): void {
    const n = Number.parseInt(params || '1', 10);
    this.pendingWrap = false;
    switch (command) {
      case 'A':
        this.cursor.row = Math.max(0, this.cursor.row - n);
        break;
      case 'B':
        this.cursor.row += n;
        break;
      case 'C':
        this.cursor.col = Math.min(this.columns - 1, this.cursor.col + n);
        break;
      case 'D':
        this.cursor.col = Math.max(0, this.cursor.col - n);
        break;
      case 'G':
        this.cursor.col = Math.min(this.columns - 1, n - 1);
        break;
      case 'K':
        this.row(this.cursor.row).length = 0;
        break;
      default:
        // Colours, show/hide cursor: nothing to place.
        break;
    }
  }
}
