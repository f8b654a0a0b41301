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
