import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { analyzeAnswer } from '../../src/insights/analyze-answer.js';
import type { Insights } from '../../src/insights/types.js';
import { renderInsights } from '../../src/ui/render/render-insights.js';
import { displayWidth } from '../../src/ui/text-width.js';
import { makeQuestion } from './question.js';

const full: Insights = {
  length: { chars: 312, spokenSeconds: 85, limitSeconds: 150, pacePerMinute: 180, verdict: 'fits' },
  topWords: [
    { word: '客户', count: 4 },
    { word: '订单', count: 3 },
    { word: '核实', count: 2 },
  ],
  phrases: {
    used: ['您', '抱歉', '核实'],
    said: ['您', '抱歉', '核实'],
    missing: ['跟进', '反馈', '感谢', '请'],
  },
  fillers: [{ word: '然后', count: 4 }],
  structure: {
    expected: ['共情', '核实', '方案', '跟进'],
    found: ['共情', '核实', '方案'],
    inOrder: true,
  },
};

const bare: Insights = {
  length: { chars: 11, spokenSeconds: 3, limitSeconds: 180, verdict: 'too-short' },
  topWords: [],
  phrases: { used: [], said: [], missing: ['您', '抱歉'] },
  fillers: [
    { word: '嗯', count: 2 },
    { word: '那个', count: 1 },
  ],
  structure: { expected: ['共情', '核实'], found: ['共情'], inOrder: true },
};

const swapped: Insights = {
  length: { chars: 420, spokenSeconds: 115, limitSeconds: 100, verdict: 'fits' },
  topWords: [],
  phrases: { used: ['您'], said: ['您'], missing: [] },
  fillers: [],
  structure: {
    expected: ['先共情安抚', '核实订单与证据', '按规则给出可选方案'],
    found: ['按规则给出可选方案', '先共情安抚', '核实订单与证据'],
    inOrder: false,
    firstOutOfOrder: '按规则给出可选方案',
  },
};

