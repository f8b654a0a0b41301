import { describe, expect, it } from 'vitest';
import { describeScoreNote } from '../../src/scoring/explain.js';
import type { ScoreNote } from '../../src/scoring/types.js';

const cases: [ScoreNote, string, string][] = [
  [{ code: 'no-keyword' }, '回答中没有提到这一点。', 'The answer does not bring this point up.'],
  [
    { code: 'bare-keywords', keywords: ['订单号', '核实'] },
    '提到了“订单号、核实”，但只是单独罗列，没有说明怎么做。',
    'Mentions “订单号, 核实”, but only as bare words in a list, not saying what you would do.',
  ],
  [
    { code: 'from-question', keywords: ['不满'] },
    '“不满”出自题目本身，复述题目不算答到这一点。',
    '“不满” comes from the question itself; repeating the question does not cover the point.',
  ],
  [
    {
      code: 'too-short',
      actual: 37,
      threshold: 60,
      expected: { min: 600, max: 750 },
      timeLimit: 180,
      pace: { min: 200, max: 250 },
    },
    '回答只有 37 字；180 秒按每分钟 200–250 字约可说 600–750 字，少于 60 字算过短。',
    'The answer has 37 words; 180 s at 200–250 a minute allows about 600–750, and under 60 is far too short.',
  ],
  [
    { code: 'keyword-list', bare: 8, found: 9 },
    '找到的 9 个关键词中有 8 个只是罗列，不计分。',
    '8 of the 9 keywords found stand alone in a list and do not count.',
  ],
  [
    { code: 'copies-question', share: 0.83 },
    '回答约 83% 的内容与题目相同。',
    'About 83% of the answer repeats the question.',
  ],
  [
    {
      code: 'off-topic',
      fits: { id: 'scenarios-2', prompt: '客户在直播时突然辱骂主播，你会如何应对？' },
      coverage: 0.2,
      coverageThere: 0.67,
    },
    '这个回答更像是在答“客户在直播时突然辱骂主播，你会如何应对？”（scenarios-2）：那道题的要点覆盖 67%，本题只有 20%。',
    "This answer fits “客户在直播时突然辱骂主播，你会如何应对？” (scenarios-2) better: it covers 67% of that question's key points and 20% of this one's.",
  ],
  [
    { code: 'on-topic-floor', share: 0.1 },
    '没有答到任何要点，但回答切题，给予 10% 的基础分。',
    'No key point covered, but the answer is on the question: a floor of 10% of the points.',
  ],
  [
    { code: 'capped', at: 1.5, max: 5, rawScore: 5, because: ['too-short'] },
    '因为回答过短，得分封顶 1.5 / 5（按要点本可得 5）。',
    'Capped at 1.5 / 5 (the key points alone would give 5): far too short.',
  ],
];

describe('describeScoreNote', () => {
  it.each(cases)('%j', (note, zh, en) => {
    expect(describeScoreNote(note, 'zh')).toBe(zh);
    expect(describeScoreNote(note, 'en')).toBe(en);
  });
});
