/**
 * A fast YAML reader for the common case, a sound section file: js-yaml
 * builds plain values 5–10× faster than yaml's composer builds nodes, but
 * it keeps no positions and its error messages are not ours. So it is only
 * ever a first try: anything it is not sure to read exactly as `parseYaml`
 * would is left to `parseYaml` (see `fast-parse-section.ts`).
 */

import { FAILSAFE_SCHEMA, Type as JsYamlType, type LoadOptions, load, type State } from 'js-yaml';

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
const CORE_TAG_NAMES: ReadonlySet<string | null> = new Set([
  null, // quoted and block scalars, and collections
  '?', // plain scalars that stay strings
  ...CORE_TYPES.map((type) => (type as unknown as { tag: string }).tag),
]);
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });

/**
 * Text the fast reader leaves alone, found before reading (see also
 * `optionsFor`). Each pattern may match harmless text
 * too (the cost is only speed); none may miss what it is there for.
 * - anchors and aliases: js-yaml shares an aliased value where yaml counts
 *   expansions and refuses an alias bomb;
 * - tags (`!`), directives (`%`) and merge keys (`<<`);
 * - complex keys (`? …`, `[a]: …`): js-yaml turns a sequence key into a
 *   string key, which could pass for a field name;
 * - a CR that ends no CRLF: a line break to js-yaml, not to yaml;
 * - a `#` right after a closing quote or bracket: a comment to js-yaml, an
 *   error to yaml (comments must follow a space);
 * - a tab in a line's leading blanks: js-yaml and yaml see a block
 *   scalar's indentation differently there.
 * Each pattern starts at a character that is rare in a bank and looks
 * behind it (`(?<![^…])`: at the start or after one of …), which keeps
 * them linear in the text and fast: 5 MB in a few milliseconds.
 */
const LEFT_ALONE = [
  /(?<![^\s[\]{},:?-])[&*!]/,
  /^%/m,
  /<</,
  /(?<![^\s[{,])\?(?=\s|$)/,
  /[\]}][ \t]*:(?:\s|$)/,
  /\r(?!\n)/,
  /["'\]}]#/,
  /\t(?<=^ *\t)/m,
];

/** State fields js-yaml's listener sees that its typings leave out. */
interface NodeState extends State {
  tag?: string | null;
  anchor?: string | null;
}

class LeftAlone extends Error {}

/**
 * js-yaml's options for one text. Its listener sees each node open and
 * close, and stops the reading (by throwing) at what the fast reader
 * leaves alone, with certainty where LEFT_ALONE only guesses:
 * - an anchor, or a tag outside the core schema;
 * - a scalar or a flow collection that spans lines, except a block scalar
 *   (`|`, `>`): yaml and js-yaml disagree about how far the later lines of
 *   a quoted or plain scalar, or of `[…]` and `{…}`, must be indented.
 */
function optionsFor(text: string): LoadOptions & { maxDepth: number } {
  const starts: number[] = [];
  const breaksWithin = lineBreakFinder(text);
  return {
    schema: SCHEMA,
    // A sound section nests nine nodes deep (a translated keyword: section, questions, question,
    // translations, language, key_points, key point, keywords, keyword); deeper text is the
    // slow path's to report.
    maxDepth: 12,
    listener(event, state) {
      if (event === 'open') {
        starts.push(state.position);
        return;
      }
      const start = starts.pop() ?? 0;
      const { tag, anchor, kind, position: end } = state as NodeState;
      if (typeof anchor === 'string' || !CORE_TAG_NAMES.has(tag ?? null)) throw new LeftAlone();
      if (kind !== 'scalar' && kind !== 'sequence' && kind !== 'mapping') return;
      const first = skipSpaceAndComments(text, start, end);
      const ch = text[first];
      const flow = kind === 'scalar' ? ch !== '|' && ch !== '>' : ch === '[' || ch === '{';
      if (flow && breaksWithin(first, end)) throw new LeftAlone();
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

/**
 * The plain value of one YAML document, or `undefined` when the text is
 * not for the fast reader or js-yaml refuses it (a syntax error, a
 * repeated key, several documents…). `text` has no BOM and no NUL.
 */
export function loadPlainYaml(text: string): { value: unknown } | undefined {
  if (LEFT_ALONE.some((pattern) => pattern.test(text))) return undefined;
  try {
    return { value: load(text, optionsFor(text)) };
  } catch {
    return undefined;
  }
}
