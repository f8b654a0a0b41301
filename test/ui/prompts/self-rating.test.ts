import { describe, expect, it } from 'vitest';
import { parseSelfScore } from '../../../src/ui/prompts/self-rating.js';

describe('parseSelfScore', () => {
  it.each([
    ['', 10, null],
    ['  ', 10, null],
    ['7', 10, 7],
    ['7.5', 10, 7.5],
    ['０', 5, 0],
    ['５', 5, 5],
    ['6', 5, 'invalid'],
    ['-1', 5, 'invalid'],
    ['3.25', 5, 'invalid'],
    ['三', 5, 'invalid'],
  ])('%j of %i → %j', (value, max, expected) => expect(parseSelfScore(value, max)).toBe(expected));
});
