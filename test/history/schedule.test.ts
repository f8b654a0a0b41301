import { describe, expect, it } from 'vitest';
import {
  countDue,
  nextDue,
  pickDue,
  type QuestionSchedule,
  scheduleReviews,
} from '../../src/history/schedule.js';
import type { AttemptRecord } from '../../src/store/record.js';
import { sampleAttempt } from '../store/sample-records.js';

const DAY = 86_400_000;
const START = Date.parse('2025-03-01T09:00:00.000Z');
const day = (iso: string) => iso.slice(0, 10);

/** A fake clock that moves a day at a time. */
function fakeClock(start = START) {
  let t = start;
  return {
    now: () => new Date(t),
    tick: (ms = DAY) => {
      t += ms;
    },
  };
}

function answer(question: string, at: Date, score: number, extra: Partial<AttemptRecord> = {}) {
  return sampleAttempt({ question, at: at.toISOString(), auto_score: score, points: 5, ...extra });
}

/**
 * Runs `review` once a day for `days` days: asks what is due (and `newLimit`
 * new questions), answering each with `scoreOf(id)`. Returns the days each
 * question was asked and the attempts.
 */
function simulate(
  ids: string[],
  scoreOf: (id: string) => number,
  options: { days: number; newLimit: number; retention?: number },
) {
  const clock = fakeClock();
  const attempts: AttemptRecord[] = [];
  const asked = new Map<string, string[]>(ids.map((id) => [id, []]));
  const perDay: string[][] = [];
  for (let d = 0; d < options.days; d++) {
    const now = clock.now();
    const schedule = scheduleReviews(attempts, ids, {
      now,
      retention: options.retention,
      timeZone: 'UTC',
    });
    const picked = pickDue(schedule, now, { newLimit: options.newLimit });
    perDay.push(picked.map((q) => q.id));
    for (const q of picked) {
      attempts.push(answer(q.id, now, scoreOf(q.id)));
      asked.get(q.id)?.push(day(now.toISOString()));
    }
    clock.tick();
  }
  return { attempts, asked, perDay, end: clock.now() };
}

describe('scheduleReviews over a simulated month', () => {
  const month = simulate(['good', 'bad'], (id) => (id === 'good' ? 4 : 1), {
    days: 30,
    newLimit: 2,
  });

  it('asks a question answered well (Good) at growing intervals: 3, then 14 days', () => {
    expect(month.asked.get('good')).toEqual(['2025-03-01', '2025-03-04', '2025-03-18']);
    const after = scheduleReviews(month.attempts, ['good', 'bad'], {
      now: month.end,
      timeZone: 'UTC',
    });
    expect(after[0]).toEqual({
      id: 'good',
      due: new Date('2025-05-14T04:00:00.000Z'),
      state: 'review',
      reps: 3,
      lapses: 0,
      lastRating: 'good',
      firstSeen: new Date('2025-03-01T09:00:00.000Z'),
    });
  });

  it('brings a question answered badly (Again) back the next day, every day', () => {
    expect(month.asked.get('bad')).toHaveLength(30);
    const after = scheduleReviews(month.attempts, ['good', 'bad'], {
      now: month.end,
      timeZone: 'UTC',
    });
    expect(after[1]).toMatchObject({
      id: 'bad',
      due: new Date('2025-03-31T04:00:00.000Z'),
      reps: 30,
      lastRating: 'again',
    });
  });

  it('schedules by the first answer: Again 1 day, Hard 2, Good 3, Easy 8', () => {
    const at = new Date(START);
    const dues = [1, 3, 4, 5].map((score) => {
      const [q] = scheduleReviews([answer('q', at, score)], ['q'], { now: at, timeZone: 'UTC' });
      return q?.due?.toISOString();
    });
    expect(dues).toEqual([
      '2025-03-02T04:00:00.000Z',
      '2025-03-03T04:00:00.000Z',
      '2025-03-04T04:00:00.000Z',
      '2025-03-09T04:00:00.000Z',
    ]);
  });

  it('gives shorter intervals for a higher desired retention (0.95 vs 0.9)', () => {
    const strict = simulate(['good'], () => 4, { days: 30, newLimit: 1, retention: 0.95 });
    expect(strict.asked.get('good')).toEqual([
      '2025-03-01',
      '2025-03-04',
      '2025-03-10',
      '2025-03-25',
    ]);
    const [q] = scheduleReviews(strict.attempts, ['good'], {
      now: strict.end,
      retention: 0.95,
      timeZone: 'UTC',
    });
    expect(q?.due).toEqual(new Date('2025-04-28T04:00:00.000Z'));
  });

  it('is deterministic (no fuzz)', () => {
    const again = simulate(['good', 'bad'], (id) => (id === 'good' ? 4 : 1), {
      days: 30,
      newLimit: 2,
    });
    expect(again.asked).toEqual(month.asked);
  });
});

