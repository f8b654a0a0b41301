import { describe, expect, it } from 'vitest';
import {
  composeAnswer,
  joinPrevious,
  keyRole,
  msUntilNextTick,
  pressEnter,
  remainingSeconds,
  urgencyOf,
} from '../../../src/ui/prompts/answer-state.js';
import { formatClock } from '../../../src/ui/render/format.js';

describe('keyRole', () => {
  it.each([
    [{ name: 'd', ctrl: true }, undefined, 'finish'],
    [{ name: 'd' }, undefined, 'edit'],
    [{ name: 'return' }, undefined, 'enter'],
    [{ name: 'enter' }, undefined, 'enter'],
    [{ name: 'enter' }, { name: 'a' }, 'enter'],
    // CRLF: one line end, as readline counts it
    [{ name: 'enter' }, { name: 'return' }, 'edit'],
    [{ name: 'return' }, { name: 'return' }, 'enter'],
    [{ name: 'backspace' }, undefined, 'backspace'],
    [{ name: 'backspace', ctrl: true }, undefined, 'edit'],
    [{ name: 'left' }, undefined, 'edit'],
  ] as const)('%o after %o is %s', (key, previous, role) => {
    expect(keyRole(key, previous)).toBe(role);
  });
});

describe('pressEnter', () => {
  it.each([
    [[], '先共情', { kind: 'newline', lines: ['先共情'] }],
    [['先共情'], '再道歉', { kind: 'newline', lines: ['先共情', '再道歉'] }],
    [['先共情', '再道歉'], '', { kind: 'submit', text: '先共情\n再道歉' }],
    [[], '', { kind: 'nothing-typed' }],
    [['  '], '', { kind: 'nothing-typed' }],
    [['a', ' '], '', { kind: 'submit', text: 'a' }],
  ] as const)('lines %o, line %o', (lines, line, outcome) => {
    expect(pressEnter(lines, line)).toEqual(outcome);
  });
});

describe('joinPrevious', () => {
  it.each([
    [['一', '二'], 0, { lines: ['一'], restored: '二' }],
    [['一'], 0, { lines: [], restored: '一' }],
    [[], 0, undefined],
    [['一'], 1, undefined],
  ] as const)('lines %o, cursor %i', (lines, cursor, joined) => {
    expect(joinPrevious(lines, cursor)).toEqual(joined);
  });
});

describe('composeAnswer', () => {
  it.each([
    [[], '', ''],
    [[], '未完', '未完'],
    [['一', '二'], '三', '一\n二\n三'],
    [['一', '', '二'], '', '一\n\n二'],
    [['一', '  ', ''], ' ', '一'],
  ] as const)('lines %o + %o', (lines, line, text) => {
    expect(composeAnswer(lines, line)).toBe(text);
  });
});

describe('countdown', () => {
  it.each([
    [180, 0, 180],
    [180, 1, 180],
    [180, 999, 180],
    [180, 1000, 179],
    [180, 179_001, 1],
    [180, 180_000, 0],
    [180, 200_000, 0],
  ])('limit %is, elapsed %ims shows %is', (limit, elapsed, shown) => {
    expect(remainingSeconds(limit, elapsed)).toBe(shown);
  });

  it.each([
    [180, 0, 1000],
    [180, 250, 750],
    [180, 1000, 1000],
    [180, 179_999, 1],
    [180, 180_000, 1],
  ])('limit %is, elapsed %ims: next change in %ims', (limit, elapsed, ms) => {
    expect(msUntilNextTick(limit, elapsed)).toBe(ms);
  });

  it.each([
    [179, '02:59'],
    [60, '01:00'],
    [9, '00:09'],
    [0, '00:00'],
    [6000, '100:00'],
  ])('%is is %s', (seconds, text) => {
    expect(formatClock(seconds * 1000)).toBe(text);
  });

  it.each([
    [30, 'calm'],
    [29, 'hurry'],
    [10, 'hurry'],
    [9, 'critical'],
    [0, 'critical'],
  ] as const)('%is is %s', (seconds, urgency) => {
    expect(urgencyOf(seconds)).toBe(urgency);
  });
});
