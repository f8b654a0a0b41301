import type { ScoreFlag } from './types.js';

/** Speaking pace, 字 per minute: a calm interview answer runs 200–250. */
export const PACE = { min: 200, max: 250 } as const;

/** English is counted in words, spoken at about 130–160 a minute. */
export const ENGLISH_PACE = { min: 130, max: 160 } as const;

export type Pace = { readonly min: number; readonly max: number };

/**
 * The pace a question's answers are held to, from its reference answer:
 * English when it has more Latin words than CJK characters.
 */
export function paceOf(referenceAnswer: string): Pace {
  const cjk = referenceAnswer.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = referenceAnswer.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  return words > cjk ? ENGLISH_PACE : PACE;
}

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
  pace: Pace = PACE,
): Extract<ScoreFlag, { code: 'too-short' }> | undefined {
  if (!(timeLimit > 0)) return undefined;
  const expected = {
    min: Math.round((timeLimit / 60) * pace.min),
    max: Math.round((timeLimit / 60) * pace.max),
  };
  const threshold = Math.round(expected.min * REASONABLE_SHARE * FAR_TOO_SHORT);
  if (units >= threshold) return undefined;
  return {
    code: 'too-short',
    actual: units,
    threshold,
    expected,
    timeLimit,
    pace: { min: pace.min, max: pace.max },
  };
}

/**
 * Far too long: twice what the limit allows at the faster pace, or more.
 * An interviewer would cut such an answer off; it gets at most
 * TOO_LONG_CAP of the points, whatever it covers (one paragraph pasted ten
 * times covers everything).
 */
export const TOO_LONG_FACTOR = 2;
export const TOO_LONG_CAP = 0.6;

/** The `too-long` flag for an answer of `units` 字 under a limit of `timeLimit` seconds, if due. */
export function checkTooLong(
  units: number,
  timeLimit: number,
  pace: Pace = PACE,
): Extract<ScoreFlag, { code: 'too-long' }> | undefined {
  if (!(timeLimit > 0)) return undefined;
  const threshold = Math.round(TOO_LONG_FACTOR * (timeLimit / 60) * pace.max);
  if (units < threshold) return undefined;
  return {
    code: 'too-long',
    actual: units,
    threshold,
    timeLimit,
    pace: { min: pace.min, max: pace.max },
  };
}

/**
 * Whether an answer's length fits the limit, for a point judged by length
 * (a self-introduction's time control): at least half of what the slower
 * pace fills, at most a tenth over what the faster pace fills. A
 * 138-字 answer to a 3-minute question does not fit (300–825 字 do).
 */
export const FITS_MIN_SHARE = 0.5;
export const FITS_MAX_SHARE = 1.1;

export function fitsLimit(units: number, timeLimit: number, pace: Pace = PACE): boolean {
  const minutes = timeLimit / 60;
  return (
    units >= FITS_MIN_SHARE * minutes * pace.min && units <= FITS_MAX_SHARE * minutes * pace.max
  );
}
