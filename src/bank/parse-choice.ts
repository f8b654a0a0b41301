/**
 * A choice item read precisely, over yaml's nodes (see `parse-section.ts`):
 * every problem reported where it is. The field rules are `choice-schema.ts`;
 * what depends on `type` is `checkChoiceItem`, run over the item's plain
 * values, each of its issues placed at the node its path names.
 */

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { checkChoiceItem, type ValuePath } from './check-choice.js';
import { CHOICE_SCHEMA, CHOICE_TRANSLATION_SCHEMA } from './choice-schema.js';
import type { ChoiceItem } from './choice-types.js';
import { messagesFor } from './messages.js';
import type { Field, NodeReader } from './node-reader.js';
import { describeNode } from './node-reader.js';
import { readChoiceItem } from './read-choice.js';
import { isLanguageKey, type ValueRule } from './section-schema.js';

/** The node's plain value, aliases followed (the file was checked for alias bombs and depth). */
function plain(reader: NodeReader, node: unknown): unknown {
  const n = reader.source.deref(node);
  if (isMap(n)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of n.items) {
      const key = reader.source.deref(pair.key);
      const name = isScalar(key) ? String(key.value) : '?';
      if (!Object.hasOwn(out, name)) out[name] = plain(reader, pair.value);
    }
    return out;
  }
  if (isSeq(n)) return n.items.map((item) => plain(reader, item));
  return isScalar(n) ? n.value : null;
}

/** The node at `path` under `node`, or the deepest one on the way. */
function nodeAt(reader: NodeReader, node: Node, path: ValuePath): Node {
  let here = node;
  for (const step of path) {
    const next = isMap(here)
      ? here.get(step, true)
      : isSeq(here) && typeof step === 'number'
        ? here.items[step]
        : undefined;
    const found = reader.source.deref(next);
    if (found === undefined) break;
    here = found;
  }
  return here;
}

export interface ReadChoice {
  id?: string;
  idNode?: Node;
  /** The item, when nothing is wrong with it. */
  item?: ChoiceItem;
}

/** Reads the choice item `node`, the `index`th of `questions`; `at` is where to report when it is no mapping. */
export function readChoice(
  reader: NodeReader,
  node: Node,
  at: Node,
  index: number,
  defaults: { points: number | undefined; time_limit: number | undefined },
): ReadChoice {
  const path = `questions[${index}]`;
  const before = reader.issues.length;
  const fields = reader.mapping(node, at, path, CHOICE_SCHEMA.known, CHOICE_SCHEMA.required);
  if (fields === undefined) return {};
  const value = (f: Field | undefined, p: string, rule: ValueRule) =>
    f === undefined
      ? undefined
      : rule === 'nonEmptyString' || rule === 'string'
        ? reader.value(f, p, rule)
        : reader.value(f, p, rule);
  for (const [name, rule] of Object.entries(CHOICE_SCHEMA.rules)) {
    if (typeof rule === 'string' && rule !== 'nonEmptySequence')
      value(fields.get(name), `${path}.${name}`, rule);
  }
  const translations = fields.get('translations');
  if (translations !== undefined) {
    const tPath = `${path}.translations`;
    for (const { name, key, value: t } of reader.entries(translations, tPath) ?? []) {
      if (!isLanguageKey(name)) {
        reader.report(key, reader.msg.expected(tPath, 'languageKey', describeNode(key)));
        continue;
      }
      const lPath = `${tPath}.${name}`;
      const schema = CHOICE_TRANSLATION_SCHEMA;
      const tFields = reader.mapping(t, key, lPath, schema.known, schema.required);
      for (const [field, rule] of Object.entries(schema.rules)) {
        if (typeof rule === 'string' && rule !== 'nonEmptySequence')
          value(tFields?.get(field), `${lPath}.${field}`, rule);
      }
    }
  }
  const item = plain(reader, node) as Record<string, unknown>;
  const lang = reader.msg === messagesFor('zh') ? 'zh' : 'en';
  // The issues' paths start at the file's top (`questions[2].correct`); the nodes are found from the item.
  for (const issue of checkChoiceItem(item, ['questions', index], lang))
    reader.report(nodeAt(reader, node, issue.path.slice(2)), issue.message);
  const idField = fields.get('id');
  const id = typeof item.id === 'string' && item.id.trim() !== '' ? item.id : undefined;
  const idNode = idField === undefined ? undefined : reader.at(idField);
  if (
    reader.issues.length > before ||
    defaults.points === undefined ||
    defaults.time_limit === undefined
  )
    return { id, idNode };
  return {
    id,
    idNode,
    item: readChoiceItem(item, { points: defaults.points, time_limit: defaults.time_limit }),
  };
}
