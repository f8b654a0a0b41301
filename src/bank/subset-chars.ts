/**
 * What the parts of the subset reader share (subset-scanner.ts, subset-flow.ts): the
 * hand-off, character codes, and the keys already read.
 */

/** Thrown, one instance, where the text leaves the subset. */
export class HandOff extends Error {}
export const HAND_OFF = new HandOff('outside the subset');

export const SPACE = 32;
export const NEWLINE = 10;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const SINGLE = 39;
export const DOUBLE = 34;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const COMMA = 44;
export const PIPE = 124;
export const PERIOD = 46;

/** Characters no plain scalar of the subset starts with: YAML's indicators (`-` is looked at apart). */
export const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:'].map((c) => c.charCodeAt(0)));

/**
 * Keys already read and found sound, by length and first character: bank files repeat a few
 * dozen field names thousands of times, and a key read again is then neither cut out of the
 * text (a new string, made an internal one for the property) nor checked again. Short keys
 * only, which are copies: a longer cut would keep its whole file alive.
 */
const KEYS = new Map<number, string[]>();
const MAX_KEY_LENGTH = 12;

export function knownKey(t: string, at: number, end: number): string | undefined {
  if (end - at > MAX_KEY_LENGTH) return undefined;
  const list = KEYS.get((end - at) * 0x10000 + t.charCodeAt(at));
  if (list === undefined) return undefined;
  for (const key of list) if (t.startsWith(key, at)) return key;
  return undefined;
}

export function rememberKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH || KEYS.size > 512) return;
  const bucket = key.length * 0x10000 + key.charCodeAt(0);
  const list = KEYS.get(bucket);
  if (list === undefined) KEYS.set(bucket, [key]);
  else if (list.length < 8) list.push(key);
}

export function skipSpaces(t: string, from: number): number {
  let i = from;
  while (t.charCodeAt(i) === SPACE) i++;
  return i;
}
