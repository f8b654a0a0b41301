import { describe, expect, it } from 'vitest';
import { rateAttempt } from '../../src/history/rating.js';
import { pickDue, scheduleReviews } from '../../src/history/schedule.js';
import { quizAnswersAsAttempts } from '../../src/quiz/review-answers.js';
import type { QuizAnswerRecord } from '../../src/store/record.js';

function answer(question: string, right: boolean, at: string): QuizAnswerRecord {
  return {
    v: 1,
    kind: 'quiz-answer',
    id: `${question}-${at}`,
    at,
    session: 's1',
    bank: 'builtin',
    question,
    section: 'platform-rules',
    type: 'single',
    chosen: right ? ['C'] : ['A'],
    right,
    elapsed_ms: 5000,
    time_limit: 60,
    timed_out: false,
  };
}

describe('quiz answers in the review schedule', () => {
  it('rates a right answer Good and a wrong one Again, also a wrong one out of time', () => {
    const [right, wrong] = quizAnswersAsAttempts([
      answer('a', true, '2026-12-01T10:00:00.000Z'),
      answer('b', false, '2026-12-01T10:00:00.000Z'),
    ]);
    expect(rateAttempt(right as never)).toBe('good');
    expect(rateAttempt(wrong as never)).toBe('again');
    const late = { ...answer('c', false, '2026-12-01T10:00:00.000Z'), chosen: [], timed_out: true };
    expect(rateAttempt(quizAnswersAsAttempts([late])[0] as never)).toBe('again');
  });

  it('makes the missed item due the next day, before the one answered right', () => {
    const records = [
      answer('missed', false, '2026-12-01T10:00:00.000Z'),
      answer('known', true, '2026-12-01T10:00:00.000Z'),
    ];
    const ids = ['missed', 'known', 'never'];
    const schedule = (now: string) =>
      scheduleReviews(quizAnswersAsAttempts(records), ids, {
        now: new Date(now),
        bankId: 'builtin',
      });
    const due = (now: string) =>
      pickDue(schedule(now), new Date(now), { newLimit: 0 }).map((q) => q.id);
    expect(due('2026-12-01T12:00:00.000Z')).toEqual([]);
    expect(due('2026-12-02T10:00:00.000Z')).toEqual(['missed']);
    expect(due('2026-12-30T10:00:00.000Z')).toEqual(['missed', 'known']);
  });
});
