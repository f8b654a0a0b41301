import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { computeStats, type HistoryStats } from '../../src/history/stats.js';
import type { Lang } from '../../src/lang.js';
import type { HistoryRecord } from '../../src/store/record.js';
import { renderStats } from '../../src/ui/render/render-stats.js';
import { displayWidth } from '../../src/ui/text-width.js';
import { attempt, end, generateHistory, smallBank, start, wideBank } from './sample-history.js';

const at = (day: number, minute = 0) => new Date(Date.UTC(2025, 0, day, 9, minute)).toISOString();

const plan = ['g1', 'g2', 'c1', 'c2'];
const records: HistoryRecord[] = [
  start('p1', at(1), plan),
  attempt({
    session: 'p1',
    question: 'g1',
    section: 'greeting',
    auto_score: 3,
    points: 5,
    time_limit: 60,
    elapsed_ms: 30_000,
    missed: ['问候'],
    at: at(1, 1),
  }),
  attempt({
    session: 'p1',
    question: 'g2',
    section: 'greeting',
    auto_score: 4,
    self_score: 8,
    points: 10,
    time_limit: 120,
    elapsed_ms: 150_000,
    missed: ['动机', '问候'],
    at: at(1, 4),
  }),
  attempt({
    session: 'p1',
    question: 'c1',
    section: 'complaints',
    auto_score: 1,
    points: 5,
    time_limit: 60,
    elapsed_ms: 60_000,
    timed_out: true,
    text: '',
    missed: ['道歉', '时限'],
    at: at(1, 5),
  }),
  attempt({
    session: 'p1',
    question: 'c2',
    section: 'complaints',
    auto_score: 5,
    points: 5,
    time_limit: 60,
    elapsed_ms: 45_000,
    missed: [],
    at: at(1, 6),
  }),
  end('p1', at(1, 7)),
  start('d1', at(3), ['c1'], 'drill'),
  attempt({
    session: 'd1',
    question: 'c1',
    section: 'complaints',
    auto_score: 2,
    points: 5,
    time_limit: null,
    elapsed_ms: 70_000,
    missed: ['道歉'],
    at: at(3, 1),
  }),
  end('d1', at(3, 2)),
  start('p2', at(5), plan),
  attempt({
    session: 'p2',
    question: 'g1',
    section: 'greeting',
    auto_score: 5,
    points: 5,
    time_limit: 60,
    elapsed_ms: 20_000,
    missed: [],
    at: at(5, 1),
  }),
  end('p2', at(5, 2), 'interrupted'),
  start('p3', at(6), plan),
  // Another bank's history is not this one's.
  start('o1', at(2), plan, 'practice', 'bank-b'),
  attempt({
    bank: 'bank-b',
    session: 'o1',
    question: 'g1',
    auto_score: 0,
    missed: ['问候'],
    at: at(2, 1),
  }),
];

const stats = computeStats(records, smallBank, {
  bankId: 'bank-a',
  now: new Date(at(10)),
  timeZone: 'UTC',
});

