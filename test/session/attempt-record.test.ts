import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/session/attempt.js';
import { toAttemptRecord } from '../../src/session/attempt-record.js';
import { decodeLine, encodeRecord } from '../../src/store/record-line.js';

const attempt: Attempt = {
  questionId: 'greeting-1',
  sectionId: 'greeting',
  text: '您好，我是客服小李。',
  timedOut: false,
  elapsedMs: 31_500,
  timeLimit: 120,
  grade: {
    score: 2.5,
    max: 5,
    keyPoints: [
      { point: '问候', covered: true, matched: ['您好'] },
      { point: '询问需求', covered: false, matched: [] },
    ],
  },
  selfScore: 3,
  mode: 'oral',
};

describe('toAttemptRecord', () => {
  it('maps a graded attempt to its record', () => {
    const record = toAttemptRecord(attempt, {
      session: 's-9',
      bank: 'default',
      id: 'feed',
      at: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    });
    expect(record).toEqual({
      v: 1,
      kind: 'attempt',
      id: 'feed',
      session: 's-9',
      bank: 'default',
      question: 'greeting-1',
      section: 'greeting',
      mode: 'oral',
      text: '您好，我是客服小李。',
      elapsed_ms: 31_500,
      time_limit: 120,
      timed_out: false,
      auto_score: 2.5,
      self_score: 3,
      points: 5,
      covered: ['问候'],
      missed: ['询问需求'],
      at: '2025-01-02T03:04:05.000Z',
    });
    expect(decodeLine(encodeRecord(record))).toEqual({ record });
  });

  it('gives a new id and the current time by default', () => {
    const before = Date.now();
    const record = toAttemptRecord(attempt, { session: 's', bank: 'b' });
    const after = Date.now();
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    // Between the clock read before and after, however long that took.
    expect(Date.parse(record.at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(record.at)).toBeLessThanOrEqual(after);
  });
});
