import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { countCharacters } from '../limits.js';
import type { Expected, Found, Messages } from './messages.js';
import { isForeignTag, type Position, type YamlSource } from './parse-yaml.js';
import { escapeCharacter, findUnsafeCharacter, quote } from './quote.js';
import {
  fitsItems,
  fitsLimit,
  hasType,
  itemLimit,
  textLimit,
  type ValueRule,
} from './section-schema.js';
import { suggestName } from './suggest.js';
import type { BankIssue } from './types.js';

/** A field of a mapping: its key node and its value, with aliases followed. */
export interface Field {
  key: Node;
  value: Node | undefined;
}

/** What a value is, for "expected …, found …" messages. */
export function describeNode(node: Node | undefined): Found {
  if (node === undefined) return { kind: 'null' };
  if (isMap(node)) return { kind: 'mapping' };
  if (isSeq(node))
    return node.items.length === 0 ? { kind: 'emptySequence' } : { kind: 'sequence' };
  if (!isScalar(node)) return { kind: 'other' };
  const value = node.value;
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'string') {
    return value.trim() === '' ? { kind: 'emptyString' } : { kind: 'string', quoted: quote(value) };
  }
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'other' };
}

/**
 * Reads typed values out of a checked YAML document, recording an issue
 * for each value that is not what the schema expects. Every read returns
 * `undefined` on a problem so the caller can go on and find the next one.
 */
export class NodeReader {
  readonly issues: BankIssue[] = [];

  constructor(
    readonly source: YamlSource,
    readonly file: string,
    readonly msg: Messages,
  ) {}

  position(node: Node): Position {
    return this.source.positionOf(node);
  }

  report(node: Node, message: string): void {
    this.issues.push({ file: this.file, ...this.source.positionOf(node), message });
  }

  /** Where a field's value is, or its key when it has none. */
  at(field: Field): Node {
    return field.value ?? field.key;
  }

  private expected(at: Node, path: string, expected: Expected, value: Node | undefined): undefined {
    // A value under a foreign tag (`!!binary`, `!foo`) was reported as such already.
    if (isForeignTag(value?.tag)) return undefined;
    this.report(at, this.msg.expected(path, expected, describeNode(value)));
    return undefined;
  }

  /**
   * The fields of a mapping, by name. Unknown and missing fields are
   * reported; a key repeated in the file was already reported, so only its
   * first value counts.
   */
  mapping(
    node: Node | undefined,
    at: Node,
    path: string,
    known: readonly string[],
    required: readonly string[],
  ): Map<string, Field> | undefined {
    const map = this.source.deref(node);
    if (!isMap(map)) return this.expected(map ?? at, path, 'mapping', map);
    const fields = new Map<string, Field>();
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
      if (name !== undefined && known.includes(name)) {
        if (!fields.has(name))
          fields.set(name, { key: key as Node, value: this.source.deref(pair.value) });
        continue;
      }
      const shown = isScalar(key) ? String(key.value) : '?';
      const suggestion = name === undefined ? undefined : suggestName(name, known);
      this.report(key ?? map, this.msg.unknownField(path, quote(shown), suggestion, known));
    }
    for (const name of required) {
      if (!fields.has(name)) this.report(map, this.msg.missingField(path, name));
    }
    return fields;
  }

  /**
   * The entries of a mapping whose keys are data, not field names (the
   * languages of `translations`): each key's text when it is a string, and
   * its value, aliases followed. A key repeated in the file was already
   * reported, so only its first value counts.
   */
  entries(
    field: Field,
    path: string,
  ): { name: string | undefined; key: Node; value: Node | undefined }[] | undefined {
    const map = field.value;
    if (!isMap(map)) return this.expected(this.at(field), path, 'mapping', map);
    const seen = new Set<string>();
    const entries: { name: string | undefined; key: Node; value: Node | undefined }[] = [];
    for (const pair of map.items) {
      const key = (pair.key as Node | null) ?? map;
      const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
      if (name !== undefined) {
        if (seen.has(name)) continue;
        seen.add(name);
      }
      entries.push({ name, key, value: this.source.deref(pair.value) });
    }
    return entries;
  }

  /**
   * The value of a field when it follows `rule` (see `section-schema.ts`),
   * typed by the rule: a string for the string rules, a number otherwise.
   * A text must also fit the limit of its field (`textLimit(path)`).
   */
  value(field: Field, path: string, rule: 'nonEmptyString' | 'string'): string | undefined;
  value(field: Field, path: string, rule: 'positiveNumber' | 'positiveInteger'): number | undefined;
  value(field: Field, path: string, rule: ValueRule): string | number | undefined {
    const value = isScalar(field.value) ? field.value.value : undefined;
    if (!hasType(rule, value)) return this.expected(this.at(field), path, rule, field.value);
    if (typeof value !== 'string') return value as number;
    const limit = textLimit(path);
    if (limit !== undefined && !fitsLimit(path, value)) {
      this.report(this.at(field), this.msg.tooLong(path, countCharacters(value), limit));
      return undefined;
    }
    return this.safe(value, this.at(field), path);
  }

  /** The items of a sequence with at least one item and at most its limit (`itemLimit`), aliases followed. */
  nonEmptySequence(field: Field, path: string): (Node | undefined)[] | undefined {
    const seq = field.value;
    if (!isSeq(seq) || seq.items.length === 0) {
      return this.expected(this.at(field), path, 'nonEmptySequence', seq);
    }
    const limit = itemLimit(path);
    if (limit !== undefined && !fitsItems(path, seq.items.length)) {
      this.report(this.at(field), this.msg.tooMany(path, seq.items.length, limit));
      return undefined;
    }
    return seq.items.map((item) => this.source.deref(item));
  }

  private safe(value: string, at: Node, path: string): string | undefined {
    const unsafe = findUnsafeCharacter(value);
    if (unsafe === undefined) return value;
    this.report(at, this.msg.unsafeCharacter(path, escapeCharacter(unsafe)));
    return undefined;
  }
}
