/**
 * Decodes what a terminal sends in raw mode into key events, without readline: our prompts need
 * the bracketed-paste markers, the answer to a cursor-position request and the chunk a key came
 * in, which readline's keypress events give differently (or not at all) on each Node version.
 * Pure: strings in, events out; the caller keeps the reader between chunks.
 */

/**
 * A key's name: `return`, `backspace`, `delete`, `tab`, `escape`, `up`, `down`, `left`, `right`,
 * `home`, `end`, `pageup`, `pagedown`, `insert`, `f1`, or the letter of Ctrl+letter and
 * Alt+letter (`_` for Ctrl+_).
 */
export type KeyName = string;

export type KeyEvent =
  /** Printable characters typed (an input method commits several at once). */
  | { readonly kind: 'text'; readonly text: string }
  /** A paste, line ends as `\n`: bracketed, or a chunk that can only be a paste. */
  | { readonly kind: 'paste'; readonly text: string }
  /** A named key; `name` is a letter for Ctrl+letter and Alt+letter. */
  | {
      readonly kind: 'key';
      readonly name: KeyName;
      readonly ctrl?: boolean;
      readonly alt?: boolean;
      readonly shift?: boolean;
    }
  /** The terminal's answer to `ESC[6n`: 1-based row and column. */
  | { readonly kind: 'cursor'; readonly row: number; readonly col: number };

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

const TILDE_KEYS: Record<string, KeyName> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
  '11': 'f1',
};
const LETTER_KEYS: Record<string, KeyName> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  P: 'f1',
};

/** xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4); meta (8) counts as alt. */
function modifiers(param: string | undefined): { ctrl?: true; alt?: true; shift?: true } {
  const bits = Math.max(0, Number(param ?? '1') - 1);
  return {
    ...(bits & 4 ? { ctrl: true as const } : {}),
    ...(bits & 10 ? { alt: true as const } : {}),
    ...(bits & 1 ? { shift: true as const } : {}),
  };
}

/** One control character (C0 or DEL) as a key. */
function controlKey(ch: string, alt: boolean): KeyEvent {
  const code = ch.charCodeAt(0);
  const extra = alt ? { alt: true } : {};
  if (ch === '\r' || ch === '\n') return { kind: 'key', name: 'return', ...extra };
  if (ch === '\t') return { kind: 'key', name: 'tab', ...extra };
  if (ch === '\u007f' || ch === '\b') return { kind: 'key', name: 'backspace', ...extra };
  if (ch === '\u001f') return { kind: 'key', name: '_', ctrl: true, ...extra };
  if (code === 0) return { kind: 'key', name: 'space', ctrl: true, ...extra };
  return { kind: 'key', name: String.fromCharCode(code + 96), ctrl: true, ...extra };
}

