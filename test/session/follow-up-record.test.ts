import { describe, expect, it } from 'vitest';
import { toFollowUpRecord } from '../../src/session/attempt-record.js';
import { attemptFromRecord, findUnfinished } from '../../src/session/resume.js';
import type { HistoryRecord } from '../../src/store/record.js';
import { decodeLine, encodeRecord } from '../../src/store/record-line.js';
import { validateRecord } from '../../src/store/validate-record.js';
import { sampleAttempt } from '../store/sample-records.js';

const followUp = toFollowUpRecord(
  {
    followUpId: 'scenarios-1-fu-1',
    after: '先共情安抚',
    text: '我会再次道歉，并给出换货的方案',
    timedOut: false,
    elapsedMs: 20_000,
    timeLimit: 45,
    mode: 'typed',
    grade: {
      score: 1,
      max: 2,
      keyPoints: [
        { point: '再次共情', covered: true, matched: ['道歉'] },
        { point: '换个方案', covered: false, matched: [] },
      ],
    },
  },
  { attemptId: '0123456789abcdef', questionId: 'scenarios-1' },
  { session: 's-1', bank: 'default', id: 'f0f0', at: new Date('2025-01-02T03:05:00Z') },
);

describe('follow-up records', () => {
  it('round-trip through a line of the log', () => {
    const decoded = decodeLine(encodeRecord(followUp));
    expect(decoded).toEqual({ record: followUp });
    expect(followUp).toMatchObject({
      kind: 'follow-up',
      attempt: '0123456789abcdef',
      follow_up: 'scenarios-1-fu-1',
      covered: ['再次共情'],
      missed: ['换个方案'],
    });
  });

  it('are skipped quietly by a reader that does not know the kind (an older one)', () => {
    const value = JSON.parse(JSON.stringify({ ...followUp, kind: 'follow-up-v9' }));
    expect(validateRecord(value, 1)).toEqual({ skipped: { v: 1, kind: 'follow-up-v9' } });
  });

  it('come back into their attempt on resume, for the summary', () => {
    const start: HistoryRecord = {
      v: 1,
      kind: 'session-start',
      id: 'st',
      at: '2025-01-02T03:00:00Z',
      session: 's-1',
      command: 'practice',
      bank: 'default',
      plan: ['greeting-1', 'scenarios-1'],
    };
    const attempt = sampleAttempt({ id: '0123456789abcdef' });
    const point = findUnfinished([start, attempt, followUp], 'default');
    expect(point?.followUps).toEqual([followUp]);
    const back = attemptFromRecord(attempt, point?.followUps);
    expect(back.followUps?.map((f) => [f.followUpId, f.grade.score, f.grade.max])).toEqual([
      ['scenarios-1-fu-1', 1, 2],
    ]);
    expect(attemptFromRecord(sampleAttempt({ id: 'other' }), point?.followUps).followUps).toBe(
      undefined,
    );
  });
});
