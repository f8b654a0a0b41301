/**
 * The check of a composed YAML document's nodes: tags outside the core schema, aliases and
 * nesting within bounds, repeated keys named (parse-yaml.ts composes the document).
 */
import { type Alias, isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Messages } from './messages.js';
import type { Position } from './parse-yaml.js';
import { quote } from './quote.js';
import type { BankIssue } from './types.js';

/**
 * Above this many alias expansions a file is refused: a bank has no use for
 * more, and an "alias bomb" (aliases of aliases) would otherwise explode.
 */
export const MAX_ALIAS_COUNT = 100;

/** Collections nested deeper than this are refused; a bank needs six levels. */
export const MAX_NESTING = 50;

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

interface CheckResult {
  issues: BankIssue[];
  fatal: boolean;
  aliases: Map<Alias, Node>;
  duplicateKeyOffsets: number[];
}

/**
 * One walk over every node (aliases not followed): tags outside the core
 * schema, keys that are collections (with `textKeys`), duplicate keys (named, unlike yaml's own message), aliases bound
 * to their anchors, and the total expansion of aliases, counted the way
 * yaml's `maxAliasCount` does but without building any value.
 */
export function checkNodes(
  contents: Node | undefined,
  positionOf: (node: Node) => Position,
  msg: Messages,
  file: string,
  { nameDuplicates, textKeys }: { nameDuplicates: boolean; textKeys: boolean },
): CheckResult {
  const result: CheckResult = {
    issues: [],
    fatal: false,
    aliases: new Map(),
    duplicateKeyOffsets: [],
  };
  const walker: Walker = {
    result,
    positionOf,
    msg,
    nameDuplicates,
    textKeys,
    report: (node, message) => {
      result.issues.push({ file, ...positionOf(node), message });
    },
    anchors: new Map(),
    expansions: new Map(),
  };
  try {
    if (walk(walker, contents) > MAX_ALIAS_COUNT) {
      result.fatal = true;
      result.issues.push({ file, line: 1, col: 1, message: msg.tooManyAliases(MAX_ALIAS_COUNT) });
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    result.fatal = true;
    result.issues.push({ file, line: 1, col: 1, message: msg.tooDeep(MAX_NESTING) });
  }
  return result;
}

/** What `walk` reads and fills: one for the whole walk of a document. */
interface Walker {
  result: CheckResult;
  positionOf: (node: Node) => Position;
  msg: Messages;
  nameDuplicates: boolean;
  textKeys: boolean;
  report: (node: Node, message: string) => void;
  anchors: Map<string, Node>;
  /** Expansions inside each anchored node; `-1` while it is being walked (a cycle). */
  expansions: Map<Node, number>;
}

/** Returns how many alias expansions building `node` would take. */
function walk(w: Walker, node: unknown): number {
  if (isAlias(node)) {
    const target = w.anchors.get(node.source);
    if (target === undefined) {
      w.report(node, w.msg.unknownAlias(quote(`*${node.source}`)));
      w.result.fatal = true;
      return 0;
    }
    w.result.aliases.set(node, target);
    const inner = w.expansions.get(target);
    return inner === undefined || inner < 0 ? Number.POSITIVE_INFINITY : 1 + inner;
  }
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return 0;
  if (node.anchor !== undefined) {
    w.anchors.set(node.anchor, node);
    w.expansions.set(node, -1);
  }
  if (node.tag !== undefined && isForeignTag(node.tag)) {
    w.report(node, w.msg.tagNotAllowed(quote(shortTag(node.tag))));
  }
  let count = 0;
  if (isMap(node)) count = walkMap(w, node);
  else if (isSeq(node)) {
    for (const item of node.items) count += walk(w, item);
  }
  if (node.anchor !== undefined) w.expansions.set(node, count);
  return count;
}

/** `walk` of a mapping's keys and values, reporting collection keys and repeated keys. */
function walkMap(w: Walker, node: YAMLMap): number {
  let count = 0;
  const seen = w.nameDuplicates ? new Map<string, Node>() : undefined;
  for (const pair of node.items) {
    // Plain values (js-yaml) turn such a key into text, which could pass for a field name.
    if (w.textKeys && (isMap(pair.key) || isSeq(pair.key))) w.report(pair.key, w.msg.keyNotText());
    count += walk(w, pair.key) + walk(w, pair.value);
    if (seen !== undefined && isScalar(pair.key)) {
      const name = `${typeof pair.key.value}:${String(pair.key.value)}`;
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, pair.key);
      } else {
        w.report(
          pair.key,
          w.msg.duplicateKey(quote(String(pair.key.value)), w.positionOf(first).line),
        );
        w.result.duplicateKeyOffsets.push(pair.key.range?.[0] ?? -1);
      }
    }
  }
  return count;
}

/** True for a tag that parseYaml reports: one outside the core schema. */
export function isForeignTag(tag: string | undefined): boolean {
  return tag !== undefined && !CORE_TAGS.has(tag);
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
