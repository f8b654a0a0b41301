import { escapeCharacter, neutralise, replaceUnsafe } from './bank/quote.js';

/**
 * Bank text and file names are untrusted: a bank from the internet could
 * carry escape sequences that clear the screen, rename the window or write
 * the clipboard (OSC 52). Everything from a bank passes through here before
 * it reaches a terminal, so such characters are shown, never obeyed. The
 * set of unsafe characters is the bank loader's (`bank/quote.ts`), so what
 * the loader reports and what the screen shows agree.
 */

/** Returns `text` with every control or bidi character shown as an escape; newlines, CJK and emoji are kept, a tab becomes two spaces. */
export function neutralize(text: string): string {
  return replaceUnsafe(text, (ch) => (ch === '\n' ? ch : ch === '\t' ? '  ' : escapeCharacter(ch)));
}

/** Like {@link neutralize}, and also shows newlines and tabs, for one-line contexts such as file names. */
export function neutralizeInline(text: string): string {
  return neutralise(text);
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
