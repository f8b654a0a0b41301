/**
 * The thin terminal side of our prompts: raw keys from the input, with Node's public stream API
 * (no readline), bracketed paste on while a prompt reads; the prompts' context and errors. The
 * screen side is `screen-region.ts`.
 */
import { StringDecoder } from 'node:string_decoder';
import { createKeyReader, type KeyEvent } from './keys.js';
import { coalescePaste } from './paste-guess.js';

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
  guessPastes = true,
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
    const events = reader.feed(text);
    deliver(guessPastes ? coalescePaste(events) : events);
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

/** What a prompt listens to while it is open, besides its timers. */
export interface PromptHandlers {
  onEvents: (events: KeyEvent[]) => void;
  /** The window changed size. */
  onResize: () => void;
  /** The input ended or failed (a closed terminal). */
  onEnd: () => void;
  /** `signal` was aborted. */
  onAbort: () => void;
  /**
   * false: a chunk of text and line ends stays keys (see `coalescePaste`), for a prompt that reads
   * only Enter, where "Enter, then a letter" typed quickly must stay an Enter.
   */
  guessPastes?: boolean;
}

/**
 * Opens the keys (see {@link openKeys}) and listens for resizes and for `signal`'s abort; the
 * returned `close` undoes all three. A signal already aborted is for the caller to check after
 * this returns, so that its handler can call `close`.
 */
export function openPrompt(
  input: Input,
  output: Output,
  signal: AbortSignal | undefined,
  handlers: PromptHandlers,
): KeySource {
  const keys = openKeys(
    input,
    output,
    handlers.onEvents,
    handlers.onEnd,
    handlers.guessPastes ?? true,
  );
  output.on('resize', handlers.onResize);
  signal?.addEventListener('abort', handlers.onAbort);
  return {
    close() {
      keys.close();
      output.removeListener('resize', handlers.onResize);
      signal?.removeEventListener('abort', handlers.onAbort);
    },
  };
}
