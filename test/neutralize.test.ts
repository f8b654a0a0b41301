import { describe, expect, it } from 'vitest';
import { neutralize, neutralizeInline } from '../src/neutralize.js';

describe('neutralize', () => {
  it.each([
    ['screen clear', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['title change', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['C1 CSI', 'x\u009b31my', 'x\\u009b31my'],
    ['carriage return', 'ok\rfake', 'ok\\rfake'],
    ['backspace', 'ab\bc', 'ab\\x08c'],
    ['bidi override', 'abc\u202edef', 'abc\\u202edef'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['tab becomes spaces', 'a\tb', 'a  b'],
  ])('shows %s visibly', (_name, input, expected) => {
    expect(neutralize(input)).toBe(expected);
  });

  it('keeps Chinese, emoji and newlines intact', () => {
    const text = '先共情，再核实 😊\n最后给方案';
    expect(neutralize(text)).toBe(text);
  });

  it('shows newlines too in inline text', () => {
    expect(neutralizeInline('a\nb\u001b')).toBe('a\\nb\\x1b');
  });
});

describe('neutralize: the first look that skips clean text', () => {
  it.each([
    ['a tab kept as two spaces', 'a\tb', 'a  b'],
    ['a lone surrogate escaped', 'a\ud800b', 'a\\ud800b'],
    ['a pair of surrogates kept', 'a😀b', 'a😀b'],
    ['a bidi override escaped', '退\u202e款', '退\\u202e款'],
    ['a C1 control escaped', 'x\u009by', 'x\\u009by'],
  ])('%s', (_name, input, expected) => {
    expect(neutralize(input)).toBe(expected);
  });
});
