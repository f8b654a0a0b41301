/**
 * The countdown's arithmetic, shared by the timed prompts: what it shows, when it next changes,
 * and what a prompt reports of its time as it ends. No terminal; the clock is given.
 */

/** Whole seconds left as shown (rounded up: `00:01` is shown until the time is up). */
export function remainingSeconds(limitSeconds: number, elapsedMs: number): number {
  return Math.max(0, Math.ceil((limitSeconds * 1000 - elapsedMs) / 1000));
}

/** Milliseconds until the shown seconds change (at least 1). */
export function msUntilNextTick(limitSeconds: number, elapsedMs: number): number {
  const leftMs = limitSeconds * 1000 - elapsedMs;
  if (leftMs <= 0) return 1;
  return Math.max(1, leftMs - (Math.ceil(leftMs / 1000) - 1) * 1000);
}

export type Urgency = 'calm' | 'hurry' | 'critical';

/** Yellow under 30 s, red under 10 s. */
export function urgencyOf(seconds: number): Urgency {
  if (seconds < 10) return 'critical';
  if (seconds < 30) return 'hurry';
  return 'calm';
}

/** The clock of a prompt with an optional time limit, started when it is made. */
export interface PromptClock {
  /** Milliseconds since the prompt appeared. */
  readonly elapsed: () => number;
  /**
   * What the prompt reports as it ends: timed out when the timer said so or the limit has been
   * reached, and the time taken, at most the limit.
   */
  readonly end: (timedOut: boolean) => { timedOut: boolean; elapsedMs: number };
}

/** A clock read from `now` (ms), for a limit of `limitSeconds` (null for none). */
export function promptClock(now: () => number, limitSeconds: number | null): PromptClock {
  const startedAt = now();
  const limitMs = limitSeconds === null ? Number.POSITIVE_INFINITY : limitSeconds * 1000;
  const elapsed = () => now() - startedAt;
  return {
    elapsed,
    end(timedOut) {
      const ms = elapsed();
      return { timedOut: timedOut || ms >= limitMs, elapsedMs: Math.min(ms, limitMs) };
    },
  };
}
