import { describe, expect, it } from 'vitest';
import { quote } from '../../src/bank/quote.js';
import { findUnsafeCharacter, neutralizeInline } from '../../src/neutralize.js';

describe('quote', () => {
  it.each([
    ['plain', '"plain"'],
    ['中文', '"中文"'],
    ['say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'],
    ['\u001b[31mred', '"\\x1b[31mred"'],
    ['a\u009bb', '"a\\u009bb"'],
    ['a\u202eb\u2066c', '"a\\u202eb\\u2066c"'],
    ['two\nlines\tand\rcr', '"two\\nlines\\tand\\rcr"'],
    ['\u0000\u007f', '"\\x00\\x7f"'],
    ['x'.repeat(40), `"${'x'.repeat(40)}"`],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
    ['字'.repeat(45), `"${'字'.repeat(40)}…"`],
    ['😀'.repeat(41), `"${'😀'.repeat(40)}…"`],
    ['lone \ud800 surrogate', '"lone \\ud800 surrogate"'],
  ])('%j → %s', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });
});

describe('neutralizeInline', () => {
  it('escapes without quoting or cutting', () => {
    expect(neutralizeInline(`a\u001b]0;title\u0007${'b'.repeat(50)}`)).toBe(
      `a\\x1b]0;title\\x07${'b'.repeat(50)}`,
    );
  });
});

describe('findUnsafeCharacter', () => {
  it.each([
    ['fine text\nwith lines\tand tabs', undefined],
    ['bell\u0007', '\u0007'],
    ['csi\u009b', '\u009b'],
    ['rlo\u202e', '\u202e'],
    ['cr\r', '\r'],
    ['\n\t\u2067', '\u2067'],
  ])('%j → %j', (text, expected) => {
    expect(findUnsafeCharacter(text)).toBe(expected);
  });
});
