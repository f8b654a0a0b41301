import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { describeScoreNote } from '../../src/scoring/explain.js';
import { scoreAnswer } from '../../src/scoring/score-answer.js';

/**
 * Key points judged by what the answer does (`~story`, `~structure`), on a
 * question built inline so the rules show apart from the shipped bank.
 */
const q: Question = {
  id: 'intro',
  prompt: '请做一个自我介绍。',
  points: 10,
  time_limit: 0,
  answer: '',
  analysis: '',
  key_points: [
    { point: '用具体事例佐证', keywords: ['~story', '有一次', '印象最深', 'once', 'last year'] },
    {
      point: '结构清晰',
      keywords: ['~structure', '第一', '第二', '最后', '总之', 'first', 'then', 'finally'],
    },
  ],
};

const point = (text: string, index: number) =>
  scoreAnswer(q, text, { timeLimit: 0 }).keyPoints[index];

describe('~story: a concrete case told', () => {
  it.each([
    ['有一次一位客户的快递丢了，我先道歉，马上查了物流，第二天给他补发。', true],
    ['印象最深的是一位阿姨，收到的羽绒服有破洞，我请她拍照后按流程给她换了货。', true],
    [
      'Once a customer called, angry that his sofa was late, and I got him an exact delivery time.',
      true,
    ],
    ['我们经常一起吃火锅，有一次团建去了千岛湖，风景特别美。', false],
    ['Last year I went hiking a lot and tried to learn the guitar.', false],
  ])('%s → %s', (text, expected) => {
    const result = point(text, 0);
    expect(result?.covered).toBe(expected);
    if (!expected) expect(result?.reason).toEqual({ code: 'no-story' });
  });
});

describe('~structure: the answer laid out in parts', () => {
  it.each([
    ['第一，我反应快，打字一分钟八十字。第二，我情绪稳定，被骂也不往心里去。', true],
    ['First I listen to the customer, then I check the order, and finally I follow up.', true],
    ['我性格开朗，喜欢看书，也喜欢追剧，总之我是一个很有热情的人。', false],
    // The pair need not hold the first term: 第二 (in the first clause) and the later 第一.
    ['第一和第二都要讲清楚，第一我反应快', true],
    // One term in many clauses, or many terms in one clause, is still no layout.
    ['总之我喜欢，总之我擅长，总之我适合', false],
    ['我第一第二最后都会说', false],
  ])('%s → %s', (text, expected) => {
    const result = point(text, 1);
    expect(result?.covered).toBe(expected);
    if (!expected) expect(result?.reason).toEqual({ code: 'no-structure' });
  });

  it('takes one term in an answer of three paragraphs or more as parts shown by its lines', () => {
    const text =
      '我做过两年客服，总之很喜欢这份工作。\n我擅长倾听客户的诉求。\n我希望在这里继续成长。';
    expect(point(text, 1)?.covered).toBe(true);
    expect(point(text.replaceAll('\n', ''), 1)?.covered).toBe(false);
  });
});

describe('the miss reasons in words', () => {
  it.each(['no-story', 'no-structure'] as const)(
    '%s says what to do, in both languages',
    (code) => {
      const zh = describeScoreNote({ code }, 'zh');
      const en = describeScoreNote({ code }, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e“”…]+$/);
      expect(zh).not.toBe(en);
    },
  );
});
