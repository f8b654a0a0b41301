import { describe, expect, it } from 'vitest';
import { planSession } from '../../src/session/plan.js';
import { selectSection } from '../../src/session/select-section.js';
import { sampleSections } from '../fixtures/sample-sections.js';

const sections = sampleSections();

describe('planSession', () => {
  it('asks every question in bank order with its own limit', () => {
    const plan = planSession(sections);
    expect(plan.map((p) => [p.question.id, p.timeLimit])).toEqual([
      ['self-intro-1', 180],
      ['scenarios-1', 90],
      ['scenarios-2', 90],
    ]);
  });

  it('--time replaces every limit and --no-timer removes them', () => {
    expect(planSession(sections, { time: 30 }).map((p) => p.timeLimit)).toEqual([30, 30, 30]);
    expect(planSession(sections, { timer: false, time: 30 }).map((p) => p.timeLimit)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('--count cuts the plan', () => {
    expect(planSession(sections, { count: 2 }).map((p) => p.question.id)).toEqual([
      'self-intro-1',
      'scenarios-1',
    ]);
  });

  it('--shuffle reorders within a section, with an injectable random source', () => {
    const plan = planSession(sections.slice(1), { shuffle: true, random: () => 0 });
    expect(plan.map((p) => p.question.id)).toEqual(['scenarios-2', 'scenarios-1']);
  });
});

describe('selectSection', () => {
  it.each([
    ['2', 'scenarios'],
    ['二', 'scenarios'],
    ['scenarios', 'scenarios'],
    ['SCENARIOS', 'scenarios'],
    ['情景模拟与问题解决', 'scenarios'],
    ['情景模拟', 'scenarios'],
    ['１', 'self-intro'],
    ['一', 'self-intro'],
  ])('%s → %s', (name, id) => expect(selectSection(sections, name)?.id).toBe(id));

  it.each(['3', '三', 'nope', '', '与'])('%s → nothing', (name) =>
    expect(selectSection(sections, name)).toBeUndefined(),
  );
});
