/**
 * The typing tests of the history (pure): every `typing` record, oldest first, grouped by unit
 * (字/分 and WPM are not one scale), with the best and the latest speed. `stats` charts it.
 */
import type { HistoryRecord } from '../store/record.js';
import type { TypingRecord } from '../store/typing-records.js';

export interface TypingTest {
  at: string;
  passage: string;
  speed: number;
  accuracy: number;
  target: number;
  passed: boolean;
}

export interface TypingTrend {
  /** `cpm` (字/分) or `wpm`. */
  unit: TypingRecord['unit'];
  tests: TypingTest[];
  best: number;
  latest: number;
  /** Tests that reached their target. */
  passed: number;
}

/** One trend per unit that has tests, 字/分 first. */
export function typingTrends(records: readonly HistoryRecord[]): TypingTrend[] {
  const byUnit = new Map<TypingRecord['unit'], TypingTest[]>();
  for (const r of records) {
    if (r.kind !== 'typing') continue;
    const list = byUnit.get(r.unit) ?? [];
    byUnit.set(r.unit, list);
    list.push({
      at: r.at,
      passage: r.passage,
      speed: r.speed,
      accuracy: r.accuracy,
      target: r.target,
      passed: r.passed,
    });
  }
  return (['cpm', 'wpm'] as const).flatMap((unit) => {
    const tests = byUnit.get(unit);
    if (!tests) return [];
    // Two sessions at once can interleave their lines; ISO UTC strings sort by time.
    tests.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return [
      {
        unit,
        tests,
        best: Math.max(...tests.map((t) => t.speed)),
        latest: tests.at(-1)?.speed ?? 0,
        passed: tests.filter((t) => t.passed).length,
      },
    ];
  });
}
