import { describe, expect, it } from 'vitest';
import { parseSelfScore, parseYesNo } from '../../../src/ui/prompts/self-rating.js';

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

describe('parseYesNo', () => {
  it.each([
    ['y', true],
    ['YES', true],
    ['是', true],
    ['好', true],
    ['ｙ', true],
    ['n', false],
    ['No', false],
    ['否', false],
    ['不', false],
  ])('%s → %s', (text, expected) => {
    expect(parseYesNo(text, !expected)).toBe(expected);
  });

  it('takes the default on an empty answer, and refuses anything else', () => {
    expect(parseYesNo('', true)).toBe(true);
    expect(parseYesNo('  ', false)).toBe(false);
    expect(parseYesNo('maybe', false)).toBe('invalid');
    expect(parseYesNo('好的', true)).toBe('invalid');
  });
});
