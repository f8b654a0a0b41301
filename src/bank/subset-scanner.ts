/**
 * The lines and scalars of the subset reader (subset-yaml.ts, which reads the
 * block structure on top of this). Every scalar is on one line, except a
 * literal block (`|`, `|-`); anything this does not know for certain, it
 * hands off (`HAND_OFF`), and js-yaml reads the text instead.
 */

import {
  COLON,
  DASH,
  HAND_OFF,
  HASH,
  knownKey,
  NEWLINE,
  NOT_PLAIN_START,
  PERIOD,
  rememberKey,
  SPACE,
} from './subset-chars.js';
import { readFlowSequence, readQuoted, scanned } from './subset-flow.js';
import { corePlainValue, mayBeCorePlain } from './yaml-core-tags.js';

/** `\n` and `n` spaces, for taking a literal block's indentation off its lines. */
const INDENTS: string[] = [];
function newlineIndent(n: number): string {
  INDENTS[n] ??= `\n${' '.repeat(n)}`;
  return INDENTS[n];
}

export class SubsetScanner {
  protected readonly text: string;
  /** The current content line: where it starts and ends (its `\n`, or the text's end). */
  protected lineStart = 0;
  protected lineEnd = 0;
  /** Its first column that is not a blank; -1 past the last line. */
  protected indent = -1;
  /** Where the last quoted scalar or flow sequence ended. */
  protected end = 0;
  /** Whether a `---` line may still come: only as the first content line. */
  private first = true;

  constructor(text: string) {
    this.text = text;
  }

  /** Moves to the first line from `from` (a line's start) that is not blank or a comment. */
  protected nextContentLine(from: number): void {
    const t = this.text;
    const length = t.length;
    let at = from;
    while (at < length) {
      let i = at;
      while (t.charCodeAt(i) === SPACE) i++;
      const c = t.charCodeAt(i);
      const end = t.indexOf('\n', i);
      if (c !== NEWLINE && c !== HASH && i < length) {
        // `---` and `...` start or end a document; js-yaml reads several of them otherwise than YAML.
        if (i === at && (c === DASH || c === PERIOD) && !this.first && isMarker(t, i))
          throw HAND_OFF;
        this.first = false;
        this.lineStart = at;
        this.indent = i - at;
        this.lineEnd = end === -1 ? length : end;
        return;
      }
      if (end === -1) break;
      at = end + 1;
    }
    this.lineStart = length;
    this.lineEnd = length;
    this.indent = -1;
  }

  /** Whether `at`, on the current line, is past its end or a blank. */
  protected blankAt(at: number): boolean {
    return at >= this.lineEnd || this.text.charCodeAt(at) === SPACE;
  }

  /** After a value that ends at `at`: only blanks and a comment may follow it; then the next line. */
  protected finishLine(at: number): void {
    const t = this.text;
    let i = at;
    while (i < this.lineEnd && t.charCodeAt(i) === SPACE) i++;
    if (i < this.lineEnd && (i === at || t.charCodeAt(i) !== HASH)) throw HAND_OFF;
    this.nextContentLine(this.lineEnd + 1);
  }

  /** Hands off a plain scalar at `at` that would not start one in YAML, or that the subset leaves out. */
  protected checkPlainStart(at: number): void {
    const c = this.text.charCodeAt(at);
    if (NOT_PLAIN_START.has(c) || (c === DASH && this.blankAt(at + 1))) throw HAND_OFF;
  }

