import * as readline from 'node:readline';
import { PassThrough } from 'node:stream';

/** The parts of Node's `readline.Interface` these fixes touch (not in its public types). */
interface ReadlineInternals {
  line: string;
  cursor: number;
  isCompletionEnabled?: boolean;
  _insertString?: (this: ReadlineInternals, text: string) => void;
}

const noop = (): void => {};

let chunkBug: boolean | undefined;

/**
 * Whether this Node's readline misplaces a chunk typed in the middle of a line. Node 20 inserts
 * every character of a multi-character chunk but the last at the end of the line (it appends
 * while `isCompletionEnabled` is off, which it is for all but a chunk's last character):
 * `ab`, Left, `cd` gives `abdc`. Chunks are what an input method commits and what a paste sends.
 * Checked once, on a throwaway interface, so a Node that fixed it is left alone.
 */
export function hasChunkInsertBug(): boolean {
  if (chunkBug === undefined) {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readline.createInterface({ input, output, terminal: true });
    // Emitting `data` runs readline's keypress decoding synchronously.
    for (const chunk of ['ab', '\u001b[D', 'cd']) input.emit('data', Buffer.from(chunk));
    chunkBug = (rl as unknown as ReadlineInternals).line !== 'acdb';
    rl.close();
    input.destroy();
    output.destroy();
  }
  return chunkBug;
}

/**
 * Makes `rl` insert a multi-character chunk at the cursor, where Node 20 puts most of it at the
 * end of the line (see {@link hasChunkInsertBug}). Wraps `_insertString`: Node's
 * `readline.Interface` routes its internal insert through that legacy method, kept so that it
 * can be overridden. Returns the undo. A no-op where readline is right.
 */
export function fixChunkInsertion(rl: object): () => void {
  const target = rl as ReadlineInternals;
  const insert = target._insertString;
  if (!hasChunkInsertBug() || typeof insert !== 'function') return noop;
  target._insertString = function (this: ReadlineInternals, text: string) {
    if (this.isCompletionEnabled !== false || this.cursor >= this.line.length) {
      insert.call(this, text);
      return;
    }
    const { line, cursor } = this;
    // Let readline record the edit (undo stack) and append, then put the text where it belongs.
    insert.call(this, text);
    this.line = line.slice(0, cursor) + text + line.slice(cursor);
    this.cursor = cursor + text.length;
  };
  return () => {
    delete target._insertString;
  };
}

/**
 * Whether a key makes readline recall an earlier line. Our lines are not a history, so the prompt
 * puts back the line and cursor readline had before the key. Assigning `historySize = 0`, the
 * old way, throws from Node 24 on (a getter without a setter); `line` and `cursor` are public.
 */
export function isHistoryKey(key: { name?: string; ctrl?: boolean }): boolean {
  return (
    key.name === 'up' ||
    key.name === 'down' ||
    (key.ctrl === true && (key.name === 'p' || key.name === 'n'))
  );
}

/**
 * Removes @inquirer/core's after-every-keypress cursor check. It measures the whole line for each
 * key, and a paste of n characters is n keypresses: 4 s for 10,000 characters on Node 20. It only
 * moves the cursor's column (wrong when the cursor crosses a wrapped row); a prompt that redraws
 * after every burst of keys, with the row right too, does not need it. Found by the name it has
 * in @inquirer/core 10.3.2 (pinned); if it is not found, nothing breaks but a paste is slow.
 */
export function dropCoreCursorCheck(input: NodeJS.EventEmitter): boolean {
  const check = input.listeners('keypress').find((listener) => listener.name === 'checkCursorPos');
  if (check) input.removeListener('keypress', check as (...args: unknown[]) => void);
  return check !== undefined;
}
