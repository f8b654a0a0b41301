/**
 * Neutralising text that comes from a bank or answers file before it goes
 * into a message: the file may come from the internet, and a message is
 * printed to a terminal, so no control or bidi character may reach it raw.
 */

/** C0 and C1 controls, DEL, bidi marks/embeddings/overrides/isolates, line separators, lone surrogates. */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A first look for `findUnsafeCharacter`: any character that could be
 * unsafe (any surrogate, any control but tab and newline), without the
 * look-arounds, which make the full pattern slow on long texts; most texts
 * have none and are done with here.
 */
const MAYBE_UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** The first character of `text` that must not reach a terminal raw (a tab or a newline is fine). */
export function findUnsafeCharacter(text: string): string | undefined {
  if (!MAYBE_UNSAFE.test(text)) return undefined;
  UNSAFE.lastIndex = 0;
  for (;;) {
    const match = UNSAFE.exec(text);
    if (match === null) return undefined;
    if (match[0] !== '\t' && match[0] !== '\n') return match[0];
  }
}

/** `\x1b`, `\u009b`, `\u202e` style escape of one character. */
export function escapeCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  if (code < 0x80) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces every unsafe character (newlines and tabs included) with what `replace` returns for it. */
export function replaceUnsafe(text: string, replace: (ch: string) => string): string {
  return text.replace(UNSAFE, replace);
}

/** Escapes every unsafe character (and newlines and tabs) so the text stays on one line. */
export function neutralise(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

const MAX_QUOTED = 40;

/**
 * `"text"`, with unsafe characters escaped, `"` and `\` backslashed, and
 * anything past 40 characters cut and marked with `…`.
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const cut = chars.length > MAX_QUOTED;
  const shown = cut ? chars.slice(0, MAX_QUOTED).join('') : text;
  const escaped = neutralise(shown.replace(/["\\]/g, (c) => `\\${c}`));
  return `"${escaped}${cut ? '…' : ''}"`;
}
