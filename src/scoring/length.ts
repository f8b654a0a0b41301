import type { ScoreFlag } from './types.js';

/** Speaking pace, 字 per minute: a calm interview answer runs 200–250. */
export const PACE = { min: 200, max: 250 } as const;

/**
 * A complete answer may use well under the limit; a reasonable minimum is
 * 40 % of what the slower pace fills. Far too short is under a quarter of
 * that minimum, i.e. under 10 % of the limit at 200 字/min: 50 字 for
 * 150 s, 60 字 for a 3-minute self-introduction.
 */
export const REASONABLE_SHARE = 0.4;
export const FAR_TOO_SHORT = 0.25;

/**
 * Points share a far-too-short answer can get at most: half the points at
 * the threshold, less in proportion below it (a 25-字 answer to a 150-s
 * question, half the threshold, gets at most a quarter).
 */
export const TOO_SHORT_CAP = 0.5;

/** The cap (share of points) for an answer of `actual` 字 under the too-short threshold. */
export function tooShortCap(actual: number, threshold: number): number {
  return threshold > 0 ? TOO_SHORT_CAP * Math.min(1, actual / threshold) : TOO_SHORT_CAP;
}

/** The `too-short` flag for an answer of `units` 字 under a limit of `timeLimit` seconds, if due. */
export function checkLength(
  units: number,
  timeLimit: number,
): Extract<ScoreFlag, { code: 'too-short' }> | undefined {
  if (!(timeLimit > 0)) return undefined;
  const expected = {
    min: Math.round((timeLimit / 60) * PACE.min),
    max: Math.round((timeLimit / 60) * PACE.max),
  };
  const threshold = Math.round(expected.min * REASONABLE_SHARE * FAR_TOO_SHORT);
  if (units >= threshold) return undefined;
  return { code: 'too-short', actual: units, threshold, expected, timeLimit };
}
