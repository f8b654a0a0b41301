import { displayWidth, graphemes, graphemeWidth } from './text-width.js';
import { joinCommands } from './wrap-commands.js';

/** Punctuation that must not start a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〉”’…—,.;:?!)]}%'.split(''));

/** Whether a line may start with this character: not with a closing mark such as ，or 。 */
export function mayStartLine(ch: string): boolean {
  return !NO_LINE_START.has(ch.charAt(0));
}

/** Punctuation that must not end a line (避尾点). */
const NO_LINE_END = new Set('（《「『【〈“‘([{'.split(''));

/** A character after which a line may break anywhere: CJK ideographs, kana, full-width forms. */
function isBreakAnywhere(ch: string): boolean {
  if (ch.charCodeAt(0) < 0x2e80) return false;
  return CJK.test(ch) || PICTOGRAPHIC.test(ch);
}

const CJK = /^[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;

/**
 * Where a run of characters that may read as one token ends: a space, or
 * punctuation that opens or closes a clause or a quotation.
 */
const RUN_BOUNDARY = new Set([
  ' ',
  ...[...NO_LINE_START, ...NO_LINE_END].filter((ch) => ch.charCodeAt(0) > 0x7f),
  ...',;!?()[]{}"\''.split(''),
]);

/**
 * Whether a run (no spaces, no clause punctuation) reads as one token: it
 * has a slash or a backslash (`字/分`, `answers/1-self-intro.yaml`) or a dot
 * before a Latin letter (`答案.yaml`). Such a run is kept on one line, CJK
 * characters and all, when it fits one.
 */
function scanRun(gs: readonly string[], from: number): { end: number; joined: boolean } {
  let joined = false;
  let end = from;
  for (; end < gs.length; end++) {
    const ch = gs[end] as string;
    if (RUN_BOUNDARY.has(ch)) break;
    if (ch === '/' || ch === '\\' || (ch === '.' && /^[A-Za-z]$/.test(gs[end + 1] ?? '')))
      joined = true;
  }
  return { end, joined };
}

function runWidth(gs: readonly string[], from: number, end: number): number {
  let width = 0;
  for (let k = from; k < end; k++) width += graphemeWidth(gs[k] as string);
  return width;
}

/**
 * Cuts one paragraph into units that are never split across lines: a Latin
 * word, a run that reads as one (a path, 字/分), one CJK character together
 * with the punctuation glued to it, or a command line (see `joinCommands`).
 * `room` is the width of a line: a run or a command wider than that is cut as
 * usual. Linear: each character is looked at a bounded number of times.
 * One loop on purpose (72 lines): the token being built and its width are
 * shared by every branch, and this is the hot path of wrapping an answer key.
 */
function tokenize(paragraph: string, room: number): { tokens: string[]; widths: number[] } {
  // Widths are summed while the tokens are built: measuring every token again
  // afterwards was most of the cost of wrapping a long answer key.
  const tokens: string[] = [];
  const widths: number[] = [];
  let word = '';
  let wordWidth = 0;
  let glueNext = '';
  let glueWidth = 0;
  const push = (t: string, w: number) => {
    const last = tokens.length - 1;
    if (t !== ' ' && NO_LINE_START.has(t.charAt(0)) && last >= 0 && tokens[last] !== ' ') {
      tokens[last] += t;
      widths[last] = (widths[last] ?? 0) + w;
    } else {
      tokens.push(glueNext + t);
      widths.push(glueWidth + w);
    }
    glueNext = '';
    glueWidth = 0;
  };
  const flushWord = () => {
    if (word) push(word, wordWidth);
    word = '';
    wordWidth = 0;
  };
  const gs = graphemes(paragraph);
  // The end of the run last scanned: a run is scanned once, from its start.
  let scanned = 0;
  for (let i = 0; i < gs.length; i++) {
    const ch = gs[i] as string;
    if (i >= scanned && !RUN_BOUNDARY.has(ch)) {
      const run = scanRun(gs, i);
      scanned = run.end;
      // Measured only when it may be kept whole (most runs are plain text).
      const width = run.joined && word === '' ? runWidth(gs, i, run.end) : Number.POSITIVE_INFINITY;
      if (width + glueWidth <= room) {
        push(gs.slice(i, run.end).join(''), width);
        i = run.end - 1;
        continue;
      }
    }
    const w = graphemeWidth(ch);
    if (ch === ' ') {
      flushWord();
      if (glueNext) push('', 0);
      // A run of spaces is one token: kept as it is where no line breaks.
      const last = tokens.length - 1;
      if (last >= 0 && isSpaces(tokens[last] ?? '')) {
        tokens[last] += ' ';
        widths[last] = (widths[last] ?? 0) + 1;
      } else {
        tokens.push(' ');
        widths.push(1);
      }
    } else if (NO_LINE_END.has(ch)) {
      flushWord();
      glueNext += ch;
      glueWidth += w;
    } else if (isBreakAnywhere(ch) || (NO_LINE_START.has(ch) && !/^[\x21-\x7e]$/.test(ch))) {
      flushWord();
      push(ch, w);
    } else {
      word += ch;
      wordWidth += w;
    }
  }
  flushWord();
  if (glueNext) push('', 0);
  joinCommands(tokens, widths, room);
  return { tokens, widths };
}

const isSpaces = (token: string) => token !== '' && token.trim() === '';

/** Splits a token wider than a line into pieces that fit. */
function hardSplit(token: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of graphemes(token)) {
    if (piece && displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface WrapOptions {
  /** Put before every line (counted in the width). */
  indent?: string;
  /** Put before the first line instead of `indent`; should be as wide as `indent`. */
  firstIndent?: string;
}

/**
 * Wraps plain text (no ANSI codes) to `width` display columns, keeping
 * newlines. Chinese breaks between characters, but never before a closing
 * mark such as ，or 。 nor after an opening one; Latin text breaks at spaces.
 * A paragraph's leading indentation is kept on all its lines (an indented
 * list stays indented), and runs of spaces inside a line are kept where the
 * line does not break.
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  const indent = options.indent ?? '';
  const firstIndent = options.firstIndent ?? indent;
  const room = Math.max(1, width - displayWidth(indent));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const lead = /^ */.exec(paragraph)?.[0] ?? '';
    // An indentation that leaves no room is not kept.
    const hang = lead.length < room / 2 ? lead : '';
    const paraRoom = room - hang.length;
    let line = '';
    let lineWidth = 0;
    let pendingSpace = '';
    const breakLine = () => {
      lines.push(hang + line);
      line = '';
      lineWidth = 0;
      pendingSpace = '';
    };
    const { tokens, widths } = tokenize(paragraph.slice(hang.length), paraRoom);
    for (const [index, token] of tokens.entries()) {
      if (isSpaces(token)) {
        if (lineWidth > 0) pendingSpace = token;
        continue;
      }
      const w = widths[index] ?? 0;
      const gap = lineWidth > 0 ? pendingSpace.length : 0;
      if (lineWidth + gap + w <= paraRoom) {
        line += (gap ? pendingSpace : '') + token;
        lineWidth += gap + w;
        pendingSpace = '';
        continue;
      }
      if (lineWidth > 0) breakLine();
      if (w <= paraRoom) {
        line = token;
        lineWidth = w;
      } else {
        const pieces = hardSplit(token, paraRoom);
        for (const piece of pieces.slice(0, -1)) {
          line = piece;
          breakLine();
        }
        line = pieces.at(-1) ?? '';
        lineWidth = displayWidth(line);
      }
      pendingSpace = '';
    }
    lines.push(line === '' ? '' : hang + line);
  }
  return lines.map((l, i) => (i === 0 ? firstIndent : indent) + l);
}

/** How the items of a key hint are joined ("Enter 换行 · Ctrl+Z 撤销"). */
export const ITEM_SEPARATOR = ' · ';

/**
 * Wraps a line of items joined by ` · ` (a key hint) between items, so that
 * no row ends inside one ("Ctrl+G 全" over "部按键"): as many whole items as
 * fit on each row, the separator dropped where the row breaks. An item wider
 * than a row is wrapped as text.
 */
export function wrapItems(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const rows: string[] = [];
  for (const paragraph of text.split('\n')) {
    let row = '';
    for (const item of paragraph.split(ITEM_SEPARATOR)) {
      const joined = row === '' ? item : row + ITEM_SEPARATOR + item;
      if (displayWidth(joined) <= room) {
        row = joined;
        continue;
      }
      if (row !== '') rows.push(row);
      const pieces = wrapText(item, room);
      rows.push(...pieces.slice(0, -1));
      row = pieces.at(-1) ?? '';
    }
    rows.push(row);
  }
  return rows;
}
