import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lang.js';
import { gradeFromTicks } from '../../../src/scoring/grade-ticks.js';
import { scoreAnswer } from '../../../src/scoring/score-answer.js';
import { planSession } from '../../../src/session/plan.js';
import { summarize } from '../../../src/session/summarize.js';
import type { RenderContext } from '../../../src/ui/render/context.js';
import {
  renderAnswerKeyMarkdown,
  renderAnswerKeyText,
} from '../../../src/ui/render/render-answer-key.js';
import { renderFeedback } from '../../../src/ui/render/render-feedback.js';
import { renderList } from '../../../src/ui/render/render-list.js';
import { renderQuestion } from '../../../src/ui/render/render-question.js';
import { renderSummary } from '../../../src/ui/render/render-summary.js';
import { displayWidth } from '../../../src/ui/text-width.js';
import { sampleSections } from '../../fixtures/sample-sections.js';

const sections = sampleSections();
const plan = planSession(sections);
const item = plan[1];
if (!item) throw new Error('fixture changed');
// A short limit keeps this one-liner clear of the too-short cap: these tests are about rendering.
const grade = scoreAnswer(item.question, '非常理解您的心情，请提供订单号，我马上核实。', {
  timeLimit: 10,
});
const attempts = [
  {
    questionId: item.question.id,
    sectionId: item.section.id,
    text: '',
    timedOut: true,
    elapsedMs: 90_000,
    timeLimit: 90,
    grade,
    selfScore: null,
    mode: 'typed' as const,
  },
];

const cases: [Lang, number][] = [
  ['zh', 40],
  ['zh', 100],
  ['en', 40],
  ['en', 100],
];

function context(lang: Lang, width: number): RenderContext {
  return { lang, width, c: new Chalk({ level: 0 }) };
}

function expectWithin(text: string, width: number) {
  for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
}

describe.each(cases)('renderers in %s at %i columns', (lang, width) => {
  const ctx = context(lang, width);

  it('question', () => {
    const out = renderQuestion(ctx, item, 1, plan.length);
    expectWithin(out, width);
    expect(out).toMatchSnapshot();
  });

  it('feedback', () => {
    const out = renderFeedback(ctx, item.question, grade, attempts[0]);
    expectWithin(out, width);
    expect(out).toMatchSnapshot();
  });

  it('summary', () => {
    const out = renderSummary(ctx, summarize(plan, attempts), true);
    expectWithin(out, width);
    expect(out).toMatchSnapshot();
  });

  it('answer key', () => {
    const out = renderAnswerKeyText(ctx, sections);
    expectWithin(out, width);
    expect(out).toMatchSnapshot();
  });

  it('list', () => {
    const out = renderList(ctx, sections);
    expectWithin(out, width);
    expect(out).toMatchSnapshot();
  });
});

describe('feedback content', () => {
  const out = renderFeedback(context('zh', 100), item.question, grade, attempts[0]);

  it('marks covered points with the words that showed them and missed ones with ✗', () => {
    expect(out).toContain('✓ 先共情安抚 — 理解');
    expect(out).toContain('✓ 核实订单与证据 — 订单号、核实');
    expect(out).toContain('✗ 按规则给方案');
    expect(out).toContain('要点 2/4 · 得分 5 / 10 · 用时 01:30 / 01:30 · 时间到');
  });

  it('shows the reference answer and the analysis', () => {
    expect(out).toContain('参考答案');
    expect(out).toContain(item.question.answer);
    expect(out).toContain('解析');
  });
});

describe('oral feedback', () => {
  it('a ticked point (no words) ends without a dangling dash', () => {
    const ticked = gradeFromTicks(item.question, [0, 1]);
    const out = renderFeedback(context('zh', 100), item.question, ticked).split('\n');
    expect(out).toContain('  ✓ 先共情安抚');
    expect(out.filter((l) => l.includes('✓')).every((l) => !/—\s*$/.test(l))).toBe(true);
  });
});

describe('scorer notes', () => {
  it('says why a point with keywords counts as missed, and what capped the score', () => {
    const listed = scoreAnswer(item.question, '抱歉 理解 订单号 核实 退款 换货');
    const zh = renderFeedback(context('zh', 100), item.question, listed);
    expect(zh).toContain('✗ 先共情安抚');
    expect(zh).toMatch(/提到了“抱歉、理解”，但只是单独罗列/);
    expect(zh).toMatch(/^! 回答只有 \d+ 字/m);
    const en = renderFeedback(context('en', 40), item.question, listed);
    expect(en).toContain('bare words in a list');
    expectWithin(en, 40);
  });
});

describe('summary content', () => {
  it('aligns the columns of Chinese titles', () => {
    const out = renderSummary(context('zh', 60), summarize(plan, attempts), false).split('\n');
    const rows = out.filter((l) => /^(一|二|总分)/.test(l));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => displayWidth(r))).size).toBe(1);
    expect(out.join('\n')).toContain('面试小结');
  });
});

describe('an interrupted summary', () => {
  it('scores over the questions answered, and a section not reached shows a dash', () => {
    const out = renderSummary(context('zh', 60), summarize(plan, attempts), true);
    expect(out).toMatch(/^总分\s+5\/10\s/m);
    expect(out).toMatch(/^一 自我介绍与职业认知\s+—\s+—$/m);
    expect(out).not.toContain('/25');
    const finished = renderSummary(context('zh', 60), summarize(plan, attempts), false);
    expect(finished).toMatch(/^总分\s+5\/25\s/m);
  });
});

describe('untrusted bank text', () => {
  it('never reaches the terminal raw', () => {
    const evil = sampleSections();
    const q = evil[0]?.questions[0];
    if (!q || !evil[0]) throw new Error('fixture changed');
    evil[0].title = 'T\u001b]0;pwned\u0007';
    q.prompt = '问\u001b[2J题';
    q.answer = '答\u009b31m案\u202e';
    const outputs = [
      renderAnswerKeyText(context('zh', 80), evil),
      renderAnswerKeyMarkdown('zh', evil),
      renderList(context('zh', 80), evil),
      renderQuestion(context('zh', 80), planSession(evil)[0] ?? item, 0, 1),
    ];
    for (const out of outputs) {
      expect(out).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
      expect(out).toContain('\\x1b');
    }
  });
});

describe('answer key in Markdown', () => {
  it('has headings per section and question, and escapes markup', () => {
    const md = renderAnswerKeyMarkdown('zh', sections);
    expect(md).toMatch(/^# 参考答案/);
    expect(md).toContain('## 一、自我介绍与职业认知（1 题 · 5 分）');
    expect(md).toContain('### 1. 请用3分钟时间进行自我介绍');
    expect(md).toContain('- 用数据说明经验（数据、满意度、提升）');
    expect(md).toMatchSnapshot();
  });
});
