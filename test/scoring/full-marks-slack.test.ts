import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { gradeFromTicks } from '../../src/scoring/grade-ticks.js';
import { scoreAnswer } from '../../src/scoring/score-answer.js';

/** A question whose key points are one word each (道歉, 核实, 补发…). */
function question(points: number): Question {
  const words = ['道歉', '核实', '补发', '回访', '上报', '记录'].slice(0, points);
  return {
    id: `q${points}`,
    prompt: '客户收到的商品坏了，你会怎么处理？',
    points: 10,
    time_limit: 0,
    answer: words.join('，'),
    analysis: '',
    key_points: words.map((w) => ({ point: w, keywords: [w] })),
  };
}

/** An answer that says the first `n` of the six words, each in a real clause. */
function saying(n: number): string {
  return [
    '我先向客户道歉',
    '然后核实订单',
    '再给他补发一件',
    '第二天回访他',
    '把问题上报组长',
    '最后写好记录',
  ]
    .slice(0, n)
    .join('，');
}

const share = (q: Question, text: string) => {
  const grade = scoreAnswer(q, text, { timeLimit: 0 });
  return grade.score / grade.max;
};

describe('full marks with six key points or more need all but one', () => {
  it('five of six earn full marks, and six of six no more', () => {
    expect(share(question(6), saying(5))).toBe(1);
    expect(share(question(6), saying(6))).toBe(1);
  });
  it('below that, each point is a fifth of the marks', () => {
    expect(share(question(6), saying(4))).toBe(0.8);
    expect(share(question(6), saying(1))).toBe(0.2);
  });
  it('with five points, every one is needed', () => {
    expect(share(question(5), saying(4))).toBe(0.8);
    expect(share(question(5), saying(5))).toBe(1);
  });
  it('ticked points in oral mode follow the same rule', () => {
    expect(gradeFromTicks(question(6), [0, 1, 2, 3, 4]).score).toBe(10);
    expect(gradeFromTicks(question(6), [0, 1]).score).toBe(4);
    expect(gradeFromTicks(question(5), [0, 1, 2, 3]).score).toBe(8);
  });
});

describe('which question an answer fits is judged before the allowance', () => {
  // One point of five here is a fifth; one of six there is a sixth, though with the
  // allowance it would also earn a fifth. The answer is worded as the other
  // question's reference answer, so it is nearer that one in wording.
  const five = question(5);
  const six: Question = {
    ...question(6),
    id: 'other',
    prompt: '客户说包裹破损了，你怎么跟进？',
    answer: saying(1),
    analysis: saying(1),
  };
  const context = { timeLimit: 0, questions: [five, six] };
  it('one of five here is not taken for one of six there', () => {
    const grade = scoreAnswer(five, saying(1), context);
    expect(grade.flags.map((f) => f.code)).not.toContain('off-topic');
    expect(grade.score).toBe(2);
  });
});
