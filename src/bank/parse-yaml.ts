import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  type YAMLError,
} from 'yaml';
import { neutralizeInline } from '../neutralize.js';
import type { Messages } from './messages.js';
import type { BankIssue } from './types.js';
import { checkNodes, MAX_NESTING } from './yaml-nodes.js';

/** A 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** A YAML document that parsed well enough to be checked against a schema. */
export interface YamlSource {
  /** The top node; `undefined` for an empty document (nothing but comments). */
  contents: Node | undefined;
  /** Where a node starts. */
  positionOf(node: Node): Position;
  /** The node an alias stands for (a node that is no alias is returned as is). */
  deref(node: unknown): Node | undefined;
}

/**
 * Parses untrusted YAML text (one document, core schema, no merge keys,
 * no custom tags, bounded aliases) and reports every problem of the YAML
 * itself as issues. `source` is undefined when the document cannot be
 * checked any further.
 */
export function parseYaml(
  rawText: string,
  file: string,
  msg: Messages,
  options: { textKeys?: boolean } = {},
): { source?: YamlSource; issues: BankIssue[] } {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const issueAt = (pos: Position, message: string): BankIssue => ({ file, ...pos, message });

  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return { issues: [issueAt(positionInText(text, nul), msg.nulByte())] };
  }

  const composed = composeOne(text, lineCounter, issueAt, msg);
  if ('issues' in composed) return composed;
  const { doc, secondDocumentAt } = composed;
  const positionAt = (offset: number): Position => lineCounter.linePos(offset);
  const positionOf = (node: Node): Position => positionAt(node.range?.[0] ?? 0);

  const {
    issues,
    duplicates: yamlDuplicates,
    unfit,
  } = yamlIssues(doc, positionAt, issueAt, msg, secondDocumentAt);
  if (unfit) return { issues: issues.sort(byPosition) };

  // yaml finds repeated keys (uniqueKeys) but does not name them; checkNodes() does, when there are any.
  const nameDuplicates = yamlDuplicates.length > 0;
  const checked = checkNodes(doc.contents ?? undefined, positionOf, msg, file, {
    nameDuplicates,
    textKeys: options.textKeys === true,
  });
  issues.push(...checked.issues);
  const reported = new Set(checked.duplicateKeyOffsets);
  for (const error of yamlDuplicates) {
    if (!reported.has(error.pos[0])) {
      issues.push(issueAt(positionAt(error.pos[0]), msg.duplicateKeyUnnamed()));
    }
  }
  issues.sort(byPosition);
  if (checked.fatal) return { issues };

  const aliases = checked.aliases;
  return {
    source: {
      contents: doc.contents ?? undefined,
      positionOf,
      deref: (node) => (isAlias(node) ? aliases.get(node) : isNodeLike(node) ? node : undefined),
    },
    issues,
  };
}

/**
 * The text's first document, composed, and where a second one starts; or the issue that stops
 * it (nesting too deep), or none for an empty text.
 */
function composeOne(
  text: string,
  lineCounter: LineCounter,
  issueAt: (pos: Position, message: string) => BankIssue,
  msg: Messages,
): { issues: BankIssue[] } | { doc: Document.Parsed; secondDocumentAt: number | undefined } {
  // parseDocument() in two steps, to measure the nesting in between: yaml composes
  // recursively, and a deep enough file overflows the stack, which can abort the process
  // outright (V8 fails to compile a regular expression near the stack limit).
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  for (const token of tokens) {
    const tooDeepAt = findTooDeep(token, MAX_NESTING);
    if (tooDeepAt !== undefined) {
      return { issues: [issueAt(lineCounter.linePos(tooDeepAt), msg.tooDeep(MAX_NESTING))] };
    }
  }
  const composer = new Composer({
    uniqueKeys: true,
    merge: false,
    schema: 'core',
    // Only the core schema's own tags; see the tag check in checkNodes().
    customTags: [],
  });
  let doc: Document.Parsed | undefined;
  let secondDocumentAt: number | undefined;
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (doc === undefined) doc = composed;
    else secondDocumentAt ??= composed.range[0];
  }
  // compose(…, true) always ends with a document, empty for empty text.
  if (doc === undefined) return { issues: [] };
  return { doc, secondDocumentAt };
}

