/**
 * What sends a bank text to yaml for confirmation, found before js-yaml reads
 * it (plain-yaml.ts; the listener there finds the rest). Apart from the reader
 * because it is a list of patterns, each with its reason, and the one search
 * that treats quoted text as text.
 */

/**
 * Text js-yaml may read where YAML 1.2 refuses it, or read otherwise than
 * yaml, found before reading (see also the listener of `optionsFor`). Each
 * pattern may match harmless text too (the cost is a yaml parse of that
 * file); none may miss what it is there for. Each starts at a character
 * that is rare in a bank, or looks behind it (`(?<![^…])`: at the start or
 * after one of …), which keeps them linear in the text: 5 MB in a few ms.
 */
export const SUSPECTS: readonly {
  why: string;
  pattern: RegExp;
  /** Texts of which the pattern's every match holds one: a text with none is not searched. */
  needles?: readonly string[];
}[] = [
  { why: 'anchors, aliases and tags', pattern: /(?<![^\s[\]{},:?-])[&*!]/ },
  { why: 'directives', pattern: /^%/m, needles: ['%'] },
  { why: 'a complex key (`? …`)', pattern: /(?<![^\s[{,])\?(?=\s|$)/, needles: ['?'] },
  { why: 'a collection as a key (`[a]: …`)', pattern: /[\]}][ \t]*:(?:\s|$)/ },
  { why: 'a CR that ends no CRLF', pattern: /\r(?!\n)/, needles: ['\r'] },
  { why: 'a comment glued to a token (`"a"#`, `[a]#`, `,#`)', pattern: /["'\]},]#/ },
  { why: 'a tab in the leading blanks of a line', pattern: /\t(?<=^[ \t]*\t)/m },
  {
    why: 'content on the `---` or `...` line',
    pattern: /[-.](?<=^(?:-|\.))(?:--|\.\.)[ \t]+[^\s#]/m,
    needles: ['---', '...'],
  },
  {
    why: 'a block scalar opening on a line of blanks',
    pattern: /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?\n[ \t]*[ \t]\r?\n/,
  },
];

/**
 * Whether `pattern` finds a suspect in `text`. The first one (anchors,
 * aliases and tags) also matches inside quotes, as in the bank file's
 * `'… + !拍照|!举证'`, which sent the whole file to yaml (~0.3 s of a cold
 * `list`). A match inside a quoted scalar that is the whole value of its
 * line (`key: '…'` or `- '…'`, closed on that line, then only blanks or a
 * comment) is text, not a property, so the search goes on past that line.
 * A line of that form that is really part of a longer scalar or flow
 * collection is caught by the listener of `optionsFor`, which marks every
 * scalar and flow collection over several lines suspect.
 */
export function found(pattern: RegExp, text: string): boolean {
  if (pattern !== PROPERTY) return pattern.test(text);
  const global = new RegExp(PROPERTY.source, 'g');
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline === -1 ? text.length : newline;
    const line = QUOTED_LINE.exec(text.slice(start, end));
    const open = line === null ? -1 : start + (line[1] ?? '').length;
    if (line === null || match.index <= open) return true;
    global.lastIndex = end;
  }
  return false;
}

/** The suspect pattern of anchors, aliases and tags (the first of `SUSPECTS`). */
const PROPERTY = SUSPECTS[0]?.pattern;

/**
 * A line whose value is one quoted scalar closed on it: its lead (indent,
 * `- ` items, a plain key of letters, digits, `_` and `-`), then a single-
 * or double-quoted scalar, then blanks or a comment (a `#` after a blank).
 */
const QUOTED_LINE =
  /^([ ]*(?:- +)*(?:[A-Za-z_][A-Za-z0-9_-]*:[ ]+)?)(?:'(?:[^'\r\n]|'')*'|"(?:[^"\\\r\n]|\\[^\r\n])*")[ \t]*(?:[ \t]#[^\n]*)?\r?$/;
