import { describe, expect, it } from 'vitest';
import { checkChoiceItem, formatPath } from '../../src/bank/check-choice.js';

const at = ['questions', 2] as const;
const single = {
  id: 'r1',
  type: 'single',
  prompt: '七天无理由退货从哪天起算？',
  options: ['下单当天', '签收次日', '发货当天'],
  correct: 'B',
  explanation: '…',
  source: '…',
};

function check(item: unknown, lang: 'zh' | 'en' = 'en') {
  return checkChoiceItem(item, at, lang).map((i) => ({
    path: formatPath(i.path),
    message: i.message,
  }));
}

describe('checkChoiceItem', () => {
  it('accepts a sound item of each type', () => {
    expect(check(single)).toEqual([]);
    expect(check({ ...single, type: 'multiple', correct: ['A', 'C'] })).toEqual([]);
    const { options: _, ...rest } = single;
    expect(check({ ...rest, type: 'true_false', correct: false })).toEqual([]);
  });

  it('reports a single item whose correct names no option, at correct, in both languages', () => {
    expect(check({ ...single, correct: 'E' })).toEqual([
      {
        path: 'questions[2].correct',
        message: 'questions[2].correct: the right answer E names no option (there are 3, A–C)',
      },
    ]);
    expect(check({ ...single, correct: 'D' }, 'zh')[0]?.message).toBe(
      'questions[2].correct：正确答案 D 不是任何选项（只有 A–C 共 3 个选项）',
    );
  });

  it('reports a correct that is not one capital letter', () => {
    for (const correct of ['b', 'AB', 2, ['B'], true]) {
      const issues = check({ ...single, correct });
      expect(issues.map((i) => i.path)).toEqual(['questions[2].correct']);
      expect(issues[0]?.message).toContain('one option letter (A–C)');
    }
  });

  it('reports an empty, repeated or out-of-range multiple answer by its letter', () => {
    const multiple = { ...single, type: 'multiple' };
    expect(check({ ...multiple, correct: [] })[0]?.message).toContain('at least one letter');
    expect(check({ ...multiple, correct: ['A', 'C', 'A'] })).toEqual([
      {
        path: 'questions[2].correct[2]',
        message: 'questions[2].correct[2]: the letter A is repeated in the right answer',
      },
    ]);
    expect(check({ ...multiple, correct: ['A', 'F'] }).map((i) => i.path)).toEqual([
      'questions[2].correct[1]',
    ]);
    expect(check({ ...multiple, correct: 'A' })[0]?.message).toContain('a list of option letters');
  });

  it('refuses options on a true_false item, and a correct that is not a boolean', () => {
    const issues = check({ ...single, type: 'true_false', correct: 'A' });
    expect(issues.map((i) => i.path)).toEqual(['questions[2].options', 'questions[2].correct']);
    expect(issues[0]?.message).toContain('A True / B False');
  });

  it('reports an unknown type and nothing else about the item', () => {
    expect(check({ ...single, type: 'essay' })).toEqual([
      {
        path: 'questions[2].type',
        message:
          'questions[2].type: expected single, multiple or true_false, found the string "essay"',
      },
    ]);
  });

  it('reports missing, too few, blank and repeated options', () => {
    const { options: _, ...noOptions } = single;
    expect(check(noOptions)[0]).toMatchObject({ path: 'questions[2]' });
    expect(check({ ...single, options: ['只有一个'], correct: 'A' })[0]?.message).toContain(
      'at least 2 options',
    );
    expect(check({ ...single, options: ['甲', ' ', '甲'] }).map((i) => i.message)).toEqual([
      'questions[2].options[1]: an option must be a non-empty string, found an empty string',
      'questions[2].options[2]: option C is the same as option A',
    ]);
  });

  it('reports a translation with another number of options', () => {
    const item = {
      ...single,
      translations: { en: { prompt: 'p', options: ['a', 'b'], explanation: 'e' } },
    };
    expect(check(item)).toEqual([
      {
        path: 'questions[2].translations.en.options',
        message:
          'questions[2].translations.en.options: expected 3 options (as many as the item has, in the same order), found 2',
      },
    ]);
  });
});
