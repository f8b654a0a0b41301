import type { KeyPoint, Question } from '../../src/bank/types.js';

/** The steps of a complaint, in the order a good answer takes them. */
export const COMPLAINT_POINTS: KeyPoint[] = [
  { point: '共情', keywords: ['抱歉', '不好意思', '理解'] },
  { point: '核实', keywords: ['核实', '订单号'] },
  { point: '方案', keywords: ['退款', '换货'] },
  { point: '跟进', keywords: ['跟进', '回访'] },
];

/** A question built inline, so the tests do not move when the shipped bank is edited. */
export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'complaint',
    prompt: '客户投诉商品质量，你会怎么处理？',
    points: 10,
    time_limit: 180,
    answer: '',
    analysis: '',
    key_points: COMPLAINT_POINTS,
    ...overrides,
  };
}
