import { describe, expect, it } from 'vitest';
import type { Question, Section } from '../../src/bank/types.js';
import { coreSections, drawSections } from '../../src/session/plan.js';
import { seededRandom } from '../seeded-random.js';

const q = (id: string, points: number, core?: boolean): Question => ({
  id,
  prompt: id,
  points,
  time_limit: 60,
  answer: 'a',
  analysis: 'b',
  key_points: [{ point: 'p', keywords: ['k'] }],
  ...(core ? { core } : {}),
});
const s = (id: string, order: number, questions: Question[]): Section => ({
  id,
  order,
  title: id,
  points: 10,
  time_limit: 60,
  file: `${id}.yaml`,
  questions,
});

const bank = [
  s('a', 1, [q('a1', 5, true), q('a2', 10, true), q('a3', 5), q('a4', 10), q('a5', 5)]),
  s('b', 2, [q('b1', 10), q('b2', 10, true), q('b3', 10)]),
  s('extra', 3, [q('x1', 10), q('x2', 10)]),
];
const shape = (sections: Section[]) =>
  sections.map((x) => [x.id, x.questions.map((y) => y.points).sort()]);

describe('coreSections', () => {
  it('keeps the core questions, and drops a section without any', () => {
    expect(coreSections(bank).map((x) => [x.id, x.questions.map((y) => y.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b2']],
    ]);
  });

  it('is the whole bank when none is marked core', () => {
    const plain = [s('p', 1, [q('p1', 5), q('p2', 5)])];
    expect(coreSections(plain)).toEqual(plain);
  });
});

describe('drawSections', () => {
  it('draws the core shape from the whole pool: sections, counts and points', () => {
    const random = seededRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const drawn = drawSections(bank, random);
      expect(shape(drawn)).toEqual(shape(coreSections(bank)));
      for (const x of drawn) for (const y of x.questions) seen.add(y.id);
    }
    // Non-core questions are drawn too, and never from a section the core does not have.
    expect(seen.has('a3') && seen.has('a4') && seen.has('b1')).toBe(true);
    expect(seen.has('x1')).toBe(false);
  });
});

describe('the shipped bank', async () => {
  const { loadBank } = await import('../../src/bank/load-bank.js');
  const { planSession } = await import('../../src/session/plan.js');
  const bank = await loadBank(new URL('../../questions', import.meta.url).pathname, { lang: 'zh' });
  const points = (sections: Section[]) =>
    planSession(sections).reduce((n, p) => n + p.question.points, 0);

  it('marks the seed sixteen core: practice sits them for 153 points', () => {
    const core = coreSections(bank.sections);
    expect(core.flatMap((s) => s.questions.map((x) => x.id))).toHaveLength(16);
    expect(points(core)).toBe(153);
    expect(core.map((s) => s.questions.map((x) => x.points).reduce((a, b) => a + b, 0))).toEqual([
      15, 50, 48, 40,
    ]);
  });

  it('draws interviews of that shape, always 153 points', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 20; i++) {
      const drawn = drawSections(bank.sections, random);
      expect(shape(drawn)).toEqual(shape(coreSections(bank.sections)));
      expect(points(drawn)).toBe(153);
    }
  });

  it('gives every core question at least two follow-ups, each after naming one of its key points', () => {
    for (const x of coreSections(bank.sections).flatMap((s) => s.questions)) {
      expect(x.follow_ups?.length ?? 0, x.id).toBeGreaterThanOrEqual(2);
      const named = x.key_points.map((k) => k.point);
      for (const f of x.follow_ups ?? [])
        if (f.after !== undefined) expect(named).toContain(f.after);
    }
  });
});
