/**
 * The scalar schema of the bank reader (plain-yaml.ts): yaml's core-schema
 * tags given to js-yaml. Apart from the reader because it is a table and its
 * lookup, checked on its own against yaml (test/bank/fast-parse-section.test.ts).
 */

import { FAILSAFE_SCHEMA, Type as JsYamlType } from 'js-yaml';

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

/**
 * Whether a plain scalar may be one a core tag takes: it starts with a digit,
 * `+`, `-` or `.`, or is `~`, or is four or five characters from `n`, `N`, `t`,
 * `T`, `f` or `F` (null, true, false in their three cases). Any other text (a
 * word, a CJK character) is a string without a look at the tags.
 * test/bank/subset-yaml.test.ts checks this against the tags.
 */
export function mayBeCorePlain(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return true;
  if (c === 126) return text.length === 1;
  const word = c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  return word && (text.length === 4 || text.length === 5);
}

/** A plain scalar's value by yaml's core tags: what js-yaml gives with `SCHEMA` (the text itself when no tag takes it). */
export function corePlainValue(text: string): unknown {
  if (!ANY_CORE_TAG.test(text)) return text;
  const tag = YAML_CORE_TAGS.find((t) => t.test.test(text));
  return tag === undefined ? text : tag.resolve(text);
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
/** js-yaml's schema for bank texts: strings, sequences, mappings and yaml's core scalars. */
export const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });
