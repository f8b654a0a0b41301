import { describe, expect, it } from 'vitest';
import { attemptFromRecord, findUnfinished } from '../../src/session/resume.js';
import type { AttemptRecord, HistoryRecord } from '../../src/store/record.js';

let n = 0;
const base = (session: string) => ({
  v: 1 as const,
  id: `r${n++}`,
  at: `2026-11-25T10:00:${String(n).padStart(2, '0')}Z`,
  session,
});
const start = (
  session: string,
  plan: string[],
  command: 'practice' | 'drill' | 'review' = 'practice',
  bank = 'builtin',
): HistoryRecord => ({
  ...base(session),
  kind: 'session-start',
  command,
  bank,
  plan,
});
const attempt = (session: string, question: string): AttemptRecord => ({
  ...base(session),
  kind: 'attempt',
  bank: 'builtin',
  question,
  section: 's',
  mode: 'typed',
  text: `answer to ${question}`,
  elapsed_ms: 1000,
  time_limit: 60,
  timed_out: false,
  auto_score: 3,
  self_score: 4,
  points: 5,
  covered: ['a'],
  missed: ['b', 'c'],
});
const draft = (session: string, question: string, text: string): HistoryRecord => ({
  ...base(session),
  kind: 'draft',
  bank: 'builtin',
  question,
  text,
  elapsed_ms: 5000,
});
const end = (session: string, reason: 'finished' | 'interrupted'): HistoryRecord => ({
  ...base(session),
  kind: 'session-end',
  reason,
});

describe('findUnfinished', () => {
  it('finds the interrupted practice with its answers and the draft of the question it stopped at', () => {
    const point = findUnfinished(
      [
        start('A', ['q1', 'q2', 'q3']),
        attempt('A', 'q1'),
        draft('A', 'q2', '写了一半'),
        end('A', 'interrupted'),
      ],
      'builtin',
    );
    expect(point?.session).toBe('A');
    expect(point?.attempts.map((a) => a.question)).toEqual(['q1']);
    expect(point?.draft?.question).toBe('q2');
    expect(point?.plan).toEqual(['q1', 'q2', 'q3']);
  });

  it('treats a session without an end (killed) as unfinished', () => {
    expect(findUnfinished([start('A', ['q1', 'q2']), attempt('A', 'q1')], 'builtin')?.session).toBe(
      'A',
    );
  });

  it.each([
    ['finished', [start('A', ['q1']), attempt('A', 'q1'), end('A', 'finished')]],
    ['every question answered, end lost', [start('A', ['q1']), attempt('A', 'q1')]],
    [
      'a newer practice finished',
      [start('A', ['q1', 'q2']), end('A', 'interrupted'), start('B', ['q1']), end('B', 'finished')],
    ],
    ['only drills', [start('A', ['q1', 'q2'], 'drill'), end('A', 'interrupted')]],
    [
      'another bank',
      [start('A', ['q1', 'q2'], 'practice', '/other/bank'), end('A', 'interrupted')],
    ],
    ['no history', []],
  ] as [string, HistoryRecord[]][])('nothing to resume: %s', (_name, records) => {
    expect(findUnfinished(records, 'builtin')).toBeUndefined();
  });

  it('finds the latest run of the command asked, past newer runs of the other commands', () => {
    const records = [
      start('P', ['q1', 'q2']),
      start('D', ['q3', 'q4'], 'drill'),
      attempt('D', 'q3'),
      draft('D', 'q4', '写到一半'),
      end('D', 'interrupted'),
      start('R', ['q5'], 'review'),
      end('R', 'interrupted'),
      start('D2', ['q6'], 'drill', 'other-bank'),
    ];
    const drill = findUnfinished(records, 'builtin', 'drill');
    expect(drill?.session).toBe('D');
    expect(drill?.attempts.map((a) => a.question)).toEqual(['q3']);
    expect(drill?.draft?.text).toBe('写到一半');
    expect(findUnfinished(records, 'builtin', 'review')?.session).toBe('R');
    expect(findUnfinished(records, 'builtin')?.session).toBe('P');
    // A finished drill after the interrupted one is what the user left: nothing to resume.
    expect(
      findUnfinished(
        [...records, start('D3', ['q1'], 'drill'), end('D3', 'finished')],
        'builtin',
        'drill',
      ),
    ).toBeUndefined();
  });

  it('keeps the options the interview began with, --no-follow-ups among them', () => {
    const begun = { ...start('A', ['q1', 'q2']), time: 45, timer: true, oral: true };
    expect(findUnfinished([begun, attempt('A', 'q1')], 'builtin')?.options).toEqual({
      time: 45,
      timer: true,
      oral: true,
    });
    const quiet = { ...start('B', ['q1', 'q2']), timer: true, follow_ups: false };
    expect(findUnfinished([quiet, attempt('B', 'q1')], 'builtin')?.options).toEqual({
      timer: true,
      followUps: false,
    });
  });

  it('drops a draft whose question was answered after all', () => {
    const point = findUnfinished(
      [start('A', ['q1', 'q2']), draft('A', 'q1', 'x'), attempt('A', 'q1')],
      'builtin',
    );
    expect(point?.draft).toBeUndefined();
  });
});

describe('attemptFromRecord', () => {
  it('rebuilds what the summary needs', () => {
    const a = attemptFromRecord(attempt('A', 'q1'));
    expect(a).toMatchObject({ questionId: 'q1', selfScore: 4, elapsedMs: 1000, timeLimit: 60 });
    expect(a.grade.score).toBe(3);
    expect(a.grade.keyPoints.map((k) => [k.point, k.covered])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
  });
});
