import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { paceOf } from '../../src/scoring/length.js';
import { containsKeyword, normalizeForMatch } from '../../src/scoring/normalize.js';
import { roundScore, scoreAnswer } from '../../src/scoring/score-answer.js';
import { sampleSections } from '../fixtures/sample-sections.js';

const [intro, scenarios] = sampleSections();
const question = scenarios?.questions[0];
const abuse = scenarios?.questions[1];
const selfIntro = intro?.questions[0];
if (!question || !abuse || !selfIntro) throw new Error('fixture changed');
const bank: Question[] = [selfIntro, question, abuse];
/** No timer: the length check is off, so only coverage shows. */
const untimed = { timeLimit: 0 };

describe('normalizeForMatch', () => {
  it.each([
    ['ＳＬＡ　标准', 'sla标准'],
    ['订单 号', '订单号'],
    ['“抱歉，”', '抱歉'],
    ['訂單號', '订单号'],
    ['請提供訂單號碼，我們會儘快處理', '请提供订单号码我们会尽快处理'],
    ['退貨、換貨，運費由商家負擔', '退货换货运费由商家负担'],
    ['ＧＤＰＲ，２４小時', 'gdpr24小时'],
  ])('%s → %s', (input, expected) => expect(normalizeForMatch(input)).toBe(expected));
});

describe('containsKeyword', () => {
  it.each([
    ['请提供订单 号', '订单号', true],
    ['請提供訂單號', '订单号', true],
    ['符合ＧＤＰＲ的要求', 'GDPR', true],
    ['符合 GDPR 的要求', 'GDPR', true],
    ['we meet the SLA.', 'SLA', true],
    ['a SLAB of text', 'SLA', false],
    ['GDPRS', 'GDPR', false],
    ['按 Trade  Assurance 处理', 'trade assurance', true],
    ['没有关系', '关系人', false],
    ['anything', '', false],
  ])('%s contains %s: %s', (text, keyword, expected) =>
    expect(containsKeyword(text, keyword)).toBe(expected),
  );
});

const covered = (text: string, q: Question = question, context = {}) =>
  scoreAnswer(q, text, { ...untimed, ...context }).keyPoints.map((k) => k.covered);

describe('coverage by what the answer says', () => {
  it.each([
    // A keyword in a clause that says something else counts.
    ['非常理解您的心情，请提供订单号，我马上核实。', [true, true, false, false]],
    // Traditional characters and full-width forms.
    ['非常理解您的心情，請提供訂單號，我馬上核實。', [true, true, false, false]],
    ['非常理解您的心情，请提供ＯＲＤＥＲ和照片，之後跟進到底', [true, true, false, true]],
    // A bare keyword next to a real clause still counts: people do say "抱歉，我马上查".
    ['抱歉，我马上帮您查一下', [true, false, false, false]],
    // Keywords strung together count for nothing, with commas or without.
    ['抱歉，理解，订单号，核实，退款，换货，跟进，回访', [false, false, false, false]],
    ['抱歉 理解 订单号 核实 退款 换货 跟进 回访', [false, false, false, false]],
    ['我会抱歉理解订单号照片核实退款换货补偿跟进回访', [false, false, false, false]],
    // A near-form: one character inserted into a keyword of three or more.
    ['麻烦您提供一下订单编号，我帮您看看', [false, true, false, false]],
  ])('%s → %j', (text, expected) => expect(covered(text)).toEqual(expected));

  it('explains why a point is missed', () => {
    const grade = scoreAnswer(question, '抱歉，订单号，退款，跟进。我们之后再联系您。', untimed);
    expect(grade.keyPoints.map((k) => k.reason)).toEqual([
      { code: 'bare-keywords', keywords: ['抱歉'] },
      { code: 'bare-keywords', keywords: ['订单号'] },
      { code: 'bare-keywords', keywords: ['退款'] },
      undefined,
    ]);
    const none = scoreAnswer(question, '我会认真对待这个问题，让客户满意。', untimed);
    expect(none.keyPoints.every((k) => k.reason?.code === 'no-keyword')).toBe(true);
  });

  it('reports near-forms apart from exact matches', () => {
    const grade = scoreAnswer(question, '麻烦您提供一下订单编号，我帮您看看', untimed);
    expect(grade.keyPoints[1]).toMatchObject({ matched: ['订单号'], nearForms: ['订单号'] });
  });

  it('matches Latin keywords as whole words, in any width', () => {
    const latin: Question = {
      ...question,
      key_points: [{ point: '数据保护', keywords: ['GDPR'] }],
    };
    expect(covered('我们要遵守ＧＤＰＲ的规定', latin)).toEqual([true]);
    expect(covered('我们要遵守 gdpr 的规定', latin)).toEqual([true]);
    expect(covered('我们要遵守GDPRX的规定', latin)).toEqual([false]);
  });
});

