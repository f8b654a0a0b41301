import { describe, expect, it } from 'vitest';
import { cutPieces, MAX_PIECE } from '../src/text-pieces.js';

const atSpace = (text: string, at: number) => text.charAt(at - 1) === ' ';

function check(text: string, canCut: (text: string, at: number) => boolean, max: number) {
  const pieces = cutPieces(text, canCut, max);
  expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  pieces.forEach((p, i) => {
    expect(p.end - p.start).toBeLessThanOrEqual(max);
    expect(p.end).toBeGreaterThan(p.start);
    if (i > 0) expect(p.start).toBe(pieces[i - 1]?.end);
  });
  return pieces;
}

describe('cutPieces', () => {
  it('keeps a short text whole, and an empty one as one empty piece', () => {
    expect(cutPieces('abc def', atSpace, 10)).toEqual([{ start: 0, end: 7 }]);
    expect(cutPieces('', atSpace, 10)).toEqual([{ start: 0, end: 0 }]);
  });

  it('cuts at the last allowed place within reach', () => {
    const pieces = check('aa bb cc dd ee', atSpace, 7);
    expect(pieces).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 12 },
      { start: 12, end: 14 },
    ]);
  });

  it('cuts a run without an allowed place at the limit, never inside a surrogate pair', () => {
    expect(check('x'.repeat(25), atSpace, 10).map((p) => p.end)).toEqual([10, 20, 25]);
    const emoji = '😀'.repeat(10); // 20 code units
    const pieces = check(emoji, atSpace, 5);
    for (const p of pieces) expect(p.end % 2, JSON.stringify(pieces)).toBe(0);
  });

  it('tests each offset at most twice, so its work grows with the text, not faster', () => {
    for (const text of [
      'x'.repeat(10_000),
      `x ${'y'.repeat(5_000)} ${'z '.repeat(2_000)}`,
      ` ${'x'.repeat(MAX_PIECE - 1)} `.repeat(40),
    ]) {
      let calls = 0;
      check(
        text,
        (t, at) => {
          calls++;
          return atSpace(t, at);
        },
        MAX_PIECE,
      );
      expect(calls).toBeLessThanOrEqual(2 * text.length);
    }
  });
});
