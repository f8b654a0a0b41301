import { describe, expect, it } from 'vitest';
import { localizeBank } from '../../src/bank/localize.js';
import type { Bank, FollowUp, Question, Section } from '../../src/bank/types.js';
import { chooseFollowUps, gradeFollowUp } from '../../src/session/follow-ups.js';
import { planSession } from '../../src/session/plan.js';
import { type AnswerInput, runSession, type SessionIO } from '../../src/session/run-session.js';
import { summarize } from '../../src/session/summarize.js';

const calm: FollowUp = {
  id: 'q-fu-calm',
  prompt: '客户还是不接受呢？',
  after: '先共情安抚',
  time_limit: 45,
  key_points: [
    { point: '再次共情', keywords: ['理解', '抱歉'] },
    { point: '换个方案', keywords: ['换货', '补偿'] },
  ],
  translations: {
    en: {
      prompt: 'And if the customer still refuses?',
      key_points: [
        { point: 'Empathise again', keywords: ['understand', 'sorry'] },
        { point: 'Offer another way', keywords: ['exchange', 'compensation'] },
      ],
    },
  },
};
const check: FollowUp = {
  id: 'q-fu-check',
  prompt: '订单号查不到呢？',
  after: '核实订单',
  time_limit: 30,
  key_points: [{ point: '换方式核实', keywords: ['手机号', '截图'] }],
};
const example: FollowUp = {
  id: 'q-fu-example',
  prompt: '能举个具体的例子吗？',
  time_limit: 60,
  key_points: [{ point: '具体事例', keywords: ['有一次', '比如'] }],
};

function question(followUps: FollowUp[] = [calm, check, example]): Question {
  return {
    id: 'q',
    prompt: '客户投诉商品与描述不符，你怎么处理？',
    points: 10,
    time_limit: 90,
    answer: '先道歉表示理解，再核实订单，按规则退款，最后跟进。',
    analysis: '共情、核实、方案、跟进。',
    key_points: [
      { point: '先共情安抚', keywords: ['抱歉', '理解'] },
      { point: '核实订单', keywords: ['订单号', '核实'] },
      { point: '按规则给方案', keywords: ['退款', '换货'] },
    ],
    red_flags: [{ id: 'off-platform', wrong: '引到平台外', signs: ['加我微信'], scope: 'bank' }],
    follow_ups: followUps,
    translations: {
      en: {
        prompt: 'The item is not as described. What do you do?',
        answer: 'Apologise, check the order, refund by the rules, follow up.',
        analysis: 'Empathy, checking, a remedy, follow-up.',
        key_points: [
          { point: 'Calm first', keywords: ['sorry', 'understand'] },
          { point: 'Check the order', keywords: ['order number', 'check'] },
          { point: 'A remedy by the rules', keywords: ['refund', 'exchange'] },
        ],
      },
    },
  };
}

const covered = (...flags: boolean[]) => ({
  keyPoints: flags.map((c, i) => ({ point: `p${i}`, covered: c, matched: [] })),
});

describe('chooseFollowUps', () => {
  it('asks what the answer missed, in the order of the key points, at most two', () => {
    expect(chooseFollowUps(question(), covered(false, false, true)).map((f) => f.id)).toEqual([
      'q-fu-calm',
      'q-fu-check',
    ]);
    expect(chooseFollowUps(question(), covered(true, false, false)).map((f) => f.id)).toEqual([
      'q-fu-check',
    ]);
    const three = question([check, calm, { ...calm, id: 'q-fu-calm-2' }, example]);
    expect(chooseFollowUps(three, covered(false, false, false)).map((f) => f.id)).toEqual([
      'q-fu-calm',
      'q-fu-calm-2',
    ]);
  });

  it('presses on with an always-eligible one when nothing probed was missed', () => {
    expect(chooseFollowUps(question(), covered(true, true, true)).map((f) => f.id)).toEqual([
      'q-fu-example',
    ]);
    // Missed, but no follow-up probes that point: still one question more.
    expect(chooseFollowUps(question(), covered(true, true, false)).map((f) => f.id)).toEqual([
      'q-fu-example',
    ]);
    expect(chooseFollowUps(question([calm]), covered(true, true, true))).toEqual([]);
    expect(chooseFollowUps({ ...question(), follow_ups: undefined }, covered(false))).toEqual([]);
  });

  it('still finds the probed point in English, where `after` names the translated point', () => {
    const bank: Bank = { source: 'mem', sections: [section([question()])] };
    const en = localizeBank(bank, 'en').sections[0]?.questions[0] as Question;
    const chosen = chooseFollowUps(en, covered(false, true, true));
    expect(chosen.map((f) => [f.id, f.after, f.prompt])).toEqual([
      ['q-fu-calm', 'Calm first', 'And if the customer still refuses?'],
    ]);
  });
});

