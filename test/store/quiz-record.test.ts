import { describe, expect, it } from 'vitest';
import type { QuizAnswerRecord } from '../../src/store/record.js';
import { decodeLine, encodeRecord } from '../../src/store/record-line.js';

const record: QuizAnswerRecord = {
  v: 1,
  kind: 'quiz-answer',
  id: '0123456789abcdef',
  at: '2026-12-01T10:00:00.000Z',
  session: 'abc123',
  bank: 'builtin',
  question: 'return-start',
  section: 'platform-rules',
  type: 'multiple',
  chosen: ['A', 'C'],
  right: true,
  elapsed_ms: 4200,
  time_limit: 60,
  timed_out: false,
};

describe('quiz-answer records', () => {
  it('round-trip through a log line', () => {
    expect(decodeLine(encodeRecord(record))).toEqual({ record });
  });

  it('are refused when a field is wrong, like every known kind', () => {
    const bad = { ...record, right: 'yes' } as unknown as QuizAnswerRecord;
    expect(decodeLine(encodeRecord(bad))).toEqual({
      error: { code: 'field', field: 'right', expected: 'boolean' },
    });
  });

  it('an unknown kind is skipped quietly: how a version from before quiz reads a quiz-answer line', () => {
    const line = encodeRecord({ ...record, kind: 'quiz-answer-v9' } as unknown as QuizAnswerRecord);
    expect(decodeLine(line)).toEqual({ skipped: { v: 1, kind: 'quiz-answer-v9' } });
  });
});