/**
 * What yaml itself reported of the document: its syntax errors (said once, see below), its
 * warnings and a second document; `unfit` when the document cannot be checked further. Its
 * repeated keys are returned apart, for the node check to name them.
 */
function yamlIssues(
  doc: Document.Parsed,
  positionAt: (offset: number) => Position,
  issueAt: (pos: Position, message: string) => BankIssue,
  msg: Messages,
  secondDocumentAt: number | undefined,
): { issues: BankIssue[]; duplicates: YAMLError[]; unfit: boolean } {
  const issues: BankIssue[] = [];
  // Syntax errors leave the document unfit to check further; a duplicate key does not.
  const syntaxErrors: BankIssue[] = [];
  let firstTab: BankIssue | undefined;
  const yamlDuplicates: YAMLError[] = [];
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      yamlDuplicates.push(error);
    } else {
      const issue = issueAt(positionAt(error.pos[0]), describeYamlError(error, msg));
      if (
        error.code === 'TAB_AS_INDENT' &&
        (firstTab === undefined || byPosition(issue, firstTab) < 0)
      ) {
        firstTab = issue;
      }
      syntaxErrors.push(issue);
    }
  }
  // A syntax error makes yaml report what follows from it (one tab: a dozen errors, some of
  // them on the line above it): the one to fix is said once, with how many came with it; a
  // tab in an indent first, as it is what the others follow from, else the first. Warnings
  // and a second document are no consequence of it, so they are said on their own.
  if (syntaxErrors.length > 0) issues.push(rootOf(syntaxErrors.sort(byPosition), firstTab, msg));
  for (const warning of doc.warnings) {
    // Tags are checked below, on every node, with one message.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    issues.push(issueAt(positionAt(warning.pos[0]), describeYamlError(warning, msg)));
  }
  if (secondDocumentAt !== undefined) {
    issues.push(issueAt(positionAt(secondDocumentAt), msg.multipleDocuments()));
  }
  return {
    issues,
    duplicates: yamlDuplicates,
    unfit: syntaxErrors.length > 0 || secondDocumentAt !== undefined,
  };
}

/** Orders issues by line, then column; stable, so issues at one place keep their order. */
export function byPosition(a: BankIssue, b: BankIssue): number {
  return a.line - b.line || a.col - b.col;
}

function isNodeLike(node: unknown): node is Node {
  return isScalar(node) || isMap(node) || isSeq(node);
}

function describeYamlError(error: YAMLError, msg: Messages): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return msg.tabIndent();
    default:
      return msg.yamlError(error.code, neutralizeInline(error.message));
  }
}

/** The first tab, else the first of a file's syntax errors (sorted), naming how many came with it. */
function rootOf(
  sorted: readonly BankIssue[],
  firstTab: BankIssue | undefined,
  msg: Messages,
): BankIssue {
  const first = (firstTab ?? sorted[0]) as BankIssue;
  const more = sorted.length - 1;
  return more === 0 ? first : { ...first, message: msg.moreSyntaxErrors(first.message, more) };
}

/** Where collections first nest deeper than `limit` in a CST token; iterative, so any depth is safe. */
function findTooDeep(token: CST.Token, limit: number): number | undefined {
  const stack: [CST.Token, number][] = [[token, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (node.type === 'document') {
      if (node.value) stack.push([node.value, depth]);
    } else if (
      node.type === 'block-map' ||
      node.type === 'block-seq' ||
      node.type === 'flow-collection'
    ) {
      if (depth + 1 > limit) return node.offset;
      for (const item of node.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

function positionInText(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