describe('gradeFollowUp', () => {
  it('scores on its own key points, one point each', () => {
    const grade = gradeFollowUp(question(), calm, { text: '我非常理解您的心情，可以给您换货。' });
    expect([grade.score, grade.max]).toEqual([2, 2]);
    const half = gradeFollowUp(question(), calm, { text: '我非常理解您的心情，会再想办法。' });
    expect([half.score, half.max]).toEqual([1, 2]);
    expect(half.keyPoints.map((k) => k.covered)).toEqual([true, false]);
  });

  it("caps on the question's red flags too", () => {
    const grade = gradeFollowUp(question(), calm, {
      text: '我理解您的心情，您加我微信，我私下给您换货。',
    });
    expect(grade.flags?.some((f) => f.code === 'red-flag' && f.id === 'off-platform')).toBe(true);
    expect(grade.score).toBeLessThanOrEqual(0.4);
  });

  it('takes ticked points in oral mode', () => {
    expect(gradeFollowUp(question(), calm, { text: '', ticked: [1] }).score).toBe(1);
  });
});

function section(questions: Question[]): Section {
  return { id: 's', order: 1, title: '情景', points: 10, time_limit: 90, file: 'mem', questions };
}

class Interrupt extends Error {}

function scripted(answers: AnswerInput[]): SessionIO & { log: string[] } {
  const log: string[] = [];
  let i = 0;
  const take = async () => {
    const a = answers[i++];
    if (a === undefined) throw new Interrupt();
    return a;
  };
  return {
    log,
    showQuestion: (item) => log.push(`Q ${item.question.id}`),
    ask: take,
    askFollowUp: async (_item, followUp, limit) => {
      log.push(`FU ${followUp.id} ${limit}`);
      return take();
    },
    onFollowUp: (_a, f) => log.push(`saved ${f.followUpId}`),
    showFeedback: (_item, a) => {
      log.push(`F ${a.grade.score} [${(a.followUps ?? []).map((f) => f.grade.score).join(',')}]`);
    },
    next: async () => {},
    isInterrupt: (e) => e instanceof Interrupt,
  };
}

describe('runSession with follow-ups', () => {
  const plan = planSession([section([question()])], { time: 10 });
  const main = { text: '非常抱歉，我理解您，会按规则给您退款。', timedOut: false, elapsedMs: 5000 };

  it('asks the follow-up on the missed point before the feedback, and keeps its answer', async () => {
    const io = scripted([
      main,
      { text: '换个办法，请您提供手机号或者付款截图', timedOut: false, elapsedMs: 9000 },
    ]);
    const outcome = await runSession(plan, io);
    expect(io.log).toEqual(['Q q', 'FU q-fu-check 30', 'saved q-fu-check', 'F 6.7 [1]']);
    const followUp = outcome.attempts[0]?.followUps?.[0];
    expect(followUp).toMatchObject({ followUpId: 'q-fu-check', after: '核实订单', timeLimit: 30 });
    expect(followUp?.elapsedMs).toBe(9000);
  });

  it('asks none with followUps: false (--no-follow-ups)', async () => {
    const io = scripted([main]);
    const outcome = await runSession(plan, io, {}, { followUps: false });
    expect(io.log).toEqual(['Q q', 'F 6.7 []']);
    expect(outcome.attempts[0]?.followUps).toBeUndefined();
  });

  it('gives a follow-up no timer under --no-timer', async () => {
    const untimed = planSession([section([question()])], { timer: false });
    const io = scripted([main, { text: '手机号', timedOut: false, elapsedMs: 1 }]);
    await runSession(untimed, io);
    expect(io.log[1]).toBe('FU q-fu-check null');
  });

  it('counts follow-ups beside the total, never in it', async () => {
    const io = scripted([main, { text: '请您提供手机号', timedOut: false, elapsedMs: 1 }]);
    const outcome = await runSession(plan, io);
    const summary = summarize(plan, outcome.attempts);
    expect([summary.score, summary.max]).toEqual([6.7, 10]);
    expect(summary.followUps).toEqual({ asked: 1, score: 1, max: 1 });
  });

  it('keeps the main answer when Ctrl+C comes during a follow-up', async () => {
    const io = scripted([main]);
    const outcome = await runSession(plan, io);
    expect(outcome.interrupted).toBe(true);
    expect(outcome.attempts.map((a) => a.grade.score)).toEqual([6.7]);
  });
});