  /**
   * The `:` that ends an implicit key starting at `from` on the current line (one followed by a
   * blank or the line's end), or -1 when a comment or the line's end comes first.
   */
  protected keyColon(from: number): number {
    const t = this.text;
    const end = this.lineEnd;
    for (let i = from; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 >= end || t.charCodeAt(i + 1) === SPACE) return i;
      } else if (c === HASH && t.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** A plain key from `at` to its `:`; only a text key (no `null`, `1`, `true`…, no `__proto__`). */
  protected plainKey(at: number, colon: number): string {
    const t = this.text;
    let end = colon;
    while (t.charCodeAt(end - 1) === SPACE) end--;
    const seen = knownKey(t, at, end);
    if (seen !== undefined) return seen;
    this.checkPlainStart(at);
    // The spec limits an implicit key to 1024 characters; a key with `:` is read otherwise by some.
    if (end - at > 1024) throw HAND_OFF;
    const key = t.slice(at, end);
    if (key.includes(':') || key === '__proto__') throw HAND_OFF;
    if (mayBeCorePlain(key) && corePlainValue(key) !== key) throw HAND_OFF;
    rememberKey(key);
    return key;
  }

  /** A plain scalar from `at` to the line's end or a comment, resolved by the core schema; then the next line. */
  protected plainValue(at: number): unknown {
    this.checkPlainStart(at);
    const t = this.text;
    const lineEnd = this.lineEnd;
    let stop = lineEnd;
    for (let i = at; i < lineEnd; i++) {
      const c = t.charCodeAt(i);
      // A `: ` in a value is a mapping where none may be (or a key the subset leaves to js-yaml).
      if (c === COLON && (i + 1 >= lineEnd || t.charCodeAt(i + 1) === SPACE)) throw HAND_OFF;
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) {
        stop = i;
        break;
      }
    }
    while (t.charCodeAt(stop - 1) === SPACE) stop--;
    const raw = t.slice(at, stop);
    this.nextContentLine(lineEnd + 1);
    return mayBeCorePlain(raw) ? corePlainValue(raw) : raw;
  }

  /** A quoted scalar at `at` closed on its line: `'…'` with `''` for a quote, `"…"` without escapes. */
  protected quoted(at: number): string {
    const value = readQuoted(this.text, at, this.lineEnd);
    this.end = scanned.end;
    return value;
  }

  /** A flow sequence of scalars at `at` (`[a, 'b']`), closed on its line; `end` is past its `]`. */
  protected flowSequence(at: number): unknown[] {
    const items = readFlowSequence(this.text, at, this.lineEnd);
    this.end = scanned.end;
    return items;
  }

  /**
   * A literal block (`|` clips, `|-` strips) whose header is at `at`, its lines indented more
   * than `parent`; then the next content line. Lines of blanks, an indentation indicator,
   * `|+` and `>` are left to js-yaml.
   */
  protected literalBlock(at: number, parent: number): string {
    const t = this.text;
    let i = at + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    let j = i;
    while (j < this.lineEnd && t.charCodeAt(j) === SPACE) j++;
    if (j < this.lineEnd && (j === i || t.charCodeAt(j) !== HASH)) throw HAND_OFF;
    const length = t.length;
    let n = -1;
    let start = 0;
    let last = 0;
    let p = this.lineEnd + 1;
    while (p < length) {
      let end = t.indexOf('\n', p);
      if (end === -1) end = length;
      if (end === p) {
        // An empty line before the first line of text belongs to the value: left to js-yaml.
        if (n === -1) throw HAND_OFF;
        p++;
        continue;
      }
      let k = p;
      while (t.charCodeAt(k) === SPACE) k++;
      if (k === end || end === length) throw HAND_OFF;
      if (n === -1) {
        if (k - p <= parent) throw HAND_OFF;
        n = k - p;
        start = k;
      } else if (k - p < n) break;
      last = end;
      p = end + 1;
    }
    if (n === -1) throw HAND_OFF;
    let value = t.slice(start, strip ? last : last + 1);
    const inner = value.indexOf('\n');
    if (inner !== -1 && inner < value.length - 1) value = value.replaceAll(newlineIndent(n), '\n');
    this.nextContentLine(p);
    return value;
  }
}

/** Whether `at` starts `---` or `...`, whatever follows (js-yaml reads `---word` otherwise than YAML). */
function isMarker(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return t.charCodeAt(at + 1) === c && t.charCodeAt(at + 2) === c;
}
