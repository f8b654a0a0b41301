import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { NEAR_MAX_CHARS, prepareQuestion } from '../../src/scoring/prepare-question.js';
import { scoreAnswer } from '../../src/scoring/score-answer.js';

// What the scorer does with long input must grow with the input, not faster.

function question(keywords: string[]): Question {
  return {
    id: 'q',
    prompt: '客户投诉商品质量，你会怎么处理？',
    points: 10,
    time_limit: 120,
    answer: '先道歉，再核实订单号。',
    analysis: '—',
    key_points: [{ point: '核实', keywords }],
  };
}

describe('near-forms of long keywords', () => {
  it(`are tried for words of up to ${NEAR_MAX_CHARS} characters only`, () => {
    const word = '订单号码'.repeat(3).slice(0, NEAR_MAX_CHARS);
    const phrase = '请您提供订单号码以便核实'.repeat(2).slice(0, NEAR_MAX_CHARS + 1);
    const [wordKey, phraseKey] =
      prepareQuestion(question([word, phrase])).keyPoints[0]?.keywords ?? [];
    expect(wordKey?.near).toEqual([...word]);
    // One branch per gap, each as long as the keyword: a 100,000-character keyword made
    // a pattern of 10¹⁰ characters.
    expect(phraseKey?.near).toBeNull();
  });

  it('still credits a near-form of a short keyword', () => {
    const grade = scoreAnswer(question(['订单号']), '麻烦您提供一下订单编号，我帮您看看', {});
    expect(grade.keyPoints[0]).toMatchObject({ covered: true, nearForms: ['订单号'] });
  });

  it('grades an answer against a very long keyword', () => {
    const keyword = '订单号'.repeat(10_000);
    const grade = scoreAnswer(question([keyword]), `请提供${keyword}，我马上核实。`, {});
    expect(grade.keyPoints[0]?.covered).toBe(true);
  });
});
