/**
 * A paste told from typing where the terminal has no bracketed paste (pure): events in, events
 * out, after the key reader (keys.ts) has decoded a chunk.
 */

import type { KeyEvent, KeyName } from './keys.js';

/**
 * Where a terminal has no bracketed paste, a paste arrives as one chunk of text and line ends,
 * while a typed Enter arrives alone (or at the end of what was typed ahead). So line ends with
 * text after them in the same chunk are pasted line ends and become one paste event; line ends
 * at the end of the chunk stay keys (Enter, Enter still submits when typed quickly).
 */
export function coalescePaste(events: readonly KeyEvent[]): KeyEvent[] {
  let lastText = -1;
  let firstReturn = -1;
  for (const [index, event] of events.entries()) {
    if (event.kind === 'text') lastText = index;
    else if (isPlainKey(event, 'return') && firstReturn < 0) firstReturn = index;
  }
  if (firstReturn < 0 || lastText < firstReturn) return [...events];
  const body = events.slice(0, lastText + 1);
  if (!body.every((e) => e.kind === 'text' || isPlainKey(e, 'return') || isPlainKey(e, 'tab')))
    return [...events];
  const text = body
    .map((e) => (e.kind === 'text' ? e.text : isPlainKey(e, 'tab') ? '\t' : '\n'))
    .join('');
  return [{ kind: 'paste', text }, ...events.slice(lastText + 1)];
}

function isPlainKey(event: KeyEvent, name: KeyName): boolean {
  return event.kind === 'key' && event.name === name && !event.ctrl && !event.alt;
}