// CSI: ESC [ parameters, intermediates, final byte. SS3: ESC O and one letter.
const CSI = /^\u001b\[([0-?]*)([ -/]*)([@-~])/;
const SS3 = /^\u001bO([A-Za-z])/;
// A sequence cut at the end of a chunk: wait for the rest (or the caller's timeout).
const PARTIAL = /^\u001b(?:\[[0-?]*[ -/]*|O|\u001b(?:\[[0-?]*[ -/]*|O)?)?$/;

function decodeCsi(params: string, final: string, alt: boolean): KeyEvent | undefined {
  const parts = params.split(';');
  if (final === 'R' && parts.length === 2 && !alt)
    return { kind: 'cursor', row: Number(parts[0]), col: Number(parts[1]) };
  const name = final === '~' ? TILDE_KEYS[parts[0] ?? ''] : LETTER_KEYS[final];
  if (name === undefined) return undefined;
  const mods = modifiers(parts[1]);
  return { kind: 'key', name, ...mods, ...(alt ? { alt: true } : {}) };
}

/** Terminals send CR for Enter and for line ends in a paste; some send LF or CRLF. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export interface KeyReader {
  /** Decodes one chunk; a sequence cut at its end is kept for the next one. */
  feed(chunk: string): KeyEvent[];
  /** Whether a cut sequence is waiting (the caller flushes it after a short timeout). */
  readonly pending: boolean;
  /** Gives up waiting: a lone ESC is the Escape key. */
  flush(): KeyEvent[];
}

export function createKeyReader(): KeyReader {
  const state: ReaderState = { rest: '', paste: undefined };
  return {
    feed(chunk) {
      const input = state.rest + chunk;
      state.rest = '';
      return decode(state, input, false);
    },
    get pending() {
      return state.rest !== '';
    },
    flush() {
      const input = state.rest;
      state.rest = '';
      return input ? decode(state, input, true) : [];
    },
  };
}

/** What the reader keeps between chunks. */
interface ReaderState {
  /** The cut sequence at the end of the last chunk, read again with the next. */
  rest: string;
  /** The text of a paste whose end marker has not come yet. */
  paste: string | undefined;
}

/** Decodes `input` (with `final`, a cut sequence at its end is taken as it is). */
function decode(state: ReaderState, input: string, final: boolean): KeyEvent[] {
  const events: KeyEvent[] = [];
  let text = '';
  const pushText = () => {
    if (text) events.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < input.length) {
    if (state.paste !== undefined) {
      i = readPaste(state, input, i, events);
      if (i < 0) return events;
      continue;
    }
    const ch = input[i] as string;
    if (ch !== '\u001b') {
      const code = ch.charCodeAt(0);
      if (code < 0x20 || code === 0x7f) {
        pushText();
        events.push(controlKey(ch, false));
        // CRLF is one line end.
        i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      } else {
        text += ch;
        i += 1;
      }
      continue;
    }
    pushText();
    const here = input.slice(i);
    if (here.startsWith(PASTE_START)) {
      state.paste = '';
      i += PASTE_START.length;
      continue;
    }
    if (!final && PARTIAL.test(here)) {
      state.rest = here;
      return events;
    }
    const step = decodeEscape(here);
    if (step.event) events.push(step.event);
    i += step.length;
  }
  pushText();
  state.rest = '';
  return events;
}

/**
 * Reads on in a paste from `from`: the paste event once its end marker comes (the index after
 * the marker is given), or -1 when `input` ends first (what may start the marker is kept).
 */
function readPaste(state: ReaderState, input: string, from: number, events: KeyEvent[]): number {
  const end = input.indexOf(PASTE_END, from);
  if (end < 0) {
    const keep = pasteEndStart(input, from);
    state.paste += input.slice(from, input.length - keep);
    state.rest = input.slice(input.length - keep);
    return -1;
  }
  state.paste += input.slice(from, end);
  events.push({ kind: 'paste', text: normalizeLineEnds(state.paste ?? '') });
  state.paste = undefined;
  return end + PASTE_END.length;
}

/**
 * How many characters at the end of `input` (from `from` on) could start the paste's end
 * marker: they are kept for the next chunk.
 */
function pasteEndStart(input: string, from: number): number {
  for (let k = Math.min(PASTE_END.length - 1, input.length - from); k > 0; k--)
    if (PASTE_END.startsWith(input.slice(input.length - k))) return k;
  return 0;
}

/**
 * The key an escape sequence at the start of `here` stands for (none for a sequence we do not
 * know), and its length. `here` starts with ESC and is not a cut sequence.
 */
function decodeEscape(here: string): { event?: KeyEvent; length: number } {
  // ESC ESC [ … is Alt with a cursor key in some terminals.
  const alt = here[1] === '\u001b' && (here[2] === '[' || here[2] === 'O');
  const body = alt ? here.slice(1) : here;
  const skip = alt ? 1 : 0;
  const csi = CSI.exec(body);
  if (csi) {
    const event = decodeCsi(csi[1] ?? '', csi[3] ?? '', alt);
    return { ...(event ? { event } : {}), length: csi[0].length + skip };
  }
  const ss3 = SS3.exec(body);
  if (ss3) {
    const name = LETTER_KEYS[ss3[1] ?? ''];
    const event: KeyEvent | undefined = name
      ? { kind: 'key', name, ...(alt ? { alt: true } : {}) }
      : undefined;
    return { ...(event ? { event } : {}), length: ss3[0].length + skip };
  }
  const next = here[1];
  if (next === undefined || next === '\u001b')
    return { event: { kind: 'key', name: 'escape' }, length: 1 };
  // ESC and a character: Alt+character.
  const code = next.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return { event: controlKey(next, true), length: 2 };
  return { event: { kind: 'key', name: next.toLowerCase(), alt: true }, length: 2 };
}