describe('new questions', () => {
  it('are introduced newLimit per call, in bank order, after the due ones', () => {
    const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
    const { perDay } = simulate(ids, () => 4, { days: 5, newLimit: 2 });
    expect(perDay).toEqual([['q1', 'q2'], ['q3', 'q4'], ['q5'], ['q1', 'q2'], ['q3', 'q4']]);
  });

  it('respect newPerDay over the last 24 hours', () => {
    const now = new Date(START);
    const schedule = scheduleReviews(
      [answer('q1', new Date(START - 3_600_000), 4)],
      ['q1', 'q2', 'q3', 'q4'],
      { now },
    );
    expect(pickDue(schedule, now, { newLimit: 3, newPerDay: 2 }).map((q) => q.id)).toEqual(['q2']);
    expect(pickDue(schedule, now, { newLimit: 3 }).map((q) => q.id)).toEqual(['q2', 'q3', 'q4']);
    expect(pickDue(schedule, now, { newLimit: 0 })).toEqual([]);
  });
});

describe('pickDue and nextDue', () => {
  const at = (days: number) => new Date(START + days * DAY);
  const entry = (id: string, due: Date | null): QuestionSchedule => ({
    id,
    due,
    state: due ? 'review' : 'new',
    reps: due ? 1 : 0,
    lapses: 0,
    lastRating: due ? 'good' : null,
    firstSeen: due ? at(-30) : null,
  });
  const schedule = [
    entry('a', at(-1)),
    entry('b', at(-5)),
    entry('c', at(3)),
    entry('n1', null),
    entry('d', at(0)),
    entry('n2', null),
  ];

  it('puts the most overdue first, then the new ones in bank order', () => {
    expect(pickDue(schedule, at(0), { newLimit: 5 }).map((q) => q.id)).toEqual([
      'b',
      'a',
      'd',
      'n1',
      'n2',
    ]);
    expect(countDue(schedule, at(0))).toBe(3);
  });

  it('says when the next one is due when nothing is', () => {
    const later = schedule.filter((q) => q.id === 'c' || q.due === null);
    expect(pickDue(later, at(0), { newLimit: 0 })).toEqual([]);
    expect(nextDue(later)).toEqual(at(3));
    expect(nextDue(schedule, at(0))).toEqual(at(3));
    expect(nextDue([entry('n', null)])).toBeNull();
  });
});

describe('what counts', () => {
  const now = new Date(START + 10 * DAY);
  it('only answers of the given bank, of questions still in it, before now', () => {
    const attempts = [
      answer('q', new Date(START), 4, { bank: 'other' }),
      answer('gone', new Date(START), 4),
      answer('q', new Date(START + 20 * DAY), 4),
    ];
    const schedule = scheduleReviews(attempts, ['q'], { now, bankId: 'default' });
    expect(schedule).toEqual([
      {
        id: 'q',
        due: null,
        state: 'new',
        reps: 0,
        lapses: 0,
        lastRating: null,
        firstSeen: null,
      },
    ]);
  });

  it('replays answers in time order whatever the order of the log', () => {
    const first = answer('q', new Date(START), 1);
    const second = answer('q', new Date(START + DAY), 4);
    const [inOrder] = scheduleReviews([first, second], ['q'], { now });
    const [shuffled] = scheduleReviews([second, first], ['q'], { now });
    expect(shuffled).toEqual(inOrder);
    expect(inOrder?.lastRating).toBe('good');
  });
});
