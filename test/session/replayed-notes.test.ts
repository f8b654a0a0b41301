import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';
import { replayedNotes } from '../../src/session/replayed-notes.js';
import { sampleAttempt } from '../store/sample-records.js';

const bank = await loadBank(resolve(import.meta.dirname, '../../questions'), { lang: 'zh' });
const question = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'scenarios-1');
if (!question) throw new Error('scenarios-1 is missing');
const context = scoringContext(bank);
const text =
  '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货。您加我微信，我私下给您转账退款。';

/** Short enough to be too short for the question's limit, though not without a limit. */
const short = '非常抱歉，我马上核实订单。';

function recordOf(timeLimit: number | null, gradedWith: number, answer = text) {
  const grade = scoreAnswer(question as NonNullable<typeof question>, answer, {
    ...context,
    timeLimit: gradedWith,
  });
  return sampleAttempt({
    question: 'scenarios-1',
    text: answer,
    time_limit: timeLimit,
    auto_score: grade.score,
    points: grade.max,
    covered: grade.keyPoints.filter((k) => k.covered).map((k) => k.point),
    missed: grade.keyPoints.filter((k) => !k.covered).map((k) => k.point),
  });
}

describe('replayedNotes', () => {
  it('gives the red flag and the cap of a timed answer graded again', () => {
    const notes = replayedNotes(recordOf(150, 150), question, context);
    expect(notes.cap?.because).toEqual(['red-flag']);
    expect(notes.flags?.map((f) => f.code)).toContain('red-flag');
  });

  it('tries both readings of a null limit (a run under --no-timer, a graded file)', () => {
    expect(replayedNotes(recordOf(null, 0), question, context).cap).toBeDefined();
    expect(replayedNotes(recordOf(null, question.time_limit), question, context).cap).toBeDefined();
  });

  it('finds the reading of a null limit that was graded, where their length judgements differ', () => {
    const untimed = replayedNotes(recordOf(null, 0, short), question, context);
    expect(untimed.flags).toEqual([]);
    expect(untimed.cap).toBeUndefined();
    const timed = replayedNotes(recordOf(null, question.time_limit, short), question, context);
    expect(timed.cap?.because).toEqual(['too-short']);
  });

  it('says nothing when the same score covered other key points', () => {
    const record = recordOf(150, 150, short);
    const [first, ...rest] = record.covered;
    expect(first).toBeDefined();
    const other = { ...record, covered: [record.missed[0] as string, ...rest] };
    expect(replayedNotes(record, question, context).cap).toBeDefined();
    expect(replayedNotes(other, question, context)).toEqual({});
  });

  it('says nothing when the grade again is not the one recorded, or for an oral answer', () => {
    const changed = { ...recordOf(150, 150), auto_score: 8 };
    expect(replayedNotes(changed, question, context)).toEqual({});
    expect(replayedNotes({ ...recordOf(150, 150), mode: 'oral' }, question, context)).toEqual({});
  });
});