describe('computeStats', () => {
  it('counts the interviews started and finished, and the answers of this bank', () => {
    expect(stats.interviews).toEqual({ taken: 3, finished: 1 });
    expect(stats.attempts).toBe(6);
  });

  it('scores each mock interview with answers, over every planned question', () => {
    expect(stats.sessions).toEqual([
      {
        session: 'p1',
        at: at(1),
        finished: true,
        answered: 4,
        planned: 4,
        score: 17,
        max: 25,
        sections: [
          { id: 'greeting', score: 11, max: 15 },
          { id: 'complaints', score: 6, max: 10 },
        ],
      },
      {
        session: 'p2',
        at: at(5),
        finished: false,
        answered: 1,
        planned: 4,
        score: 5,
        max: 25,
        sections: [
          { id: 'greeting', score: 5, max: 15 },
          { id: 'complaints', score: 0, max: 10 },
        ],
      },
    ]);
  });

  it('gives each section its latest and average share over the sessions that asked it', () => {
    expect(stats.sections).toEqual([
      { id: 'greeting', order: 1, title: '开场与自我介绍', last: 1, average: 0.867, sessions: 2 },
      { id: 'complaints', order: 2, title: '投诉处理', last: 0.4, average: 0.5, sessions: 2 },
    ]);
  });

  it('ranks the weakest questions by their latest share, then by the points missed in all', () => {
    const q = (id: string, section: number, prompt: string, rest: object) => ({
      id,
      section,
      prompt,
      ...rest,
    });
    expect(stats.weakest).toEqual([
      q('c1', 2, '客户因为快递延误很生气，你怎么回应？', {
        attempts: 2,
        latest: 0.4,
        average: 0.3,
        missedPoints: 7,
        trend: [0.2, 0.4],
        points: 5,
      }),
      q('g2', 1, '你为什么想做客服？', {
        attempts: 1,
        latest: 0.8,
        average: 0.8,
        missedPoints: 2,
        trend: [0.8],
        points: 10,
      }),
      // Both at 100% now: g1 missed 2 points before, c2 none.
      q('g1', 1, '请做一个简短的自我介绍。', {
        attempts: 2,
        latest: 1,
        average: 0.8,
        missedPoints: 2,
        trend: [0.6, 1],
        points: 5,
      }),
      q('c2', 2, '客户要求退款但超过了期限，你怎么办？', {
        attempts: 1,
        latest: 1,
        average: 1,
        missedPoints: 0,
        trend: [1],
        points: 5,
      }),
    ]);
  });

  it('counts every key point of an answer scored 0 as missed, though the matcher ticked some', () => {
    const zero = computeStats(
      [
        attempt({
          question: 'g2',
          auto_score: 4,
          self_score: 0,
          points: 10,
          covered: ['动机'],
          missed: ['问候'],
        }),
      ],
      smallBank,
      { bankId: 'bank-a', now: new Date(at(10)), timeZone: 'UTC' },
    );
    expect(zero.mostMissed.map((m) => m.point).sort()).toEqual(['动机', '问候']);
    expect(zero.weakest[0]).toMatchObject({ id: 'g2', latest: 0, missedPoints: 10 });
  });

  it('counts the key points missed', () => {
    expect(stats.mostMissed).toEqual([
      { point: '道歉', count: 2, questionIds: ['c1'] },
      { point: '问候', count: 2, questionIds: ['g1', 'g2'] },
      { point: '动机', count: 1, questionIds: ['g2'] },
      { point: '时限', count: 1, questionIds: ['c1'] },
    ]);
  });

  it('names a point by its own question, though another question has the same text', () => {
    // The same text in g1 and g2, each translated differently in the interface language.
    const names: Record<string, string> = { g1: 'Greeting', g2: 'Hello' };
    const named = computeStats(
      [
        attempt({ question: 'g1', missed: ['问候'], at: at(2) }),
        attempt({ question: 'g2', missed: ['问候'], at: at(3) }),
      ],
      smallBank,
      {
        bankId: 'bank-a',
        now: new Date(at(10)),
        timeZone: 'UTC',
        pointName: (id, point) => (point === '问候' ? (names[id] ?? point) : point),
      },
    );
    expect(named.mostMissed).toEqual([
      { point: 'Greeting', count: 1, questionIds: ['g1'] },
      { point: 'Hello', count: 1, questionIds: ['g2'] },
    ]);
  });

  it('measures time used against the limits, overall and per section', () => {
    expect(stats.time).toEqual({
      answered: 5,
      overLimit: 2,
      averageShareOfLimit: 0.767,
      sections: [
        {
          id: 'greeting',
          title: '开场与自我介绍',
          answered: 3,
          overLimit: 1,
          averageShareOfLimit: 0.694,
        },
        {
          id: 'complaints',
          title: '投诉处理',
          answered: 2,
          overLimit: 1,
          averageShareOfLimit: 0.875,
        },
      ],
    });
  });

  it('counts the answers due for review', () => {
    // g2 (Good on 01-01 → 01-04), c1 (Again twice → 01-04) and c2 (Easy on
    // 01-01 → 01-09) are due on 01-10; g1 (Hard, then Easy on 01-05) is not. A due
    // date is the start of its day, 4:00.
    expect(stats.due).toEqual({ now: 3, next: '2025-01-21T04:00:00.000Z', new: 0 });
  });

  it('is empty for an empty history', () => {
    const empty = computeStats([], smallBank, { bankId: 'bank-a', now: new Date(at(1)) });
    expect(empty).toEqual({
      attempts: 0,
      interviews: { taken: 0, finished: 0 },
      sessions: [],
      sections: [
        {
          id: 'greeting',
          order: 1,
          title: '开场与自我介绍',
          last: null,
          average: null,
          sessions: 0,
        },
        { id: 'complaints', order: 2, title: '投诉处理', last: null, average: null, sessions: 0 },
      ],
      weakest: [],
      mostMissed: [],
      time: {
        answered: 0,
        overLimit: 0,
        averageShareOfLimit: null,
        sections: [
          {
            id: 'greeting',
            title: '开场与自我介绍',
            answered: 0,
            overLimit: 0,
            averageShareOfLimit: null,
          },
          {
            id: 'complaints',
            title: '投诉处理',
            answered: 0,
            overLimit: 0,
            averageShareOfLimit: null,
          },
        ],
      },
      due: { now: 0, next: null, new: 4 },
    });
  });
});

