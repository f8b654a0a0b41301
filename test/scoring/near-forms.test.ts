import { describe, expect, it } from 'vitest';
import { findNearForms } from '../../src/scoring/near-forms.js';

/** The pattern near-forms were found with before: one branch per gap, under matchAll. */
function byPattern(chars: readonly string[], text: string): [number, number][] {
  const options: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    options.push(`${chars.slice(0, i).join('')}\\p{Script=Han}${chars.slice(i).join('')}`);
  }
  const pattern = new RegExp(options.join('|'), 'gu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

// A small alphabet, so that keywords and their near-forms recur: Han characters (one astral,
// from Extension B), a non-Han one, punctuation, a Latin letter and a lone surrogate.
const ALPHABET = ['订', '单', '号', '编', '码', '𠀋', 'の', '，', 'a', '\ud800'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('near-forms of a keyword', () => {
  it('are found where a pattern with one branch per gap found them', () => {
    const next = random(11);
    const pick = (from: number) => ALPHABET[Math.floor(next() * from)] ?? '';
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      // Keywords of few characters (one of them astral), in texts that mostly repeat them.
      const chars = Array.from({ length: 3 + Math.floor(next() * 2) }, () =>
        next() < 0.9 ? pick(2) : '𠀋',
      );
      const text = Array.from({ length: Math.floor(next() * 60) }, () =>
        next() < 0.7 ? pick(2) : pick(ALPHABET.length),
      ).join('');
      const expected = byPattern(chars, text);
      found += expected.length;
      expect(findNearForms(chars, text), `${chars.join('')} in ${text}`).toEqual(expected);
    }
    // The comparison means something only if near-forms were there to find.
    expect(found).toBeGreaterThan(500);
  });

  it('takes the first gap that fits and goes on after the match', () => {
    expect(findNearForms([...'订单号'], '订单编号订编单号')).toEqual([
      [0, 4],
      [4, 8],
    ]);
    expect(findNearForms([...'订单号'], '订单号')).toEqual([]);
  });
});