describe('flags and caps', () => {
  it('flags a keyword list and caps it', () => {
    const grade = scoreAnswer(
      question,
      '抱歉，体谅，订单号，照片，核实，退款，换货，补偿，跟进，回访',
      untimed,
    );
    expect(grade.flags.map((f) => f.code)).toEqual(['keyword-list']);
    expect(grade.score).toBe(0);
  });

  it('does not count keywords copied from the question', () => {
    const q: Question = {
      ...question,
      key_points: [{ point: '说明描述不符', keywords: ['描述与实际不符'] }],
    };
    const grade = scoreAnswer(
      q,
      '客户投诉商品质量，但商品页面描述与实际不符，我会如何安抚并解决',
      untimed,
    );
    expect(grade.keyPoints[0]).toMatchObject({
      covered: false,
      reason: { code: 'from-question', keywords: ['描述与实际不符'] },
    });
    expect(grade.flags[0]).toMatchObject({ code: 'copies-question' });
  });

  it('caps an answer far too short for the time limit, in proportion', () => {
    // 180 s: 600–750 字 at 200–250 a minute; the threshold is 10 % of 600.
    const text =
      '我做过两年客服，满意度提升到百分之九十八，我擅长沟通和倾听，目标是成长为骨干，谢谢。';
    const grade = scoreAnswer(selfIntro, text);
    expect(grade.flags[0]).toEqual({
      code: 'too-short',
      actual: 37,
      threshold: 60,
      expected: { min: 600, max: 750 },
      timeLimit: 180,
      pace: { min: 200, max: 250 },
    });
    expect(grade.rawScore).toBe(5);
    expect(grade.score).toBe(roundScore(5 * 0.5 * (37 / 60)));
    expect(grade.cap).toEqual({
      code: 'capped',
      at: 1.5,
      max: 5,
      rawScore: 5,
      because: ['too-short'],
    });
  });

  it.each([
    [90, 30],
    [150, 50],
    [180, 60],
  ])('a %i-second limit flags answers under %i 字', (timeLimit, threshold) => {
    const grade = scoreAnswer(question, '好', { timeLimit });
    expect(grade.flags[0]).toMatchObject({ code: 'too-short', threshold });
  });

  it('names the question an off-topic answer fits, and gives it nothing', () => {
    const text =
      '我会先保持冷静，不和他对骂，按直播间规则提醒他文明发言，不听就禁言，同时保留证据，上报运营处理。';
    const grade = scoreAnswer(question, text, { questions: bank, timeLimit: 0 });
    expect(grade.flags).toContainEqual(
      expect.objectContaining({ code: 'off-topic', fits: { id: abuse.id, prompt: abuse.prompt } }),
    );
    expect(grade.score).toBe(0);
    expect(scoreAnswer(abuse, text, { questions: bank, timeLimit: 0 }).flags).toEqual([]);
  });

  it('gives an on-topic answer that covers nothing a floor, but not an off-topic one', () => {
    const text = '客户说商品和页面描述的不一样，我会先看看是哪里不一样，再想办法解决。';
    const grade = scoreAnswer(question, text, { questions: bank, timeLimit: 0 });
    expect(grade.flags.map((f) => f.code)).toEqual(['on-topic-floor']);
    expect(grade.score).toBe(1);
  });
});

describe('scoreAnswer basics', () => {
  it('gives full points when every key point is covered', () => {
    const grade = scoreAnswer(
      question,
      '非常抱歉，请提供订单号，我核实后为您换货，并会跟进。',
      untimed,
    );
    expect(grade.score).toBe(10);
    expect(grade.keyPoints.every((k) => k.covered)).toBe(true);
  });

  it('gives the covered share of the points, to one decimal', () => {
    const grade = scoreAnswer(question, '我理解您的心情，马上为您退款。', untimed);
    expect(grade.score).toBe(5);
    expect(grade.keyPoints.map((k) => k.covered)).toEqual([true, false, true, false]);
    expect(grade.keyPoints[0]?.matched).toEqual(['理解']);
  });

  it('rounds thirds', () => {
    expect(scoreAnswer(selfIntro, '我的客户满意度很高', untimed).score).toBe(1.7);
  });

  it('gives nothing for an empty answer', () => {
    const grade = scoreAnswer(question, '');
    expect(grade.score).toBe(0);
    expect(grade.max).toBe(10);
  });

  it('is deterministic', () => {
    const text = '非常理解您的心情，请提供订单号，我马上核实。';
    expect(scoreAnswer(question, text, { questions: bank })).toEqual(
      scoreAnswer(question, text, { questions: bank }),
    );
  });
});

describe('the pace a question is held to', () => {
  it.each([
    ['我会先向客户道歉，再核实订单，最后给出方案。', { min: 200, max: 250 }],
    ['I would apologise first, then check the order and offer a fix.', { min: 130, max: 160 }],
    ['我会遵守 GDPR 和 SLA 的要求。', { min: 200, max: 250 }],
  ])('%s', (answer, pace) => expect(paceOf(answer)).toEqual(pace));

  it('holds English answers to words at 130–160 a minute', () => {
    const english = {
      ...selfIntro,
      answer: 'I have two years of experience in customer service and I listen well.',
    };
    const grade = scoreAnswer(english, 'I worked in customer service for two years.');
    expect(grade.flags[0]).toMatchObject({
      code: 'too-short',
      expected: { min: 390, max: 480 },
      threshold: 39,
    });
  });
});
