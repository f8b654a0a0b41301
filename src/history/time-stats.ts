/** Time used against the limits (pure). */

import type { AttemptRecord } from '../store/record.js';
import { round3 } from './round.js';

export interface TimeStats {
  /** Answers given against a timer. */
  answered: number;
  /** Those that ran out of time or went past the limit. */
  overLimit: number;
  /** Mean of time used / time limit; null when none was timed. */
  averageShareOfLimit: number | null;
}

/** How the timed answers among `attempts` used their time. */
export function timeStats(attempts: readonly AttemptRecord[]): TimeStats {
  let answered = 0;
  let overLimit = 0;
  let shares = 0;
  for (const a of attempts) {
    if (a.time_limit === null || a.time_limit <= 0) continue;
    const limitMs = a.time_limit * 1000;
    answered += 1;
    if (a.timed_out || a.elapsed_ms > limitMs) overLimit += 1;
    shares += a.elapsed_ms / limitMs;
  }
  return {
    answered,
    overLimit,
    averageShareOfLimit: answered === 0 ? null : round3(shares / answered),
  };
}
