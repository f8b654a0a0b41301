/**
 * The one YAML reader of bank files: plain values, fast. js-yaml builds
 * them 5–10× faster than yaml's composer builds nodes (a 7 MB bank in
 * ~0.2 s against ~1.2 s), but accepts a few texts YAML 1.2 refuses (a
 * mapping on the `---` line, a comment glued to a quote, a badly indented
 * flow collection…). So each text is also looked over for the few things
 * js-yaml may get wrong (`SUSPECTS`, and the listener in `optionsFor`);
 * a text with any of them is confirmed by yaml (yaml-confirm.ts), whose
 * verdict stands. Values
 * always come from js-yaml, which follows the 1.2 grammar where yaml 2.9
 * does not (trailing spaced lines of a `|2` block). Proven on the YAML test
 * suite: test/bank/yaml-suite.test.ts, reported in docs/yaml-suite.md.
 */

import { FAILSAFE_SCHEMA, Type as JsYamlType, type LoadOptions, loadAll } from 'js-yaml';

/**
 * Plain scalars are resolved with yaml's own core-schema tags, so that
 * `yes`, `~`, `0x10`, `010`, `1e3`, `.inf`, `-.5` or a 400-digit number
 * mean here what they mean to `parseYaml`. js-yaml's CORE_SCHEMA is its
 * JSON_SCHEMA (the same object) and resolves more loosely than YAML 1.2's
 * core schema: `0b101`, `-0x10` and `1_000` become numbers, while `-.5`
 * and a number too long for a double stay strings.
 */
interface CoreTag {
  tag: string;
  test: RegExp;
  resolve: (text: string) => unknown;
}

