import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../src/typing/passages.js';
import { choosePassage } from '../../src/typing/select.js';
import { seededRandom } from '../seeded-random.js';

const three = PASSAGES.slice(0, 3);
const [a, b, c] = three as [(typeof three)[0], (typeof three)[0], (typeof three)[0]];

describe('choosePassage', () => {
  it('picks among the passages never typed, by the random number', () => {
    const typed = new Map([[a.id, '2026-11-30T10:00:00.000Z']]);
    expect(choosePassage(three, typed, () => 0).id).toBe(b.id);
    expect(choosePassage(three, typed, () => 0.99).id).toBe(c.id);
  });

  it('once all were typed, picks the one typed longest ago', () => {
    const typed = new Map([
      [a.id, '2026-11-30T10:00:00.000Z'],
      [b.id, '2026-11-29T10:00:00.000Z'],
      [c.id, '2026-12-01T10:00:00.000Z'],
    ]);
    expect(choosePassage(three, typed, () => 0).id).toBe(b.id);
  });

  it('goes through every passage before one comes again', () => {
    const typed = new Map<string, string>();
    const seen = new Set<string>();
    let clock = Date.UTC(2026, 0, 1);
    const random = seededRandom(7);
    for (let i = 0; i < PASSAGES.length; i++) {
      const p = choosePassage(PASSAGES, typed, random);
      seen.add(p.id);
      clock += 60_000;
      typed.set(p.id, new Date(clock).toISOString());
    }
    expect(seen.size).toBe(PASSAGES.length);
  });
});
