/**
 * The countdown's arithmetic, shared by the typed and the spoken answer prompts: what it shows
 * and when it next changes. No terminal.
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
