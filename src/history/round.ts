/** Rounds a share or a mean to 3 decimals, for display and JSON (no 0.30000000000000004). */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
