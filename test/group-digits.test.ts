import { describe, expect, it } from 'vitest';
import { groupDigits } from '../src/group-digits.js';

describe('groupDigits', () => {
  it("writes a count as toLocaleString('en-US') does", () => {
    const counts = [0, 7, 999, 1000, 20_000, 123_456, 1_000_000, 4_194_304, -1234, 987_654_321];
    for (const n of counts) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
});
