import { afterEach, describe, expect, it } from 'vitest';
import { pickDue, scheduleReviews } from '../../src/history/schedule.js';
import { userDay } from '../../src/history/user-day.js';
import type { AttemptRecord } from '../../src/store/record.js';
import { seededRandom } from '../seeded-random.js';
import { sampleAttempt } from '../store/sample-records.js';

const TZ = 'Asia/Shanghai';
/** A Beijing wall-clock time (UTC+8, no DST) as an instant. */
const beijing = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

function answer(question: string, at: Date, score: number): AttemptRecord {
  return sampleAttempt({ question, at: at.toISOString(), auto_score: score, points: 10 });
}

describe('userDay', () => {
  const days = userDay({ timeZone: TZ });

  it('counts 07:50 and 08:10 in Beijing as one day, though UTC midnight lies between', () => {
    const a = beijing('2026-12-01', '07:50').getTime();
    const b = beijing('2026-12-01', '08:10').getTime();
    expect(new Date(a).getUTCDate()).not.toBe(new Date(b).getUTCDate());
    expect(days.dayNumber(a)).toBe(days.dayNumber(b));
  });

  it('starts a day at 4:00 local time: 03:59 still belongs to the day before', () => {
    const late = beijing('2026-12-02', '03:59').getTime();
    const early = beijing('2026-12-02', '04:00').getTime();
    const evening = beijing('2026-12-01', '21:00').getTime();
    expect(days.dayNumber(late)).toBe(days.dayNumber(evening));
    expect(days.dayNumber(early)).toBe(days.dayNumber(evening) + 1);
    expect(new Date(days.dayStart(days.dayNumber(early)))).toEqual(beijing('2026-12-02', '04:00'));
  });

  it('takes another rollover hour', () => {
    const midnight = userDay({ timeZone: TZ, rolloverHour: 0 });
    const a = beijing('2026-12-02', '00:30').getTime();
    expect(midnight.dayNumber(a)).toBe(days.dayNumber(a) + 1);
  });

  it('keeps 4:00 across a daylight-saving change (New York, 2026-03-08)', () => {
    const ny = userDay({ timeZone: 'America/New_York' });
    const before = ny.dayNumber(Date.parse('2026-03-07T12:00:00-05:00'));
    // 4:00 EST (UTC−5) the day before the change, 4:00 EDT (UTC−4) on it and after.
    expect(new Date(ny.dayStart(before)).toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(new Date(ny.dayStart(before + 1)).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(ny.dayStart(before + 2)).toISOString()).toBe('2026-03-09T08:00:00.000Z');
  });

  describe('without a time zone it follows TZ', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it('TZ=Asia/Shanghai', () => {
      process.env.TZ = TZ;
      const local = userDay();
      const a = beijing('2026-12-01', '07:50').getTime();
      const b = beijing('2026-12-01', '08:10').getTime();
      expect(local.dayNumber(a)).toBe(local.dayNumber(b));
      expect(new Date(local.dayStart(local.dayNumber(a)))).toEqual(beijing('2026-12-01', '04:00'));
    });
  });
});

