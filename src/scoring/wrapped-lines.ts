/**
 * A line broken where its sentence goes on: after a comma (，、,), or an
 * English line ending in a word and going on in lower case or a quotation. An answer
 * pasted from an editor that wraps at a fixed width breaks its sentences,
 * and its quotations, at every line; read as written, a refusal
 * (也不说"…，\n…") or a quotation ended at the break. The break becomes a
 * space, which keeps every offset.
 */
const WRAPPED_LINE = /(?:[，、,]["”’']?|[A-Za-z])[ \t]*\n(?=[ \t]*[^\s])/g;

export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(WRAPPED_LINE, (m, offset: number) => {
    const last = m[0] ?? '';
    // An English word goes on only into a lower-case word or a quotation; a comma into anything.
    if (/[A-Za-z]/.test(last) && !/^[ \t]*[a-z"“‘']/.test(text.slice(offset + m.length))) return m;
    return m.replace('\n', ' ');
  });
}
