import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { YamlPath } from './check-record.js';
import type { Position } from './parse-yaml.js';

export type { YamlPath };

const START: Position = { line: 1, col: 1 };

/** Where to look: the value at a path, or the key of its last step. */
export type Locate = (path: YamlPath, at?: 'key') => Position;

/**
 * A function that tells where the value at a path starts in a YAML file's
 * text (or, with `'key'`, its key), or the nearest enclosing value that is
 * there; the text is parsed once, precisely, when first asked. Meant for
 * issues and warnings of a file read as plain values (a bank keeps no
 * positions): a file that changed since, or no longer parses, gives the
 * start of the file rather than an error. Positions count like the
 * loader's: 1-based, after a byte-order mark.
 */
export function pathLocator(rawText: string): Locate {
  let locate: Locate | undefined;
  return (path, at) => {
    locate ??= parseOnce(rawText);
    return locate(path, at);
  };
}

function parseOnce(rawText: string): Locate {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: false, logLevel: 'error' });
  } catch {
    return () => START;
  }
  if (doc.errors.length > 0) return () => START;
  const follow = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const offsetOf = (node: unknown): number | undefined =>
    isNode(node) ? node.range?.[0] : undefined;
  return (path, at) => {
    let node = follow(doc.contents);
    let found = offsetOf(node) ?? 0;
    for (const [index, step] of path.entries()) {
      const pair = isMap(node) ? node.items.find((p) => keyOf(p.key) === step) : undefined;
      if (at === 'key' && index === path.length - 1) {
        found = offsetOf(pair?.key) ?? found;
        break;
      }
      if (pair !== undefined) node = follow(pair.value);
      else if (isSeq(node) && typeof step === 'number') node = follow(node.items[step]);
      else break;
      // An empty value (`title:`) is placed at its key, as yaml gives it no place of its own.
      const offset = offsetOf(node) ?? offsetOf(pair?.key);
      if (offset === undefined) break;
      found = offset;
      if (isPair(node)) break;
    }
    return lineCounter.linePos(found);
  };
}

/** A key as plain values name it: its text (js-yaml turns every key into text). */
function keyOf(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value && value.range != null;
}