describe('renderInsights', () => {
  it.each([
    [
      'zh',
      100,
      full,
      [
        '字数 312（约 1 分 25 秒说完，限时 2 分 30 秒：合适）· 输入速度 180 字/分',
        '常用词：客户 ×4、订单 ×3、核实 ×2',
        '客服用语：用了 您、抱歉、核实；可以加上 跟进、反馈、感谢',
        '口头禅：然后 ×4 —— 正式面试时尽量少用',
        '结构：共情 → 核实 → 方案 ✓ 顺序合理',
      ],
    ],
    [
      'zh',
      40,
      full,
      [
        '字数 312（约 1 分 25 秒说完，限时 2 分',
        '  30 秒：合适）· 输入速度 180 字/分',
        '常用词：客户 ×4、订单 ×3、核实 ×2',
        '客服用语：用了 您、抱歉、核实；可以加',
        '  上 跟进、反馈、感谢',
        '口头禅：然后 ×4 —— 正式面试时尽量少用',
        '结构：共情 → 核实 → 方案 ✓ 顺序合理',
      ],
    ],
    [
      'en',
      100,
      full,
      [
        '312 words (about 1 min 25 s to say; limit 2 min 30 s: fits) · typing 180 words/min',
        'Most used: 客户 ×4, 订单 ×3, 核实 ×2',
        'Service phrases: used 您, 抱歉, 核实; could add follow up, feedback, thank you',
        'Fillers: 然后 ×4 — use fewer in the interview',
        'Structure: 共情 → 核实 → 方案 ✓ sensible order',
      ],
    ],
    [
      'en',
      40,
      full,
      [
        '312 words (about 1 min 25 s to say;',
        '  limit 2 min 30 s: fits) · typing 180',
        '  words/min',
        'Most used: 客户 ×4, 订单 ×3, 核实 ×2',
        'Service phrases: used 您, 抱歉, 核实;',
        '  could add follow up, feedback, thank',
        '  you',
        'Fillers: 然后 ×4 — use fewer in the',
        '  interview',
        'Structure: 共情 → 核实 → 方案 ✓',
        '  sensible order',
      ],
    ],
    [
      'zh',
      100,
      bare,
      [
        '字数 11（约 3 秒说完，限时 3 分钟：太短）',
        '客服用语：可以加上 您、抱歉',
        '口头禅：嗯 ×2、那个 ×1（共 3 次） —— 正式面试时尽量少用',
      ],
    ],
    [
      'en',
      100,
      bare,
      [
        '11 words (about 3 s to say; limit 3 min: too short)',
        'Service phrases: could add polite "you", sorry',
        'Fillers: 嗯 ×2, 那个 ×1 (3 in all) — use fewer in the interview',
      ],
    ],
    [
      'zh',
      40,
      swapped,
      [
        '字数 420（约 1 分 55 秒说完，限时 1 分',
        '  40 秒：合适，需语速稍快）',
        '客服用语：用了 您',
        '结构：按规则给出可选方案 → 先共情安抚',
        '  → 核实订单与证据 ✗ 建议顺序：先共情安',
        '  抚 → 核实订单与证据 → 按规则给出可选方',
        '  案',
      ],
    ],
    [
      'en',
      100,
      swapped,
      [
        '420 words (about 1 min 55 s to say; limit 1 min 40 s: fits at a brisk pace)',
        'Service phrases: used 您',
        'Structure: 按规则给出可选方案 → 先共情安抚 → 核实订单与证据 ✗ try: 先共情安抚 → 核实订单与证据 →',
        '  按规则给出可选方案',
      ],
    ],
  ] as const)('%s at %i columns', (lang, width, insights, expected) => {
    expect(renderInsights(insights, lang, width)).toEqual(expected);
  });

  it('shows bank text safely', () => {
    const evil: Insights = {
      ...swapped,
      structure: { expected: ['a\u001b[2Jb', 'c'], found: ['a\u001b[2Jb', 'c'], inOrder: true },
    };
    expect(renderInsights(evil, 'en', 100).at(-1)).toBe(
      'Structure: a\\x1b[2Jb → c ✓ sensible order',
    );
  });

  it('fits every line of every reference answer into 40 and 100 columns', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'zh' });
    for (const q of bank.sections.flatMap((s) => s.questions)) {
      const insights = analyzeAnswer(q.answer, q, { elapsedMs: 240_000 });
      for (const lang of ['zh', 'en'] as const) {
        for (const width of [40, 100]) {
          const lines = renderInsights(insights, lang, width);
          // Length and words always; phrases and structure only where the answer has them
          // (a self-introduction about the platforms speaks to no customer).
          expect(lines.length).toBeGreaterThanOrEqual(2);
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('names the words the answer wrote, not the group they belong to', () => {
    const text = 'I would apologise to you, then verify the order and follow up.';
    const lines = renderInsights(analyzeAnswer(text, makeQuestion()), 'en', 100);
    expect(lines).toContain('Service phrases: used apologise, verify, follow up');
    const zh = renderInsights(
      analyzeAnswer('我先向您道歉，再核对订单。', makeQuestion()),
      'zh',
      100,
    );
    expect(zh).toContain('客服用语：用了 您、道歉、核对');
  });

  it('renders an analysed answer end to end', () => {
    const text = '嗯，然后我先核实订单号，然后给您退款，然后跟进。';
    const question = makeQuestion({
      answer: '我会说：“非常抱歉，我理解您的心情，马上为您核实。”',
      analysis: '先共情，再核实，然后给方案，最后跟进。',
    });
    expect(renderInsights(analyzeAnswer(text, question, { elapsedMs: 30_000 }), 'zh', 100)).toEqual(
      [
        '字数 20（约 5 秒说完，限时 3 分钟：太短）· 输入速度 40 字/分',
        '客服用语：用了 您、核实、跟进；可以加上 抱歉、理解、马上',
        '口头禅：然后 ×3、嗯 ×1（共 4 次） —— 正式面试时尽量少用',
        '结构：核实 → 方案 → 跟进 ✓ 顺序合理',
      ],
    );
  });

  it('judges length against the limit in force, and not at all without one', () => {
    const text = '我先核实订单号，然后给您退款，再跟进结果。';
    const question = makeQuestion();
    const line = (timeLimit?: number | null) =>
      renderInsights(analyzeAnswer(text, question, { timeLimit }), 'zh', 100)[0];
    // 18 字 take 5 s: a bit short for --time 15, far too short for the question's 3 minutes.
    expect(line(15)).toBe('字数 18（约 5 秒说完，限时 15 秒：偏短）');
    expect(line()).toBe('字数 18（约 5 秒说完，限时 3 分钟：太短）');
    expect(line(null)).toBe('字数 18（约 5 秒说完，不限时）');
    expect(renderInsights(analyzeAnswer(text, question, { timeLimit: null }), 'en', 100)[0]).toBe(
      '18 words (about 5 s to say; no limit)',
    );
  });

  it('shows no order line where the analysis asks for no order', () => {
    const text = '我会跟进，也会核实。';
    const lines = renderInsights(analyzeAnswer(text, makeQuestion()), 'zh', 100);
    expect(lines.some((l) => l.startsWith('结构'))).toBe(false);
  });
});
