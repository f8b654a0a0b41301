/**
 * Bank text and file names are untrusted: a bank from the internet could
 * carry escape sequences that clear the screen, rename the window or write
 * the clipboard (OSC 52). Everything from a bank passes through here before
 * it reaches a terminal, so such characters are shown, never obeyed. The
 * bank loader reports the same set of unsafe characters
 * (`findUnsafeCharacter`), so what it refuses and what the screen shows agree.
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

/** `MAYBE_UNSAFE` with tabs and newlines: a first look for `replaceUnsafe`, which replaces them too. */
const MAYBE_REPLACED =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** Replaces every unsafe character (newlines and tabs included) with what `replace` returns for it. */
export function replaceUnsafe(text: string, replace: (ch: string) => string): string {
  // The full pattern's look-arounds are slow; most texts (a list's rows) have nothing to replace.
  if (!MAYBE_REPLACED.test(text)) return text;
  return text.replace(UNSAFE, replace);
}

/** Returns `text` with every control or bidi character shown as an escape; newlines, CJK and emoji are kept, a tab becomes two spaces. */
export function neutralize(text: string): string {
  return replaceUnsafe(text, (ch) => (ch === '\n' ? ch : ch === '\t' ? '  ' : escapeCharacter(ch)));
}

/** Like {@link neutralize}, and also shows newlines and tabs, for one-line contexts such as file names. */
export function neutralizeInline(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/**
 * What is typed, as it is kept in the history: every control or bidi
 * character but newlines and tabs is stored as its escape, so nothing
 * replayed from the log (resume, history) can steer a terminal, whichever
 * program reads it.
 */
export function neutralizeForLog(text: string): string {
  return replaceUnsafe(text, (ch) => (ch === '\n' || ch === '\t' ? ch : escapeCharacter(ch)));
}
