import { describe, expect, it } from 'vitest';
import type { ChoiceItem } from '../../src/bank/choice-types.js';
import type { Section } from '../../src/bank/types.js';
import { itemClock, quizTimeUp } from '../../src/quiz/clock.js';
import { bankLettersOf, presentItem, shownLetters } from '../../src/quiz/present.js';
import { randomFromSeed } from '../../src/quiz/random.js';
import { judge, scoreQuiz } from '../../src/quiz/score.js';
import { selectQuiz } from '../../src/quiz/select.js';

const labels = { true: '对', false: '错' };

function item(id: string, over: Partial<ChoiceItem> = {}): ChoiceItem {
  return {
    id,
    type: 'single',
    prompt: `题 ${id}`,
    options: ['甲', '乙', '丙', '丁'],
    correct: 'C',
    explanation: '因为丙',
    source: '《某规则》',
    points: 1,
    time_limit: 60,
    ...over,
  };
}

function section(id: string, choices: ChoiceItem[]): Section {
  return {
    id,
    order: 1,
    title: id,
    points: 1,
    time_limit: 60,
    questions: [],
    choices,
    file: `${id}.yaml`,
  };
}

const bank = [
  section('rules', [item('r1'), item('r2'), item('r3'), item('r4'), item('r5')]),
  section('more', [item('m1', { type: 'true_false', options: [], correct: false })]),
];

describe('selectQuiz', () => {
  it('asks every choice item in bank order, options as written', () => {
    const quiz = selectQuiz(bank, { labels });
    expect(quiz.map((p) => p.item.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'm1']);
    expect(quiz[0]?.options.map((o) => o.text)).toEqual(['甲', '乙', '丙', '丁']);
    expect(quiz[0]?.correct).toEqual([2]);
    expect(quiz[5]?.options.map((o) => o.text)).toEqual(['对', '错']);
    expect(quiz[5]?.correct).toEqual([1]);
  });

  it('cuts to --count and takes one section when asked', () => {
    expect(selectQuiz(bank, { labels, count: 2 }).map((p) => p.item.id)).toEqual(['r1', 'r2']);
    expect(selectQuiz([bank[1] as Section], { labels }).map((p) => p.section)).toEqual(['more']);
  });

  it('shuffles items and options with a seed, relabelling letters, the same for the same seed', () => {
    const a = selectQuiz(bank, { labels, shuffle: true, random: randomFromSeed(7) });
    const b = selectQuiz(bank, { labels, shuffle: true, random: randomFromSeed(7) });
    expect(a.map((p) => p.item.id)).toEqual(b.map((p) => p.item.id));
    expect(a.map((p) => p.item.id)).not.toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'm1']);
    expect(a.map((p) => p.item.id).sort()).toEqual(['m1', 'r1', 'r2', 'r3', 'r4', 'r5']);
    for (const p of a) {
      // The right option is still 丙 wherever it went; true/false keeps A 对 / B 错.
      if (p.item.type === 'true_false') expect(p.options.map((o) => o.text)).toEqual(['对', '错']);
      else expect(p.correct.map((i) => p.options[i]?.text)).toEqual(['丙']);
    }
    const moved = a.filter((p) => p.item.type === 'single' && p.correct[0] !== 2);
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('judging and scoring', () => {
  it('judges exactly the right options, and records them in the bank letters', () => {
    const multiple = item('x', { type: 'multiple', correct: ['A', 'D'] });
    const shown = presentItem(multiple, 'rules', labels, randomFromSeed(3));
    const right = shown.correct;
    expect(judge(shown, right, { timedOut: false, elapsedMs: 1 }).right).toBe(true);
    expect(judge(shown, right.slice(0, 1), { timedOut: false, elapsedMs: 1 }).right).toBe(false);
    const wrongOne = [0, 1, 2, 3].find((i) => !right.includes(i)) as number;
    expect(judge(shown, [...right, wrongOne], { timedOut: false, elapsedMs: 1 }).right).toBe(false);
    expect(judge(shown, [], { timedOut: true, elapsedMs: 1 }).right).toBe(false);
    expect(bankLettersOf(shown, right)).toEqual(['A', 'D']);
    expect(shownLetters([2, 0])).toEqual(['A', 'C']);
  });

  it('scores right/total with the items missed, unanswered ones counted unless interrupted', () => {
    const quiz = selectQuiz(bank, { labels });
    const t = { timedOut: false, elapsedMs: 1000 };
    const answers = [
      judge(quiz[0] as never, [2], t),
      judge(quiz[1] as never, [1], t),
      judge(quiz[2] as never, [2], t),
    ];
    const score = scoreQuiz(quiz, answers);
    expect([score.right, score.total]).toEqual([2, 6]);
    expect(score.wrong.map((a) => a.presented.item.id)).toEqual(['r2']);
    expect(score.unanswered.map((p) => p.item.id)).toEqual(['r4', 'r5', 'm1']);
    const cut = scoreQuiz(quiz, answers, true);
    expect([cut.right, cut.total, cut.unanswered.length]).toEqual([2, 3, 0]);
  });
});

describe('itemClock', () => {
  it('gives an item its own limit, or what is left of the whole quiz when that ends first', () => {
    expect(itemClock({ item: 30, total: null }, 0)).toEqual({ limitMs: 30_000, by: 'item' });
    expect(itemClock({ item: null, total: 600 }, 0)).toEqual({ limitMs: 600_000, by: 'quiz' });
    expect(itemClock({ item: 30, total: 600 }, 100_000)).toEqual({ limitMs: 30_000, by: 'item' });
    expect(itemClock({ item: 30, total: 600 }, 590_000)).toEqual({ limitMs: 10_000, by: 'quiz' });
    expect(itemClock({ item: null, total: null }, 5)).toEqual({ limitMs: null, by: null });
    expect(quizTimeUp({ item: null, total: 600 }, 600_000)).toBe(true);
    expect(quizTimeUp({ item: 30, total: null }, 10 ** 9)).toBe(false);
  });
});
