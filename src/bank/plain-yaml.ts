/**
 * The one YAML reader of bank files: plain values, fast. A text in the YAML
 * bank files are written in is read by the subset reader (subset-yaml.ts),
 * which needs no confirmation; any other goes to js-yaml. js-yaml builds
 * them 5–10× faster than yaml's composer builds nodes (a 7 MB bank in
 * ~0.2 s against ~1.2 s), but accepts a few texts YAML 1.2 refuses (a
 * mapping on the `---` line, a comment glued to a quote, a badly indented
 * flow collection…). So each text is also looked over for the few things
 * js-yaml may get wrong (`SUSPECTS` in yaml-suspects.ts, and the listener
 * in `optionsFor`); a text with any of them is confirmed by yaml
 * (yaml-confirm.ts), whose verdict stands. Scalars are resolved by yaml's
 * core tags (yaml-core-tags.ts). Values of those texts come from js-yaml, which
 * follows the 1.2 grammar where yaml 2.9 does not (trailing spaced lines of
 * a `|2` block). Proven on the YAML test suite: test/bank/yaml-suite.test.ts,
 * reported in docs/yaml-suite.md.
 */

import { type LoadOptions, loadAll } from 'js-yaml';
import { HANDED_OFF, readSubsetYaml } from './subset-yaml.js';
import { SCHEMA } from './yaml-core-tags.js';
import { found, SUSPECTS } from './yaml-suspects.js';

export { SUSPECTS } from './yaml-suspects.js';

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
  | {
      documents: unknown[];
      suspect: boolean;
      /**
       * Read by the subset reader, which hands off a text with a control, bidi or lone
       * surrogate character anywhere: no text in these values needs a look for one.
       */
      safeText?: true;
    }
  | { refused: YamlRefusal; suspect: boolean };

/**
 * Reads a YAML stream (every document) into plain values: by the subset
 * reader (subset-yaml.ts) when the text is a bank file of the usual kind,
 * else by js-yaml: core-schema scalars, mappings as objects (own keys, `__proto__`
 * included), shared values for aliases; repeated keys and tags outside the
 * core schema refused. A `suspect` text must be confirmed by yaml before
 * its values are used (`readYaml` in yaml-confirm.ts does both); a text
 * that is not suspect is done with here, without loading yaml (400 KB of
 * code). A byte-order mark at the start is skipped.
 */
export function readPlainYaml(rawText: string): PlainYaml {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // The subset reader is right on what it accepts, and needs no confirmation.
  const subset = readSubsetYaml(text);
  if (subset !== HANDED_OFF) return { documents: [subset], suspect: false, safeText: true };
  return readJsYaml(text);
}

/** `readPlainYaml` by js-yaml alone, as it was before the subset reader (its tests compare the two). */
export function readJsYaml(text: string): PlainYaml {
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
