import { describe, expect, it } from 'vitest';
import {
  msUntilNextTick,
  promptClock,
  remainingSeconds,
  urgencyOf,
} from '../../../src/ui/prompts/answer-state.js';
import { formatClock } from '../../../src/ui/render/format.js';

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

describe('promptClock', () => {
  const at = (times: number[]) => {
    let i = 0;
    return () => times[Math.min(i++, times.length - 1)] as number;
  };

  it.each([
    // [limit s, ms at start, ms at end, timer said time up, reported]
    [60, 1000, 31_000, false, { timedOut: false, elapsedMs: 30_000 }],
    [60, 1000, 61_000, false, { timedOut: true, elapsedMs: 60_000 }],
    [60, 1000, 65_000, true, { timedOut: true, elapsedMs: 60_000 }],
    [null, 0, 500_000, false, { timedOut: false, elapsedMs: 500_000 }],
  ] as const)(
    'limit %s: %i to %i ms (time up %s) reports %j',
    (limit, start, end, up, reported) => {
      const clock = promptClock(at([start, end]), limit);
      expect(clock.end(up)).toEqual(reported);
    },
  );

  it('counts from when it was made', () => {
    const clock = promptClock(at([5000, 7500]), 60);
    expect(clock.elapsed()).toBe(2500);
  });
});
