import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/bank/types.js';
import { type LocatedSection, validateBank } from '../../src/bank/validate-bank.js';

function located(file: string, id: string, order: number, questionIds: string[]): LocatedSection {
  const section: Section = {
    id,
    order,
    title: id,
    points: 1,
    time_limit: 10,
    file,
    questions: questionIds.map((q) => ({
      id: q,
      prompt: 'p',
      points: 1,
      time_limit: 10,
      answer: 'a',
      analysis: 'n',
      key_points: [{ point: 'k', keywords: ['w'] }],
    })),
  };
  return {
    section,
    // Where the loader's locator would place these paths in a file laid out like this.
    locate: (path) => {
      if (path[0] === 'id') return { line: 1, col: 5 };
      if (path[0] === 'order') return { line: 2, col: 8 };
      if (path[0] === 'questions' && typeof path[1] === 'number' && path[2] === 'id') {
        return { line: 7 + 7 * path[1], col: 9 };
      }
      throw new Error(`no position for ${path.join('.')}`);
    },
  };
}

function lines(result: ReturnType<typeof validateBank>): string[] {
  return result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
}

describe('validateBank', () => {
  it('sorts sections by order and finds nothing wrong in a sound bank', () => {
    const result = validateBank(
      [located('b.yaml', 'b', 2, ['b-1']), located('a.yaml', 'a', 1, ['a-1', 'a-2'])],
      'bank',
      'en',
    );
    expect(result.issues).toEqual([]);
    expect(result.sections.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('reports repeated section ids, orders and question ids where they repeat', () => {
    const sections = [
      located('a.yaml', 'a', 1, ['q-1', 'q-2']),
      located('b.yaml', 'a', 1, ['q-3', 'q-2']),
      located('c.yaml', 'c', 2, ['q-1']),
    ];
    expect(lines(validateBank(sections, 'bank', 'en'))).toEqual([
      'b.yaml:1:5: duplicate section id "a" (first in a.yaml:1)',
      'b.yaml:2:8: duplicate order 1 (already used by section "a" in a.yaml:2)',
      'b.yaml:14:9: duplicate question id "q-2" (first in a.yaml:14)',
      'c.yaml:7:9: duplicate question id "q-1" (first in a.yaml:7)',
    ]);
    expect(lines(validateBank(sections, 'bank', 'zh'))).toEqual([
      'b.yaml:1:5: 重复的部分 id "a"（第一次出现在 a.yaml:1）',
      'b.yaml:2:8: 重复的 order 1（已被 a.yaml:2 中的部分 "a" 使用）',
      'b.yaml:14:9: 重复的题目 id "q-2"（第一次出现在 a.yaml:14）',
      'c.yaml:7:9: 重复的题目 id "q-1"（第一次出现在 a.yaml:7）',
    ]);
  });

  it('asks for positions only of the sections a repeat involves', () => {
    const sections = [
      located('a.yaml', 'a', 1, ['q-1']),
      located('b.yaml', 'b', 2, ['q-2']),
      located('c.yaml', 'c', 3, ['q-1']),
    ];
    const asked: string[] = [];
    const watched = sections.map((l) => ({
      section: l.section,
      locate: (path: readonly (string | number)[]) => {
        asked.push(l.section.file);
        return l.locate(path);
      },
    }));
    expect(lines(validateBank(watched.slice(0, 2), 'bank', 'en'))).toEqual([]);
    expect(asked).toEqual([]);
    expect(lines(validateBank(watched, 'bank', 'en'))).toEqual([
      'c.yaml:7:9: duplicate question id "q-1" (first in a.yaml:7)',
    ]);
    expect(new Set(asked)).toEqual(new Set(['a.yaml', 'c.yaml']));
  });

  it('reports a bank without sections', () => {
    expect(lines(validateBank([], 'bank', 'en'))).toEqual(['bank:1:1: the bank has no sections']);
    expect(lines(validateBank([], 'bank', 'zh'))).toEqual(['bank:1:1: 题库中没有任何部分']);
  });

  // How fast is `npm run bench`'s business ("load + validate 10,000 questions").
  it('accepts a bank of 10,000 questions', () => {
    const many = Array.from({ length: 10 }, (_, s) =>
      located(
        `${s}.yaml`,
        `s${s}`,
        s + 1,
        Array.from({ length: 1000 }, (_, q) => `s${s}-${q}`),
      ),
    );
    expect(validateBank(many, 'bank', 'en').issues).toEqual([]);
  });
});
