/**
 * A reader of the YAML that bank files are written in, tried before js-yaml
 * (plain-yaml.ts): block mappings and sequences, plain and quoted scalars on
 * one line, one-line flow sequences of scalars, literal blocks, comments.
 * It reads a bank's 10 MB several times faster than js-yaml, with less
 * garbage, because it knows no more than that. Whatever it meets outside
 * the subset (a tab, a multi-line plain scalar, a flow mapping, an anchor,
 * a repeated key, bad indentation…) it hands off: js-yaml then reads the
 * text as before, with its suspects confirmed by yaml. So it only has to be
 * right on what it accepts, and what it accepts is valid YAML 1.2 read to
 * the spec's value (test/bank/subset-yaml.test.ts holds it to js-yaml and
 * yaml on bank files and their mutations; test/bank/yaml-suite.test.ts to
 * the YAML test suite).
 */

import { DASH, DOUBLE, HAND_OFF, OPEN_BRACKET, PIPE, SINGLE } from './subset-chars.js';
import { SubsetScanner } from './subset-scanner.js';

/** What `readSubsetYaml` gives for a text it leaves to js-yaml. */
export const HANDED_OFF: unique symbol = Symbol('handed off');

/**
 * Characters the subset leaves to js-yaml wherever they are: tabs, CRs,
 * controls, the line and bidi controls (a bank refuses them anyway), a BOM
 * past the start, non-characters, and surrogates. A surrogate pair (an
 * emoji) is fine: `LONE` looks again when this finds one.
 */
const MAYBE_OUTSIDE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]/;
const OUTSIDE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Nesting past this is left to js-yaml, which refuses past its own limit; a bank needs nine. */
const MAX_SUBSET_DEPTH = 24;

/**
 * The one document of `text` (no byte-order mark) as plain values, as js-yaml
 * reads it with the bank's schema, or `HANDED_OFF` when the text is outside the
 * subset. A root that is a block mapping or sequence only.
 */
export function readSubsetYaml(text: string): unknown {
  if (MAYBE_OUTSIDE.test(text) && OUTSIDE.test(text)) return HANDED_OFF;
  try {
    return new SubsetReader(text).document();
  } catch (error) {
    if (error === HAND_OFF) return HANDED_OFF;
    throw error;
  }
}

class SubsetReader extends SubsetScanner {
  private depth = 0;

  document(): unknown {
    this.nextContentLine(0);
    if (this.indent === 0 && this.text.startsWith('---', this.lineStart)) {
      if (!this.blankAt(this.lineStart + 3)) throw HAND_OFF;
      this.finishLine(this.lineStart + 3);
    }
    if (this.indent === -1) throw HAND_OFF;
    const value = this.node(this.indent, -1);
    if (this.indent !== -1) throw HAND_OFF;
    return value;
  }

  /**
   * The block node whose text starts at column `col` of the current line, inside a node
   * indented `parent` (-1: the root, a collection). After it, the current line is the next
   * content line, for the caller to judge by its indentation.
   */
  private node(col: number, parent: number): unknown {
    if (++this.depth > MAX_SUBSET_DEPTH) throw HAND_OFF;
    const t = this.text;
    const at = this.lineStart + col;
    const c = t.charCodeAt(at);
    let value: unknown;
    if (c === DASH && this.blankAt(at + 1)) value = this.sequence(col);
    else {
      const colon = this.keyColon(at);
      if (colon !== -1 && c !== SINGLE && c !== DOUBLE && c !== OPEN_BRACKET) {
        value = this.mapping(col, colon);
      } else if (parent < 0) throw HAND_OFF;
      // A literal block's header alone on its line is read otherwise by some: only after `- `.
      else if (c === PIPE && col > this.indent) value = this.literalBlock(at, parent);
      else value = this.scalarOrFlow(at);
    }
    this.depth--;
    return value;
  }

  /** A quoted scalar, a flow sequence or a plain scalar at `at`; then the next content line. */
  private scalarOrFlow(at: number): unknown {
    const c = this.text.charCodeAt(at);
    if (c === SINGLE || c === DOUBLE || c === OPEN_BRACKET) {
      const value = c === OPEN_BRACKET ? this.flowSequence(at) : this.quoted(at);
      this.finishLine(this.end);
      return value;
    }
    return this.plainValue(at);
  }

  /** A block mapping at column `col`, its first key ending at `colon` on the current line. */
  private mapping(col: number, firstColon: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let colon = firstColon;
    for (;;) {
      const key = this.plainKey(this.lineStart + col, colon);
      if (Object.hasOwn(map, key)) throw HAND_OFF;
      map[key] = this.mappingValue(col, colon + 1);
      if (this.indent < col) return map;
      if (this.indent > col) throw HAND_OFF;
      colon = this.keyColon(this.lineStart + col);
      if (colon === -1) throw HAND_OFF;
    }
  }

  /** The value of a key of a mapping at column `col`, from `from` (just past its `:`). */
  private mappingValue(col: number, from: number): unknown {
    const t = this.text;
    let i = from;
    while (i < this.lineEnd && t.charCodeAt(i) === 32) i++;
    if (i >= this.lineEnd || t.charCodeAt(i) === 35) {
      this.nextContentLine(this.lineEnd + 1);
      if (this.indent > col) return this.node(this.indent, col);
      // A sequence may sit at its key's own indentation.
      if (this.indent === col && this.dashAt(col)) return this.sequence(col);
      return null;
    }
    return t.charCodeAt(i) === PIPE ? this.literalBlock(i, col) : this.scalarOrFlow(i);
  }

  /** A block sequence whose `-` is at column `n` of the current line. */
  private sequence(n: number): unknown[] {
    const t = this.text;
    const items: unknown[] = [];
    for (;;) {
      let i = this.lineStart + n + 1;
      while (i < this.lineEnd && t.charCodeAt(i) === 32) i++;
      if (i >= this.lineEnd || t.charCodeAt(i) === 35) {
        this.nextContentLine(this.lineEnd + 1);
        items.push(this.indent > n ? this.node(this.indent, n) : null);
      } else {
        items.push(this.node(i - this.lineStart, n));
      }
      if (this.indent < n) return items;
      if (this.indent > n) throw HAND_OFF;
      if (!this.dashAt(n)) return items;
    }
  }

  /** Whether the current line has a `-` item indicator at column `n`. */
  private dashAt(n: number): boolean {
    const at = this.lineStart + n;
    return this.text.charCodeAt(at) === DASH && this.blankAt(at + 1);
  }
}