describe('the review schedule counts the user’s days', () => {
  it('two answers at 07:50 and 08:10 Beijing time are the same day for FSRS', () => {
    const straddling = scheduleReviews(
      [
        answer('q', beijing('2026-12-01', '07:50'), 8),
        answer('q', beijing('2026-12-01', '08:10'), 8),
      ],
      ['q'],
      { now: beijing('2026-12-01', '09:00'), timeZone: TZ },
    );
    const sameUtcDay = scheduleReviews(
      [
        answer('q', beijing('2026-12-01', '08:05'), 8),
        answer('q', beijing('2026-12-01', '08:10'), 8),
      ],
      ['q'],
      { now: beijing('2026-12-01', '09:00'), timeZone: TZ },
    );
    expect(straddling[0]?.due).toEqual(sameUtcDay[0]?.due);
    // Counted by UTC date, the first pair is a day apart and FSRS gives a longer interval.
    const utc = scheduleReviews(
      [
        answer('q', beijing('2026-12-01', '07:50'), 8),
        answer('q', beijing('2026-12-01', '08:10'), 8),
      ],
      ['q'],
      { now: beijing('2026-12-01', '09:00'), timeZone: 'UTC', rolloverHour: 0 },
    );
    expect(utc[0]?.due?.getTime()).toBeGreaterThan(straddling[0]?.due?.getTime() ?? 0);
  });

  it('an Again at 21:00 is due from 4:00 the next morning, not at 21:00', () => {
    const [q] = scheduleReviews([answer('q', beijing('2026-12-01', '21:00'), 0)], ['q'], {
      now: beijing('2026-12-01', '21:05'),
      timeZone: TZ,
    });
    if (!q) throw new Error('no schedule');
    expect(q.lastRating).toBe('again');
    expect(q.due).toEqual(beijing('2026-12-02', '04:00'));
    const picks = (time: string) =>
      pickDue([q], beijing('2026-12-02', time), { newLimit: 3 }).map((x) => x.id);
    expect(picks('03:30')).toEqual([]);
    expect(picks('07:30')).toEqual(['q']);
  });

  it('brings in at most newPerDay new questions a day, however many reviews are run', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `q${i + 1}`);
    const attempts: AttemptRecord[] = [];
    const run = (date: string, time: string) => {
      const now = beijing(date, time);
      const schedule = scheduleReviews(attempts, ids, { now, timeZone: TZ });
      const picked = pickDue(schedule, now, { newLimit: 3, newPerDay: 3, day: { timeZone: TZ } });
      for (const q of picked) attempts.push(answer(q.id, now, 10));
      return picked.map((q) => q.id);
    };
    expect(run('2026-12-01', '19:00')).toEqual(['q1', 'q2', 'q3']);
    expect(run('2026-12-01', '21:00')).toEqual([]);
    // After midnight it is still the evening's day.
    expect(run('2026-12-02', '01:30')).toEqual([]);
    expect(run('2026-12-02', '19:00')).toEqual(['q4', 'q5', 'q6']);
  });
});

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(timeZone: string): Intl.DateTimeFormat {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formats.set(timeZone, format);
  return format;
}

/**
 * The user's day counted the slow way: the offset of each instant itself
 * from Intl, no cache. The zones below change their offsets on whole UTC
 * hours, where the counter's hour offsets are exact.
 */
function uncachedDayNumber(ms: number, timeZone: string, rolloverHour = 4): number {
  const format = formats.get(timeZone) ?? formatOf(timeZone);
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year as number,
    (p.month as number) - 1,
    p.day as number,
    p.hour as number,
    p.minute as number,
    p.second as number,
  );
  const offset = wall - Math.floor(ms / 1000) * 1000;
  return Math.floor((ms + offset - rolloverHour * 3_600_000) / 86_400_000);
}

describe('userDay across changes of offset (its offsets are cached per day)', () => {
  // New York's DST changes; Beijing kept DST from 1986 to 1991; London and Sydney for the other hemisphere.
  const cases: [string, string, string][] = [
    ['America/New_York', '2024-01-01', '2025-12-31'],
    ['America/New_York', '2006-10-01', '2007-04-30'],
    ['Asia/Shanghai', '1986-01-01', '1991-12-31'],
    ['Europe/London', '2025-03-01', '2025-11-01'],
    ['Australia/Sydney', '2025-03-01', '2025-10-31'],
  ];
  for (const [timeZone, from, to] of cases)
    it(`gives the day the uncached count gives: ${timeZone}, ${from} to ${to}`, () => {
      const days = userDay({ timeZone });
      const start = Date.parse(`${from}T00:00:00Z`);
      const end = Date.parse(`${to}T23:59:59Z`);
      // Steps of 47 minutes fall on every hour of the day in turn, near each change too.
      for (let ms = start; ms <= end; ms += 47 * 60_000)
        expect(days.dayNumber(ms), new Date(ms).toISOString()).toBe(
          uncachedDayNumber(ms, timeZone),
        );
    });

  it('gives the same days in any order of asking, and the same with TZ set instead', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const system = userDay();
      const named = userDay({ timeZone: 'America/New_York' });
      const random = seededRandom(11);
      for (let i = 0; i < 5_000; i++) {
        // Around the spring and autumn changes of 2024, a minute at a time, in random order.
        const change =
          i % 2 === 0 ? Date.parse('2024-03-10T07:00:00Z') : Date.parse('2024-11-03T06:00:00Z');
        const ms = change + Math.floor(((random() - 0.5) * 2 * 36 * 3_600_000) / 60_000) * 60_000;
        const expected = uncachedDayNumber(ms, 'America/New_York');
        expect(system.dayNumber(ms)).toBe(expected);
        expect(named.dayNumber(ms)).toBe(expected);
        expect(named.dayStart(expected)).toBeLessThanOrEqual(ms);
        expect(named.dayStart(expected + 1)).toBeGreaterThan(ms);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
