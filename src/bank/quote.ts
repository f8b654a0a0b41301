/**
 * A bank value quoted in a message (`"…"`): the file may come from the
 * internet and a message is printed to a terminal, so the value is shown
 * neutralised, on one line and cut short.
 */

import { neutralizeInline } from '../neutralize.js';

const MAX_QUOTED = 40;

/**
 * `"text"`, with unsafe characters escaped, `"` and `\` backslashed, and
 * anything past 40 characters cut and marked with `…`.
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const cut = chars.length > MAX_QUOTED;
  const shown = cut ? chars.slice(0, MAX_QUOTED).join('') : text;
  const escaped = neutralizeInline(shown.replace(/["\\]/g, (c) => `\\${c}`));
  return `"${escaped}${cut ? '…' : ''}"`;
}
