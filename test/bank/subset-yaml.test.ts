import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { displayPath, loadBank } from '../../src/bank/load-bank.js';
import { readJsYaml, readPlainYaml } from '../../src/bank/plain-yaml.js';
import { HANDED_OFF, readSubsetYaml } from '../../src/bank/subset-yaml.js';
import { corePlainValue, mayBeCorePlain, SCHEMA } from '../../src/bank/yaml-core-tags.js';
import { BankError } from '../../src/errors.js';
import { seededRandom } from '../seeded-random.js';

const root = resolve(import.meta.dirname, '../..');
const yamlFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
const BANK_FILES = [
  ...yamlFiles('questions'),
  ...yamlFiles('starter-bank/zh'),
  ...yamlFiles('starter-bank/en'),
];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/**
 * What YAML 1.2 makes of a text, when js-yaml (with the bank's schema) and yaml
 * (strict: 1.2, core schema, unique keys) both read it as one document to the same
 * value; `undefined` when either refuses it or they disagree.
 */
function bothLibraries(text: string): { value: unknown } | undefined {
  let jsYaml: unknown[];
  try {
    jsYaml = loadAll(text, null, { schema: SCHEMA }) as unknown[];
  } catch {
    return undefined;
  }
  const options = { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' } as const;
  const docs = parseAllDocuments(text, options);
  if (!Array.isArray(docs) || docs.length !== 1 || jsYaml.length !== 1) return undefined;
  const doc = docs[0];
  if (doc === undefined || doc.errors.length > 0) return undefined;
  const value = doc.toJS();
  return isDeepStrictEqual(value, jsYaml[0]) ? { value } : undefined;
}

/** Fails unless the subset reader hands `text` off or reads it as both libraries do. */
function expectRightOrHandedOff(text: string): boolean {
  const subset = readSubsetYaml(text);
  if (subset === HANDED_OFF) return false;
  const spec = bothLibraries(text);
  if (spec === undefined || !isDeepStrictEqual(subset, spec.value)) {
    expect.fail(`the subset reader accepted ${JSON.stringify(text)} as ${JSON.stringify(subset)}`);
  }
  return true;
}

describe('the subset reader', () => {
  it.each([
    ['a: 1\nb: x y\n', { a: 1, b: 'x y' }],
    ['a:   spaced   # note\n', { a: 'spaced' }],
    [
      'a: ~\nb:\nc: null\nd: true\ne: 0x1F\nf: -.5\ng: 1e3\nh: yes\n',
      { a: null, b: null, c: null, d: true, e: 31, f: -0.5, g: 1000, h: 'yes' },
    ],
    ["a: 'it''s # not a comment'\nb: \"say: hi\"\n", { a: "it's # not a comment", b: 'say: hi' }],
    ['a: http://x.y/z:1 C#\n', { a: 'http://x.y/z:1 C#' }],
    ['k: [a b, \'c, d\', "e", 1, ]\nl: []\n', { k: ['a b', 'c, d', 'e', 1], l: [] }],
    ['s:\n- a\n- b\nt: 1\n', { s: ['a', 'b'], t: 1 }],
    [
      '- id: q\n  n: 1\n-\n  id: r\n- - x\n  - y\n- \n',
      [{ id: 'q', n: 1 }, { id: 'r' }, ['x', 'y'], null],
    ],
    [
      'a: |\n  one\n    two\n\n  three\n\n\nb: |-\n  x\n  y\n# end\n',
      { a: 'one\n  two\n\nthree\n', b: 'x\ny' },
    ],
    ['- |  # a comment\n   # text, not a comment\n', ['# text, not a comment\n']],
    ['--- # the start\na: 1\n', { a: 1 }],
    ['a: 题目：一、二\n键: 值\n', { a: '题目：一、二', 键: '值' }],
  ])('reads %j', (text, value) => {
    expect(readSubsetYaml(text)).toEqual(value);
    expectRightOrHandedOff(text);
  });

  it.each([
    ['a tab', 'a:\tb\n'],
    ['a CR', 'a: b\r\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a key that is no text', '1: a\n'],
    ['a prototype key', '__proto__: a\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a more indented line', 'a:\n  b: 1\n   c: 2\n'],
    ['a mapping on the key line', 'a: b: c\n'],
    ['a flow mapping', 'a: {b: c}\n'],
    ['a multi-line flow sequence', 'a: [b,\n  c]\n'],
    ['an escape', 'a: "\\n"\n'],
    ['an anchor', 'a: &x 1\n'],
    ['a folded block', 'a: >\n  b\n'],
    ['a kept block', 'a: |+\n  b\n'],
    ['an indentation indicator', 'a: |2\n   b\n'],
    ['a line of blanks in a block', 'a: |\n  b\n   \n  c\n'],
    ['a block at the end without a line break', 'a: |\n  b'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a scalar document', 'just text\n'],
    ['an empty document', '# nothing\n'],
    ['a control character', 'a: \u0007\n'],
    ['a bidi control', 'a: b\u202ec\n'],
    ['a bidi control in a comment', 'a: b # \u2066\n'],
    ['a lone surrogate', 'a: \ud800\n'],
    ['a sequence on the key line', 'a: - b\n'],
    ['a comment glued to a quote', "a: 'b'# c\n"],
    ['a quoted key', "'a': b\n"],
    ['an empty flow entry', 'a: [b, , c]\n'],
  ])('hands off %s', (_, text) => {
    expect(readSubsetYaml(text)).toBe(HANDED_OFF);
  });

  it('reads every shipped and starter bank file, as js-yaml does', () => {
    for (const file of BANK_FILES) {
      const text = read(file);
      const subset = readSubsetYaml(text);
      expect(subset, file).not.toBe(HANDED_OFF);
      const old = readJsYaml(text);
      expect('documents' in old && old.documents, file).toEqual([subset]);
      expect(readPlainYaml(text)).toEqual({ documents: [subset], suspect: false, safeText: true });
    }
  });

  it('finds every text a core tag takes among those that start as one may', () => {
    const tails = [
      '',
      '1',
      '0',
      '.5',
      'e3',
      'x1f',
      'o7',
      'ull',
      'ULL',
      'rue',
      'RUE',
      'alse',
      'ALSE',
      'inf',
      'nan',
      'NaN',
      'ulls',
      'alsey',
    ];
    for (let code = 0; code < 0x3000; code++) {
      const c = String.fromCharCode(code);
      for (const tail of tails) {
        const text = c + tail;
        if (!mayBeCorePlain(text)) expect(corePlainValue(text), JSON.stringify(text)).toBe(text);
      }
    }
  });
});

describe('a bank the subset reader reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-subset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const section = (id: string, order: number, extra: string) =>
    `id: ${id}\norder: ${order}\ntitle: T\npoints: 5\ntime_limit: 60\nquestions:\n  - id: ${id}-1\n    prompt: P\n    answer: |\n      A\n    analysis: N\n    key_points:\n      - point: K\n        keywords: [k]\n${extra}`;
  const files = {
    'a.yaml': section('a', 1, '    promt: typo\n'),
    'b.yaml': section('b', 2, '    points: five\n'),
    'c.yaml': section('c', 3, '    prompt: again\n'),
    'd.yaml': section('d', 4, '    analysis: |\n      turn \u202e around\n').replace(
      '    analysis: N\n',
      '',
    ),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

  it('has each issue placed at its file, line and column, read fast or handed off', async () => {
    // a and b are read by the subset and refused by the checks; c, a repeated key, and d, a
    // bidi control (which the checks need not look for in what the subset reads), are handed off.
    expect(readSubsetYaml(files['a.yaml'])).not.toBe(HANDED_OFF);
    expect(readSubsetYaml(files['b.yaml'])).not.toBe(HANDED_OFF);
    expect(readSubsetYaml(files['c.yaml'])).toBe(HANDED_OFF);
    expect(readSubsetYaml(files['d.yaml'])).toBe(HANDED_OFF);
    const error = await loadBank(dir, { lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BankError);
    const shown = (error as BankError).issues.map(
      (i) => `${i.file}:${i.line}:${i.col} ${i.message}`,
    );
    const at = (name: string) => displayPath(join(dir, name));
    expect(shown).toEqual([
      expect.stringMatching(`^${at('a.yaml')}:15:5 questions\\[0\\]: unknown field "promt"`),
      expect.stringMatching(`^${at('b.yaml')}:15:13 questions\\[0\\]\\.points: expected`),
      expect.stringMatching(`^${at('c.yaml')}:15:5 .*prompt`),
      expect.stringMatching(`^${at('d.yaml')}:14:15 questions\\[0\\]\\.analysis: .*\\\\u202e`),
    ]);
  });
});

/** Mutations of bank files: the reader must hand off or agree with both libraries. */
describe('the subset reader on edited bank files', () => {
  const pieces = [
    ' ',
    '  ',
    '\n',
    '\n  ',
    '\n- ',
    '- ',
    ':',
    ': ',
    '#',
    ' #',
    "'",
    "''",
    '"',
    '[',
    ']',
    ',',
    '{',
    '|',
    '|-',
    '>',
    '&a',
    '*a',
    '!',
    '?',
    '~',
    '1',
    '0x1',
    'true',
    '---',
    '...',
    '\t',
    '\\',
    '%',
    '@',
    '键',
  ];
  const files = BANK_FILES.map(read);

  it('hands off or agrees on 4,000 edits of windows of the bank files', () => {
    const random = seededRandom(20261204);
    const pick = (n: number) => Math.floor(random() * n);
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      const text = edit(window(files[pick(files.length)] ?? '', pick), pick, pieces);
      if (expectRightOrHandedOff(text)) accepted++;
    }
    // Most edits leave the subset or break the file; enough must not, or this tests little.
    expect(accepted).toBeGreaterThan(800);
    expect(accepted).toBeLessThan(3800);
  }, 120_000);
});

/**
 * 5 to 40 lines of `text` from a random line that starts a key or an item, taken out of their
 * indentation (the window ends before a line indented less than its first).
 */
function window(text: string, pick: (n: number) => number): string {
  const lines = text.split('\n');
  let start = pick(lines.length);
  while (start < lines.length && !/^ *(?:- )?[a-z_]+:/.test(lines[start] ?? '')) start++;
  const indent = /^ */.exec(lines[start] ?? '')?.[0].length ?? 0;
  const taken: string[] = [];
  for (const line of lines.slice(start, start + 5 + pick(36))) {
    if (line.trim() !== '' && !line.startsWith(' '.repeat(indent))) break;
    taken.push(line.slice(indent));
  }
  return `${taken.join('\n')}\n`;
}

/** None to two edits: a piece put in or over a character, a line's indentation moved, two lines swapped. */
function edit(text: string, pick: (n: number) => number, pieces: readonly string[]): string {
  let out = text;
  for (let k = pick(3); k > 0; k--) {
    const lines = out.split('\n');
    const line = pick(lines.length);
    const kind = pick(4);
    if (kind === 0) {
      const at = pick(out.length + 1);
      out = out.slice(0, at) + (pieces[pick(pieces.length)] ?? '') + out.slice(at + pick(3));
    } else if (kind === 1) {
      lines[line] = pick(2) === 0 ? ` ${lines[line]}` : (lines[line] ?? '').replace(/^ {1,2}/, '');
      out = lines.join('\n');
    } else if (kind === 2 && line + 1 < lines.length) {
      [lines[line], lines[line + 1]] = [lines[line + 1] ?? '', lines[line] ?? ''];
      out = lines.join('\n');
    } else {
      lines.splice(line, 0, lines[pick(lines.length)] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}
