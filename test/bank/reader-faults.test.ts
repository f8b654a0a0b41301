import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { BankError } from '../../src/errors.js';

/**
 * The four faults of the bank reader found against the YAML test suite
 * (issue 11), each through the loader, as `validate` and `list` meet them.
 */

const temp = mkdtempSync(join(tmpdir(), 'cs-reader-faults-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const section = (id: string, questionId: string, order: number, answer = '    answer: A') =>
  [
    `id: ${id}`,
    `order: ${order}`,
    'title: T',
    'points: 5',
    'time_limit: 60',
    'questions:',
    `  - id: ${questionId}`,
    '    prompt: P',
    answer,
    '    analysis: N',
    '    key_points:',
    '      - point: K',
    '        keywords: [w]',
    '',
  ].join('\n');

/** A bank folder of the given files; returns its path. */
function bank(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** What loading a path gives: the bank, or the issues of its BankError as printed. */
async function load(path: string) {
  try {
    return { bank: await loadBank(path, { lang: 'en' }) };
  } catch (error) {
    // Anything else than a BankError is a bug (exit 70): let it fail the test.
    if (!(error instanceof BankError)) throw error;
    return {
      issues: error.issues.map((i) => `${i.line}:${i.col}: ${i.message.replace(`${path}/`, '')}`),
    };
  }
}

/** A section that starts as a mapping on the `---` line (suite case 9KBC: an error). */
const onDocumentLine = (id: string, questionId: string, order: number) =>
  `--- ${section(id, questionId, order).replaceAll('\n', '\n    ').trimEnd()}\n`;

describe('the reader refuses what YAML 1.2 refuses', () => {
  it('a mapping that starts on the `---` line (9KBC)', async () => {
    const got = await load(bank('9kbc', { 'a.yaml': onDocumentLine('a', 'a-1', 1) }));
    expect(got.bank).toBeUndefined();
    expect(got.issues?.[0]).toMatch(/^1:\d+: YAML syntax error: /);
  });

  it('a block scalar of blank lines more indented than a comment after them (S98Z)', async () => {
    const text = section('a', 'a-1', 1).replace(
      'title: T\n',
      'title: T\ndescription: >\n \n  \n   \n # comment\n',
    );
    const got = await load(bank('s98z', { 'a.yaml': text }));
    expect(got.bank).toBeUndefined();
    expect(got.issues?.[0]).toMatch(/YAML syntax error: /);
  });
});

describe('a repeat across files', () => {
  it('beside a file the reader refuses, is no crash (exit 70) but that file’s issue', async () => {
    const dir = bank('repeat-refused', {
      'a.yaml': onDocumentLine('a', 'q-1', 1),
      'b.yaml': section('b', 'q-1', 2),
    });
    const got = await load(dir);
    expect(got.issues?.length).toBeGreaterThan(0);
    expect(got.issues?.join('\n')).not.toContain('no position');
  });

  it('in a file read with yaml’s help (an anchor), is placed where it is', async () => {
    const withAnchor = section('b', 'q-1', 2).replace('title: T', 'title: &t T');
    const got = await load(
      bank('repeat-anchor', { 'a.yaml': section('a', 'q-1', 1), 'b.yaml': withAnchor }),
    );
    expect(got.issues).toEqual(['7:9: duplicate question id "q-1" (first in a.yaml:7)']);
  });
});

describe('an `answer: |2` block whose lines are all indented deeper than the indicator', () => {
  // The question's mapping is at indentation 4, so `|2` puts the content at 6: the
  // text keeps 2 spaces of each line, and the last line (8 spaces) is 2 spaces of
  // content, not a blank line (YAML 1.2, [170] l+literal, [174] l-chomped-empty);
  // yaml 2.9 drops it when the block ends the file.
  const text = (title: string) =>
    `${section('a', 'a-1', 1, '').replace('title: T', title)}    answer: |2\n        A\n\n        \n`;
  const expected = '  A\n\n  \n';

  it('is read as YAML 1.2 says', async () => {
    const got = await load(bank('indent-plain', { 'a.yaml': text('title: T') }));
    expect(got.bank?.sections[0]?.questions[0]?.answer).toBe(expected);
  });

  it('is read the same way, or refused, in a file that needs yaml’s help (an anchor)', async () => {
    const got = await load(bank('indent-anchor', { 'a.yaml': text('title: &t T') }));
    if (got.bank) expect(got.bank.sections[0]?.questions[0]?.answer).toBe(expected);
    else expect(got.issues?.join('\n')).toMatch(/YAML readers disagree/);
  });
});
