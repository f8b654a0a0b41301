/**
 * The subset reader's quoted scalars and flow sequences (`[a, 'b']`), each on one line.
 * Where one ends is left in \`scanned.end\`.
 */

import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DASH,
  DOUBLE,
  HAND_OFF,
  HASH,
  NOT_PLAIN_START,
  OPEN_BRACE,
  OPEN_BRACKET,
  SINGLE,
  SPACE,
  skipSpaces,
} from './subset-chars.js';
import { corePlainValue, mayBeCorePlain } from './yaml-core-tags.js';

/** Where the last quoted scalar or flow sequence read ended (the reader reads one text at a time). */
export const scanned = { end: 0 };

/** A quoted scalar at `at` closed on its line: `'…'` with `''` for a quote, `"…"` without escapes. */
export function readQuoted(t: string, at: number, lineEnd: number): string {
  if (t.charCodeAt(at) === DOUBLE) {
    const close = t.indexOf('"', at + 1);
    if (close === -1 || close >= lineEnd) throw HAND_OFF;
    const value = t.slice(at + 1, close);
    if (value.includes('\\')) throw HAND_OFF;
    scanned.end = close + 1;
    return value;
  }
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = t.indexOf("'", from);
    if (close === -1 || close >= lineEnd) throw HAND_OFF;
    if (t.charCodeAt(close + 1) !== SINGLE) {
      scanned.end = close + 1;
      return value + t.slice(from, close);
    }
    value += t.slice(from, close + 1);
    from = close + 2;
  }
}

/** A flow sequence of scalars at `at` (`[a, 'b']`), closed on its line; `end` is past its `]`. */
export function readFlowSequence(t: string, at: number, lineEnd: number): unknown[] {
  const items: unknown[] = [];
  let i = skipSpaces(t, at + 1);
  if (t.charCodeAt(i) === CLOSE_BRACKET) {
    scanned.end = i + 1;
    return items;
  }
  for (;;) {
    if (i >= lineEnd) throw HAND_OFF;
    const c = t.charCodeAt(i);
    if (c === SINGLE || c === DOUBLE) {
      items.push(readQuoted(t, i, lineEnd));
      i = scanned.end;
    } else {
      i = readFlowPlain(t, i, lineEnd, items);
    }
    i = skipSpaces(t, i);
    const next = t.charCodeAt(i);
    if (next === CLOSE_BRACKET) {
      scanned.end = i + 1;
      return items;
    }
    if (next !== COMMA) throw HAND_OFF;
    i = skipSpaces(t, i + 1);
    // One comma may end the entries (`[a, b, ]`, as YAML allows); an empty entry is an error.
    if (t.charCodeAt(i) === CLOSE_BRACKET) {
      scanned.end = i + 1;
      return items;
    }
  }
}

/** A plain scalar in a flow sequence, from `at` to a `,` or `]`; returns where it stops. */
function readFlowPlain(t: string, at: number, lineEnd: number, items: unknown[]): number {
  const c = t.charCodeAt(at);
  if (NOT_PLAIN_START.has(c)) throw HAND_OFF;
  if (
    c === DASH &&
    (at + 1 >= lineEnd || t.charCodeAt(at + 1) === SPACE || isFlowIndicator(t.charCodeAt(at + 1)))
  )
    throw HAND_OFF;
  let i = at;
  for (; i < lineEnd; i++) {
    const d = t.charCodeAt(i);
    if (d === COMMA || d === CLOSE_BRACKET) break;
    // A nested collection, a pair (`a: b`), `:` at all, or a comment: left to js-yaml.
    if (d === OPEN_BRACKET || d === OPEN_BRACE || d === CLOSE_BRACE || d === COLON) throw HAND_OFF;
    if (d === HASH && t.charCodeAt(i - 1) === SPACE) throw HAND_OFF;
  }
  if (i >= lineEnd) throw HAND_OFF;
  let end = i;
  while (t.charCodeAt(end - 1) === SPACE) end--;
  const raw = t.slice(at, end);
  items.push(mayBeCorePlain(raw) ? corePlainValue(raw) : raw);
  return i;
}

function isFlowIndicator(c: number): boolean {
  return (
    c === COMMA ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE
  );
}
