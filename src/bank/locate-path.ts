import { isAlias, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Position } from './parse-yaml.js';

/** A path into a section file: field names and sequence indexes, `['questions', 2, 'answer']`. */
export type YamlPath = readonly (string | number)[];

const START: Position = { line: 1, col: 1 };

/**
 * A function that tells where the value at a path starts in a section
 * file's text, or the nearest enclosing value that is there; the text is
 * parsed once. Meant for files that already loaded (a bank keeps no
 * positions): a file that changed since, or no longer parses, gives the
 * start of the file rather than an error. Positions count like the
 * loader's: 1-based, after a byte-order mark.
 */
export function pathLocator(rawText: string): (path: YamlPath) => Position {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: false });
  } catch {
    return () => START;
  }
  if (doc.errors.length > 0) return () => START;
  const follow = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  return (path) => {
    let node = follow(doc.contents);
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const step of path) {
      if (isMap(node) && typeof step === 'string') node = follow(node.get(step, true));
      else if (isSeq(node) && typeof step === 'number') node = follow(node.get(step, true));
      else break;
      if (!isNode(node)) break;
      found = node;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? START : lineCounter.linePos(offset);
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