const plain = (lang: Lang, width: number) => ({ lang, width, c: new Chalk({ level: 0 }) });
const HISTORY = '/home/user/.local/share/cs-interview/history.jsonl';

function expectFits(text: string, width: number) {
  for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
}

describe('renderStats', () => {
  it.each([
    ['zh', 40],
    ['zh', 100],
    ['en', 40],
    ['en', 100],
  ] as const)('%s at %i columns', (lang, width) => {
    const text = renderStats(plain(lang, width), stats, { historyPath: HISTORY, timeZone: 'UTC' });
    expectFits(text, width);
    expect(text).toMatchSnapshot();
  });

  it.each(['zh', 'en'] as const)('tells how to start on an empty history (%s)', (lang) => {
    const empty = computeStats([], smallBank, { bankId: 'bank-a', now: new Date(at(1)) });
    const text = renderStats(plain(lang, 40), empty, { historyPath: HISTORY });
    expectFits(text, 40);
    expect(text).toContain('cs-interview practice');
    expect(text).toMatchSnapshot();
  });

  it('carries no colour codes at level 0, and some at level 1', () => {
    const options = { historyPath: HISTORY, timeZone: 'UTC' };
    expect(renderStats(plain('zh', 80), stats, options)).not.toContain('\u001b[');
    const coloured = { lang: 'zh' as const, width: 80, c: new Chalk({ level: 1 }) };
    expect(renderStats(coloured, stats, options)).toContain('\u001b[');
  });

  it('says when the next review is due when nothing is', () => {
    const later: HistoryStats = {
      ...stats,
      due: { now: 0, next: '2025-01-21T04:00:00.000Z', new: 0 },
    };
    const text = renderStats(plain('en', 80), later, { historyPath: HISTORY, timeZone: 'UTC' });
    expect(text).toContain('Nothing due; next one due 2025-01-21 04:00');
  });
});

describe('a long history', () => {
  const long = generateHistory(75);
  const longStats = computeStats(long, wideBank, {
    bankId: 'bank-w',
    now: new Date(at(80)),
    timeZone: 'UTC',
  });

  it('has 1,500 answers of 75 interviews', () => {
    expect(longStats.attempts).toBe(1500);
    expect(longStats.interviews).toEqual({ taken: 75, finished: 68 });
    expect(longStats.weakest).toHaveLength(5);
    expect(longStats.mostMissed).toHaveLength(5);
  });

  it.each([
    ['zh', 40],
    ['en', 40],
    ['zh', 100],
    ['en', 100],
  ] as const)('renders within %s %i columns in under 40 lines', (lang, width) => {
    const text = renderStats(plain(lang, width), longStats, {
      historyPath: HISTORY,
      timeZone: 'UTC',
    });
    expectFits(text, width);
    expect(text.split('\n').length).toBeLessThan(40);
    if (lang === 'zh' && width === 40) expect(text).toMatchSnapshot();
  });

  // Speed is the benchmark's business (npm run bench); this checks the result holds at size.
  it('handles 10,000 answers', () => {
    const big = generateHistory(500);
    const stats = computeStats(big, wideBank, { bankId: 'bank-w', now: new Date(at(600)) });
    expect(stats.attempts).toBe(10_000);
  });
});
