import { describe, expect, it } from 'vitest';
import { planSession } from '../../src/session/plan.js';
import { type AnswerInput, runSession, type SessionIO } from '../../src/session/run-session.js';
import { summarize } from '../../src/session/summarize.js';
import { sampleSections } from '../fixtures/sample-sections.js';

class Interrupt extends Error {}

function scriptedIO(answers: (AnswerInput | 'ctrl-c')[]): SessionIO & { log: string[] } {
  const log: string[] = [];
  let i = 0;
  return {
    log,
    showQuestion: (item) => log.push(`Q ${item.question.id}`),
    ask: async () => {
      const a = answers[i++];
      if (a === 'ctrl-c' || a === undefined) throw new Interrupt();
      return a;
    },
    showFeedback: (_item, attempt) => {
      log.push(`F ${attempt.questionId} ${attempt.grade.score}`);
    },
    next: async () => {
      log.push('next');
    },
    isInterrupt: (e) => e instanceof Interrupt,
  };
}

// A short limit keeps these one-line answers clear of the too-short cap:
// these tests are about the flow, test/scoring about the scores.
const plan = planSession(sampleSections(), { time: 10 });

describe('runSession', () => {
  it('asks, grades and shows feedback for every question, without waiting after the last', async () => {
    const io = scriptedIO([
      {
        text: '我的满意度数据提升很多，善于沟通，目标是加入阿里',
        timedOut: false,
        elapsedMs: 60_000,
      },
      { text: '非常抱歉，请提供订单号', timedOut: false, elapsedMs: 30_000 },
      { text: '', timedOut: true, elapsedMs: 90_000 },
    ]);
    const outcome = await runSession(plan, io);
    expect(outcome.interrupted).toBe(false);
    expect(io.log).toEqual([
      'Q self-intro-1',
      'F self-intro-1 5',
      'next',
      'Q scenarios-1',
      'F scenarios-1 5',
      'next',
      'Q scenarios-2',
      'F scenarios-2 0',
    ]);
    expect(outcome.attempts[2]?.timedOut).toBe(true);
  });

  it('keeps every graded answer when interrupted', async () => {
    const io = scriptedIO([{ text: '抱歉，我理解', timedOut: false, elapsedMs: 1000 }, 'ctrl-c']);
    const outcome = await runSession(plan, io);
    expect(outcome.interrupted).toBe(true);
    expect(outcome.attempts.map((a) => a.questionId)).toEqual(['self-intro-1']);
  });

  it('lets other errors through', async () => {
    const io = scriptedIO([]);
    io.ask = async () => {
      throw new TypeError('bug');
    };
    await expect(runSession(plan, io)).rejects.toThrow('bug');
  });
});

describe('summarize', () => {
  it('totals by section over the whole plan and ranks missed points', async () => {
    const io = scriptedIO([
      { text: '我把客户的满意度提升了不少', timedOut: false, elapsedMs: 100_000 },
      { text: '先说声抱歉，再马上给客户退款', timedOut: false, elapsedMs: 50_000 },
      'ctrl-c',
    ]);
    const { attempts } = await runSession(plan, io);
    const summary = summarize(plan, attempts);
    expect(summary.sections.map((s) => [s.id, s.score, s.max, s.answered, s.questions])).toEqual([
      ['self-intro', 1.7, 5, 1, 1],
      ['scenarios', 5, 20, 1, 2],
    ]);
    expect(summary.score).toBe(6.7);
    expect(summary.max).toBe(25);
    expect(summary.elapsedMs).toBe(150_000);
    expect(summary.sections[0]?.limitMs).toBe(10_000);
    expect(summary.mostMissed.map((m) => [m.point, m.lost])).toEqual([
      ['核实订单与证据', 2.5],
      ['跟进到底', 2.5],
      ['突出沟通技能', 1.7],
      ['说明求职动机', 1.7],
    ]);
  });
});

describe('self-rating and oral answers', () => {
  it('keeps both scores; the self-rating counts in the summary', async () => {
    const io = scriptedIO([
      { text: '我把客户的满意度提升了不少', timedOut: false, elapsedMs: 1000 },
      { text: '先说声抱歉，安抚客户', timedOut: false, elapsedMs: 1000 },
      { text: '', timedOut: true, elapsedMs: 90_000 },
    ]);
    const ratings = [4, null, 2];
    io.rate = async () => ratings.shift() ?? null;
    const outcome = await runSession(plan, io);
    expect(io.log).not.toContain('next');
    expect(outcome.attempts.map((a) => [a.grade.score, a.selfScore])).toEqual([
      [1.7, 4],
      [2.5, null],
      [0, 2],
    ]);
    const summary = summarize(plan, outcome.attempts);
    expect(summary.score).toBe(8.5);
    expect(summary.autoScore).toBe(4.2);
    expect(summary.selfRated).toBe(2);
  });

  it('an interrupted self-rating keeps the graded answer', async () => {
    const io = scriptedIO([{ text: '抱歉', timedOut: false, elapsedMs: 1000 }]);
    io.rate = async () => {
      throw new Interrupt();
    };
    const outcome = await runSession(plan, io);
    expect(outcome.interrupted).toBe(true);
    expect(outcome.attempts).toHaveLength(1);
    expect(outcome.attempts[0]?.selfScore).toBeNull();
  });

  it('grades an oral answer from the ticked key points', async () => {
    const io = scriptedIO([
      { text: '', timedOut: false, elapsedMs: 5000, ticked: [0, 2] },
      { text: '', timedOut: false, elapsedMs: 5000, ticked: [] },
      { text: '', timedOut: true, elapsedMs: 90_000, ticked: [0, 1] },
    ]);
    const outcome = await runSession(plan, io);
    expect(outcome.attempts.map((a) => [a.mode, a.grade.score])).toEqual([
      ['oral', 3.3],
      ['oral', 0],
      ['oral', 10],
    ]);
    expect(outcome.attempts[0]?.grade.keyPoints.map((k) => k.covered)).toEqual([true, false, true]);
  });
});
