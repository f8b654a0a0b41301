import type { LengthInsight, LengthVerdict } from './types.js';

/** A middle speaking pace for Mandarin answers (the usual range is 200–250 字/min). */
export const SPOKEN_PER_MINUTE = 220;

/** The same for English, in words (the usual range is 130–160 a minute). */
export const ENGLISH_SPOKEN_PER_MINUTE = 145;

/**
 * Verdict thresholds as shares of the time limit, spoken at 220 字/min.
 * Over 1.1: even a brisk speaker (≈ 242 字/min) runs past the limit.
 * Under 0.5: shorter than the bank's reference answers, which take 60–90 %
 * of the limit at 200–250 字/min (the rest is thinking time), so content is
 * probably missing. Under 0.25: less than half of that — a sketch, not an answer.
 */
export const LENGTH_THRESHOLDS = { tooLong: 1.1, short: 0.5, tooShort: 0.25 } as const;

const UNIT =
  /\p{Script=Han}|\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*|\p{Nd}+(?:[.,:]\p{Nd}+)*/gu;

/** Counts 字 the way a Chinese word count does: each CJK character, each Latin word, each number. */
export function countChars(nfkcText: string): number {
  let n = 0;
  for (const _ of nfkcText.matchAll(UNIT)) n++;
  return n;
}

function judge(chars: number, spokenSeconds: number, limitSeconds: number): LengthVerdict {
  // No limit (--no-timer): nothing to judge the length against.
  if (!(limitSeconds > 0)) return 'none';
  if (chars === 0) return 'too-short';
  const share = spokenSeconds / limitSeconds;
  if (share > LENGTH_THRESHOLDS.tooLong) return 'too-long';
  if (share < LENGTH_THRESHOLDS.tooShort) return 'too-short';
  if (share < LENGTH_THRESHOLDS.short) return 'short';
  return 'fits';
}

/** Length in 字, time to say it, typing pace (with `elapsedMs`) and a verdict against the limit. */
export function measureLength(
  nfkcText: string,
  limitSeconds: number,
  elapsedMs?: number,
  perMinute: number = SPOKEN_PER_MINUTE,
): LengthInsight {
  const chars = countChars(nfkcText);
  const exactSeconds = (chars * 60) / perMinute;
  const insight: LengthInsight = {
    chars,
    spokenSeconds: Math.round(exactSeconds),
    limitSeconds,
    verdict: judge(chars, exactSeconds, limitSeconds),
  };
  if (elapsedMs !== undefined && Number.isFinite(elapsedMs) && elapsedMs > 0) {
    insight.pacePerMinute = Math.round(chars / (elapsedMs / 60_000));
  }
  return insight;
}
