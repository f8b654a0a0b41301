import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { runStats } from '../../src/commands/stats.js';
import { typingTrends } from '../../src/history/typing-trend.js';
import { openStore } from '../../src/store/history-store.js';
import { type HistoryRecord, RECORD_VERSION } from '../../src/store/record.js';
import { decodeLine, encodeRecord } from '../../src/store/record-line.js';
import type { TypingRecord } from '../../src/store/typing-records.js';
import { renderTypingChart } from '../../src/ui/render/render-typing-chart.js';
import { displayWidth } from '../../src/ui/text-width.js';
import { fakeIO } from '../fake-io.js';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

function typing(day: number, speed: number, unit: TypingRecord['unit'] = 'cpm'): TypingRecord {
  return {
    v: RECORD_VERSION,
    kind: 'typing',
    id: `t${day}${unit}`,
    at: at(day),
    session: `s${day}`,
    passage: 'greet-order-number',
    unit,
    speed,
    accuracy: 0.97,
    length: 80,
    typed: 80,
    correct: 78,
    elapsed_ms: 60_000,
    time_limit: 60,
    target: 50,
    passed: speed >= 50,
    finished: true,
  };
}

describe('typing records in the history', () => {
  it('are written and read back whole, and a kind this version does not know is skipped', () => {
    const record = typing(1, 52);
    expect(decodeLine(encodeRecord(record))).toEqual({ record });
    const reply: HistoryRecord = {
      v: RECORD_VERSION,
      kind: 'typing-reply',
      id: 'r1',
      at: at(2),
      session: 's2',
      message: 'where-is-my-parcel',
      reply: '您好，请提供订单号。',
      first_char_ms: 2300,
      send_ms: 15_400,
      time_limit: 60,
      timed_out: false,
      found: ['greeting', 'verify'],
      missing: ['apology'],
      red_flags: [],
    };
    expect(decodeLine(encodeRecord(reply))).toEqual({ record: reply });
    // What an older reader does with a kind it does not know: skips it, quietly.
    const later = encodeRecord({ ...record, kind: 'typing-v9' } as unknown as HistoryRecord);
    expect(decodeLine(later)).toEqual({ skipped: { v: 1, kind: 'typing-v9' } });
    // A damaged field is reported, not half-read.
    const bad = encodeRecord({ ...record, accuracy: 1.5 });
    expect(decodeLine(bad)).toEqual({
      error: { code: 'field', field: 'accuracy', expected: 'share' },
    });
  });
});

describe('the typing trend', () => {
  it('groups the tests by unit, oldest first, with the best and the latest', () => {
    const trends = typingTrends([
      typing(3, 61),
      typing(1, 40),
      typing(2, 55, 'wpm'),
      typing(4, 48),
    ]);
    expect(
      trends.map((t) => [t.unit, t.tests.map((x) => x.speed), t.best, t.latest, t.passed]),
    ).toEqual([
      ['cpm', [40, 61, 48], 61, 48, 1],
      ['wpm', [55], 55, 55, 1],
    ]);
  });

  it('draws one bar a test, scaled to the fastest, within the width', () => {
    const ctx = { lang: 'zh' as const, width: 44, c: new Chalk({ level: 0 }) };
    const [trend] = typingTrends([typing(1, 30), typing(2, 60)]);
    if (!trend) throw new Error('no trend');
    const lines = renderTypingChart(ctx, trend, { rows: 8, day: (iso) => iso.slice(5, 10) });
    expect(lines[0]).toBe('打字速度（字/分）：2 次，最快 60，1 次达标');
    expect(lines[1]).toMatch(/^11-01 [\u2588-\u258f]+ +30 字\/分 ✗$/);
    expect(lines[2]).toMatch(/^11-02 █+ 60 字\/分 ✓$/);
    // In eighths of a column: the 60 bar is twice the 30 one.
    const EIGHTHS = ' ▏▎▍▌▋▊▉';
    const eighths = (l: string) =>
      [...(l.match(/[\u2588-\u258f]+/)?.[0] ?? '')].reduce(
        (n, ch) => n + (ch === '█' ? 8 : EIGHTHS.indexOf(ch)),
        0,
      );
    expect(eighths(lines[2] ?? '')).toBe(2 * eighths(lines[1] ?? ''));
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(44);
    const narrow = renderTypingChart({ ...ctx, width: 30 }, trend, {
      rows: 8,
      day: (iso) => iso.slice(5, 10),
    });
    for (const l of narrow) expect(displayWidth(l)).toBeLessThanOrEqual(30);
  });

  it('shows all the tests as a sparkline when there are more than the rows', () => {
    const ctx = { lang: 'en' as const, width: 60, c: new Chalk({ level: 0 }) };
    const [trend] = typingTrends(Array.from({ length: 12 }, (_, i) => typing(i + 1, 30 + i * 5)));
    if (!trend) throw new Error('no trend');
    const lines = renderTypingChart(ctx, trend, { rows: 3, day: (iso) => iso.slice(5, 10) });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('Typing speed (字/分): 12 tests, best 85, 8 on target');
    expect(lines.at(-1)).toMatch(/^All [▁▂▃▄▅▆▇█]{12}$/);
  });
});

describe('stats with typing tests', () => {
  const BANK = resolve(import.meta.dirname, '../fixtures/banks/valid');

  it('shows the speed trend after the rest, and in --json', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-stats-typing-'));
    const store = openStore(home, { lang: 'zh' });
    for (const r of [typing(1, 42), typing(2, 57)]) store.append(r);
    store.close();
    // A record of a kind from a newer cs-interview in between: skipped, nothing said.
    appendFileSync(
      join(home, 'history.jsonl'),
      `${encodeRecord({ ...typing(3, 99), kind: 'typing-v9' } as unknown as HistoryRecord)}\n`,
    );
    const text = fakeIO({ env: { COLUMNS: '60' } });
    const options = { lang: 'zh' as const, color: false, bank: BANK, home, timeZone: 'UTC' };
    await runStats(options, text.io);
    expect(text.err()).toBe('');
    const out = text.out();
    expect(out).toContain('打字速度（字/分）：2 次，最快 57，1 次达标');
    expect(out).toMatch(/11-01 [\u2588-\u258f]+ +42 字\/分 ✗/);
    expect(out).toMatch(/11-02 █+ 57 字\/分 ✓/);
    const json = fakeIO();
    await runStats({ ...options, json: true }, json.io);
    const parsed = JSON.parse(json.out());
    expect(parsed.typing).toEqual([
      expect.objectContaining({ unit: 'cpm', best: 57, latest: 57, passed: 1 }),
    ]);
    expect(parsed.typing[0].tests.map((t: { speed: number }) => t.speed)).toEqual([42, 57]);
  });
});
