import { describe, expect, it } from 'vitest';
import { containsKeyword, normalizeForMatch } from '../../src/scoring/normalize.js';
import { scoreAnswer } from '../../src/scoring/score-answer.js';
import { sampleSections } from '../fixtures/sample-sections.js';

const question = sampleSections()[1]?.questions[0];
if (!question) throw new Error('fixture changed');

describe('normalizeForMatch', () => {
  it.each([
    ['ＳＬＡ　标准', 'sla标准'],
    ['订单 号', '订单号'],
    ['“抱歉，”', '抱歉'],
  ])('%s → %s', (input, expected) => expect(normalizeForMatch(input)).toBe(expected));
});

describe('containsKeyword', () => {
  it.each([
    ['请提供订单 号', '订单号', true],
    ['符合ＧＤＰＲ的要求', 'GDPR', true],
    ['we meet the SLA.', 'SLA', true],
    ['a SLAB of text', 'SLA', false],
    ['没有关系', '关系人', false],
    ['anything', '', false],
  ])('%s contains %s: %s', (text, keyword, expected) =>
    expect(containsKeyword(text, keyword)).toBe(expected),
  );
});

describe('scoreAnswer', () => {
  it('gives full points when every key point is covered', () => {
    const grade = scoreAnswer(question, '非常抱歉，请提供订单号，我核实后为您换货，并会跟进。');
    expect(grade.score).toBe(10);
    expect(grade.keyPoints.every((k) => k.covered)).toBe(true);
  });

  it('gives the covered share of the points, to one decimal', () => {
    const grade = scoreAnswer(question, '我理解您的心情，马上为您退款。');
    expect(grade.score).toBe(5);
    expect(grade.keyPoints.map((k) => k.covered)).toEqual([true, false, true, false]);
    expect(grade.keyPoints[0]?.matched).toEqual(['理解']);
  });

  it('rounds thirds', () => {
    const first = sampleSections()[0]?.questions[0];
    if (!first) throw new Error('fixture changed');
    expect(scoreAnswer(first, '我的客户满意度很高').score).toBe(1.7);
  });

  it('gives nothing for an empty answer', () => {
    const grade = scoreAnswer(question, '');
    expect(grade.score).toBe(0);
    expect(grade.max).toBe(10);
  });
});
