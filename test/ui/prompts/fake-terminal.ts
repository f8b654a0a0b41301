import { PassThrough, Writable } from 'node:stream';
import { displayWidth } from '../../../src/ui/text-width.js';

/**
 * Just enough of a terminal to check what our prompts draw: prints characters with their display
 * width and the terminal's wrapping (a wide character that does not fit moves to the next row;
 * after the last column the wrap waits for the next character), follows cursor moves and erases,
 * scrolls rows off the top into a scrollback, has an alternate screen, and answers `ESC[6n` on
 * its keyboard (`input`) as a terminal does. `isTTY`, `columns` and `rows` as a tty stream has.
 */
export class FakeTerminal extends Writable {
  columns: number;
  rows: number;
  readonly isTTY = true;
  /** The keyboard: what the program reads. */
  readonly input: PassThrough & {
    isTTY: boolean;
    isRaw: boolean;
    setRawMode: (m: boolean) => void;
  };
  scrollback: string[][] = [];
  cells: string[][] = [];
  cursor = { row: 0, col: 0 };
  /** Every byte written, for checks on the modes a prompt sets. */
  written = '';
  /** Columns the terminal gives an ambiguous-width character (when asked where the cursor is). */
  ambiguousWidth = 1;
  private pendingWrap = false;
  private normal: { cells: string[][]; cursor: { row: number; col: number } } | undefined;

  constructor(columns: number, rows = 200) {
    super({ decodeStrings: false });
    this.columns = columns;
    this.rows = rows;
    const input = new PassThrough() as FakeTerminal['input'];
    input.isTTY = true;
    input.isRaw = false;
    input.setRawMode = (mode: boolean) => {
      input.isRaw = mode;
    };
    this.input = input;
  }

  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    const text = chunk.toString();
    this.written += text;
    this.feed(text);
    done();
  }

  /** Types keys (as one chunk). */
  type(keys: string): void {
    this.input.write(keys);
  }

  /** Changes the size and tells the program, as SIGWINCH does. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }

  /** The screen as text, wide characters once, trailing blanks removed. */
  text(): string {
    return this.cells
      .map((row) => row.join('').trimEnd())
      .join('\n')
      .trimEnd();
  }

  /** The scrollback and the screen. */
  history(): string {
    return [...this.scrollback.map((row) => row.join('').trimEnd()), this.text()].join('\n');
  }

  private row(index: number): string[] {
    while (this.cells.length <= index) this.cells.push([]);
    return this.cells[index] as string[];
  }

  private lineFeed(): void {
    if (this.cursor.row + 1 >= this.rows) {
      const top = this.cells.shift() ?? [];
      if (!this.normal) this.scrollback.push(top);
      this.cells.push([]);
    } else {
      this.cursor.row += 1;
    }
  }

  private feed(data: string): void {
    const csi = /^\u001b\[([?0-9;]*)([A-Za-z~])/;
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
        this.lineFeed();
        this.cursor.col = 0;
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
    const width = char === '\u201c' ? this.ambiguousWidth : displayWidth(char);
    if (width === 0) return;
    if (this.pendingWrap || this.cursor.col + width > this.columns) {
      this.lineFeed();
      this.cursor.col = 0;
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
        this.cursor.row = Math.min(this.rows - 1, this.cursor.row + n);
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
      case 'H': {
        const [r = 1, c = 1] = params.split(';').map((p) => Number(p || '1'));
        this.cursor = { row: r - 1, col: c - 1 };
        break;
      }
      case 'K':
        this.row(this.cursor.row).length = this.cursor.col;
        break;
      case 'J':
        this.row(this.cursor.row).length = this.cursor.col;
        this.cells.length = this.cursor.row + 1;
        break;
      case 'n':
        if (params === '6')
          this.input.write(`\u001b[${this.cursor.row + 1};${this.cursor.col + 1}R`);
        break;
      case 'h':
        if (params === '?1049' && !this.normal) {
          this.normal = { cells: this.cells, cursor: { ...this.cursor } };
          this.cells = [];
        }
        break;
      case 'l':
        if (params === '?1049' && this.normal) {
          this.cells = this.normal.cells;
          this.cursor = this.normal.cursor;
          this.normal = undefined;
        }
        break;
      default:
        // Colours, cursor visibility, bracketed paste: nothing to place.
        break;
    }
  }
}
