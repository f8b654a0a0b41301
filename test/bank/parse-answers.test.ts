import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { findUnknownAnswerIds, parseAnswersFile } from '../../src/bank/parse-answers.js';
import type { BankIssue } from '../../src/bank/types.js';

const dir = resolve(import.meta.dirname, '../fixtures/answers-files');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const lines = (issues: BankIssue[]): string[] =>
  issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);

describe('parseAnswersFile', () => {
  it('reads answers from YAML, leaving empty and null ones out but keeping their positions', () => {
    const parsed = parseAnswersFile(read('answers.yaml'), 'answers.yaml', 'en');
    expect(parsed.issues).toEqual([]);
    expect([...parsed.answers]).toEqual([
      ['greeting-1', '您好，我有两年客服经验。\n'],
      ['nope-1', 'I answered a question that does not exist.'],
    ]);
    expect([...parsed.positions]).toEqual([
      ['greeting-1', { line: 2, col: 1 }],
      ['greeting-2', { line: 4, col: 1 }],
      ['complaints-1', { line: 5, col: 1 }],
      ['nope-1', { line: 6, col: 1 }],
    ]);
  });

  it('reads JSON', () => {
    const parsed = parseAnswersFile(read('answers.json'), 'answers.json', 'en');
    expect(parsed.issues).toEqual([]);
    expect([...parsed.answers]).toEqual([
      ['greeting-1', '您好，我有两年客服经验。'],
      ['complaints-1', 'sorry'],
    ]);
    expect(parsed.positions.get('complaints-1')).toEqual({ line: 1, col: 32 });
  });

  it('reports values and keys that are no strings, and repeated keys', () => {
    const text = read('bad.yaml');
    expect(lines(parseAnswersFile(text, 'bad.yaml', 'en').issues)).toEqual([
      'bad.yaml:1:13: "greeting-1": expected the answer text, or a mapping with answer and self_score, found the number 5',
      'bad.yaml:2:1: duplicate key "greeting-1" (first at line 1)',
      'bad.yaml:3:1: expected a question id (a string), found a sequence',
      'bad.yaml:4:15: "complaints-1": expected the answer text, or a mapping with answer and self_score, found a sequence',
    ]);
    expect(lines(parseAnswersFile(text, 'bad.yaml', 'zh').issues)).toEqual([
      'bad.yaml:1:13: "greeting-1"：应为答案文字，或含 answer 和 self_score 的映射，实际是数字 5',
      'bad.yaml:2:1: 重复的键 "greeting-1"（第一次出现在第 1 行）',
      'bad.yaml:3:1: 应为题目 id（字符串），实际是序列',
      'bad.yaml:4:15: "complaints-1"：应为答案文字，或含 answer 和 self_score 的映射，实际是序列',
    ]);
  });

  it('reports a top level that is no mapping', () => {
    expect(lines(parseAnswersFile('- a\n- b\n', 'a.yaml', 'en').issues)).toEqual([
      'a.yaml:1:1: expected a mapping of question ids to answers, found a sequence',
    ]);
    expect(lines(parseAnswersFile('just text\n', 'a.yaml', 'zh').issues)).toEqual([
      'a.yaml:1:1: 应为“题目 id: 答案”的映射，实际是字符串 "just text"',
    ]);
  });

  it('takes an empty file as no answers', () => {
    const parsed = parseAnswersFile('# nothing yet\n', 'a.yaml', 'en');
    expect(parsed).toEqual({
      answers: new Map(),
      positions: new Map(),
      selfScores: new Map(),
      issues: [],
    });
  });

  it('reports YAML errors with positions and returns no answers', () => {
    const parsed = parseAnswersFile('a: "open\n', 'a.yaml', 'en');
    expect(lines(parsed.issues)).toEqual(['a.yaml:2:1: YAML syntax error: Missing closing "quote']);
    expect(parsed.answers.size).toBe(0);
  });
});

describe('findUnknownAnswerIds', () => {
  it('reports each id that the bank lacks, where it is in the file', async () => {
    const bank = await loadBank(resolve(import.meta.dirname, '../fixtures/banks/valid'), {
      lang: 'en',
    });
    const parsed = parseAnswersFile(read('answers.yaml'), 'answers.yaml', 'en');
    expect(lines(findUnknownAnswerIds(parsed.positions, bank, 'answers.yaml', 'en'))).toEqual([
      'answers.yaml:6:1: unknown question id "nope-1"',
    ]);
    expect(lines(findUnknownAnswerIds(parsed.positions, bank, 'answers.yaml', 'zh'))).toEqual([
      'answers.yaml:6:1: 未知的题目 id "nope-1"',
    ]);
  });
});
