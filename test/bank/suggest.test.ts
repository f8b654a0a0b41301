import { describe, expect, it } from 'vitest';
import { suggestName } from '../../src/bank/suggest.js';

const QUESTION = ['id', 'prompt', 'points', 'time_limit', 'answer', 'analysis', 'key_points'];

describe('suggestName', () => {
  it.each([
    ['analysys', 'analysis'],
    ['anaylsis', 'analysis'],
    ['promt', 'prompt'],
    ['keypoints', 'key_points'],
    ['key-points', 'key_points'],
    ['Time_Limit', 'time_limit'],
    ['timelimit', 'time_limit'],
    ['ID', 'id'],
    ['ids', 'id'],
    ['answers', 'answer'],
    ['point', 'points'],
    ['__proto__', undefined],
    ['constructor', undefined],
    ['prototype', undefined],
    ['colour', undefined],
    ['xy', undefined],
    ['', undefined],
  ])('%j → %j', (name, expected) => {
    expect(suggestName(name, QUESTION)).toBe(expected);
  });
});
