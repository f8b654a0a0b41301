/**
 * Bank text and file names are untrusted: a bank from the internet could
 * carry escape sequences that clear the screen, rename the window or write
 * the clipboard (OSC 52). Everything from a bank passes through here before
 * it reaches a terminal, so such characters are shown, never obeyed.
 */

// C0 controls except \n, DEL, C1 controls, and the bidi embedding/override/isolate
// characters that can reorder what is displayed.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  if (ch === '\t') return '  ';
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x0d) return '\\r';
  if (code === 0x1b) return '\\e';
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Returns `text` with every control or bidi character replaced by a visible escape; newlines, CJK and emoji are kept. */
export function neutralize(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Like {@link neutralize}, and also shows newlines, for one-line contexts such as file names. */
export function neutralizeInline(text: string): string {
  return neutralize(text).replace(/\n/g, '\\n');
}