// yaml@2's core-schema scalar tags (yaml/dist/schema/core), in its order,
// written out so the fast path need not load yaml (400 KB of code) at all;
// test/bank/fast-parse-section.test.ts checks every kind against yaml.parse.
const YAML = 'tag:yaml.org,2002:';
const YAML_CORE_TAGS: readonly CoreTag[] = [
  { tag: `${YAML}null`, test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
  {
    tag: `${YAML}bool`,
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: (s) => s[0] === 't' || s[0] === 'T',
  },
  { tag: `${YAML}int`, test: /^0o[0-7]+$/, resolve: (s) => Number.parseInt(s.substring(2), 8) },
  { tag: `${YAML}int`, test: /^[-+]?[0-9]+$/, resolve: (s) => Number.parseInt(s, 10) },
  {
    tag: `${YAML}int`,
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (s) => Number.parseInt(s.substring(2), 16),
  },
  {
    tag: `${YAML}float`,
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (s) =>
      s.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : s[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
  },
  {
    tag: `${YAML}float`,
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: (s) => Number.parseFloat(s),
  },
  {
    tag: `${YAML}float`,
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve: (s) => Number.parseFloat(s),
  },
];

/**
 * Whether any of yaml's core tags takes a plain scalar: one pass instead of
 * eight for the many that none takes (any text that is no number, boolean
 * or null). The tags' patterns are anchored, so this matches exactly when
 * one of them does; were one to have flags, it would match everything.
 */
const ANY_CORE_TAG = YAML_CORE_TAGS.every((tag) => tag.test?.flags === '')
  ? new RegExp(YAML_CORE_TAGS.map((tag) => `(?:${tag.test?.source})`).join('|'))
  : /^/;

/** The core tag that takes a plain scalar, remembered for the one scalar js-yaml asks about. */
let asked: { text: string; tag: (typeof YAML_CORE_TAGS)[number] | undefined } | undefined;
function coreTagOf(text: string) {
  if (asked?.text !== text) {
    const tag = ANY_CORE_TAG.test(text)
      ? YAML_CORE_TAGS.find((t) => t.test?.test(text))
      : undefined;
    asked = { text, tag };
  }
  return asked.tag;
}

/** js-yaml keeps one type per tag, so yaml's tags are grouped by name, keeping yaml's order. */
function coreTypes(): JsYamlType[] {
  const names = [...new Set(YAML_CORE_TAGS.map((tag) => tag.tag))];
  return names.map(
    (name) =>
      new JsYamlType(name, {
        kind: 'scalar',
        resolve: (text: unknown) => typeof text === 'string' && coreTagOf(text)?.tag === name,
        construct: (text: string) => coreTagOf(text)?.resolve(text),
      }),
  );
}

const CORE_TYPES = coreTypes();
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });

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
function found(pattern: RegExp, text: string): boolean {
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

/** Collections nested deeper than this are refused; a bank needs nine levels. */
export const MAX_DEPTH = 50;

/**
 * js-yaml's options for one text. Its listener sees each node open and
 * close, and marks the text suspect where a scalar or a flow collection
 * spans lines, except a block scalar (`|`, `>`): YAML 1.2 says how far the
 * later lines of a quoted or plain scalar, or of `[…]` and `{…}`, must be
 * indented, and js-yaml does not check it.
 */
function optionsFor(text: string, onSuspect: () => void): LoadOptions & { maxDepth: number } {
  const starts: number[] = [];
  const breaksWithin = lineBreakFinder(text);
  return {
    schema: SCHEMA,
    maxDepth: MAX_DEPTH,
    listener(event, state) {
      if (event === 'open') {
        starts.push(state.position);
        return;
      }
      const start = starts.pop() ?? 0;
      const { kind, position: end } = state;
      if (kind !== 'scalar' && kind !== 'sequence' && kind !== 'mapping') return;
      const first = skipSpaceAndComments(text, start, end);
      const ch = text[first];
      const flow = kind === 'scalar' ? ch !== '|' && ch !== '>' : ch === '[' || ch === '{';
      if (flow && breaksWithin(first, end)) onSuspect();
    },
  };
}
/**
 * Whether `text` has a line break in [from, to). The breaks are listed once
 * and searched by bisection: looking for the next break from every node
 * scanned to the end of the line each time, quadratic in a long one-line
 * flow sequence (200,000 keywords in `[…]` took 10 s).
 */
export function lineBreakFinder(text: string): (from: number, to: number) => boolean {
  let breaks: number[] | undefined;
  return (from, to) => {
    if (breaks === undefined) {
      breaks = [];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at);
    }
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((breaks[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const next = breaks[lo];
    return next !== undefined && next < to;
  };
}

/** Where a node's own text starts: past blanks, line breaks and comments from `from`. */
function skipSpaceAndComments(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') i++;
    else if (ch === '#') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? end : newline;
    } else break;
  }
  return i;
}

/** Why a text is refused, where the reader that refused it says (1-based). */
export interface YamlRefusal {
  reason: string;
  line: number;
  col: number;
}

/** The documents of a YAML stream as plain values, or why it is refused. */
export type PlainYaml =
  | { documents: unknown[]; suspect: boolean }
  | { refused: YamlRefusal; suspect: boolean };

/**
 * Reads a YAML stream (every document) into plain values, with js-yaml
 * only: core-schema scalars, mappings as objects (own keys, `__proto__`
 * included), shared values for aliases; repeated keys and tags outside the
 * core schema refused. A `suspect` text must be confirmed by yaml before
 * its values are used (`readYaml` in yaml-confirm.ts does both); a text
 * that is not suspect is done with here, without loading yaml (400 KB of
 * code). A byte-order mark at the start is skipped.
 */
export function readPlainYaml(rawText: string): PlainYaml {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A multiline ^ or a lookbehind costs ~15 ms over 10 MB; looking for a needle, ~1.
  let suspect = SUSPECTS.some(
    ({ pattern, needles }) =>
      (needles === undefined || needles.some((n) => text.includes(n))) && found(pattern, text),
  );
  let documents: unknown[];
  try {
    documents = loadAll(
      text,
      null,
      optionsFor(text, () => {
        suspect = true;
      }),
    ) as unknown[];
  } catch (error) {
    return { refused: jsYamlRefusal(error), suspect };
  }
  if (isEmptyStream(text)) documents = [];
  return { documents, suspect };
}

/** Comments, blank lines and `...` only: a stream of no document (js-yaml reads one empty one). */
function isEmptyStream(text: string): boolean {
  return /^(?:[ \t]*(?:#[^\n]*)?(?:\r?\n|$)|\.\.\.[ \t]*(?:#[^\n]*)?(?:\r?\n|$))*$/.test(text);
}

function jsYamlRefusal(error: unknown): YamlRefusal {
  const e = error as { reason?: string; mark?: { line: number; column: number } };
  return {
    reason: e.reason ?? String(error),
    line: (e.mark?.line ?? 0) + 1,
    col: (e.mark?.column ?? 0) + 1,
  };
}
