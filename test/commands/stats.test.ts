import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankIdOf } from '../../src/bank/bank-id.js';
import { runStats, type StatsOptions } from '../../src/commands/stats.js';
import { ExitCode } from '../../src/exit-codes.js';
import { openStore } from '../../src/store/history-store.js';
import type { HistoryRecord } from '../../src/store/record.js';
import { displayWidth } from '../../src/ui/text-width.js';
import { fakeIO } from '../fake-io.js';
import { attempt, end, start } from '../history/sample-history.js';

const BANK = resolve(import.meta.dirname, '../fixtures/banks/valid');
const BANK_ID = bankIdOf({ source: BANK });
const NOW = new Date('2025-01-10T09:00:00.000Z');
const at = (day: number, minute = 0) => new Date(Date.UTC(2025, 0, day, 9, minute)).toISOString();

const records: HistoryRecord[] = [
  start('p1', at(1), ['greeting-1', 'greeting-2', 'complaints-1'], 'practice', BANK_ID),
  attempt({
    bank: BANK_ID,
    session: 'p1',
    question: 'greeting-1',
    section: 'greeting',
    auto_score: 4,
    points: 5,
    time_limit: 120,
    elapsed_ms: 60_000,
    missed: ['自我介绍'],
    at: at(1, 1),
  }),
  attempt({
    bank: BANK_ID,
    session: 'p1',
    question: 'greeting-2',
    section: 'greeting',
    auto_score: 3,
    self_score: 6,
    points: 10,
    time_limit: 90,
    elapsed_ms: 100_000,
    missed: ['动机'],
    at: at(1, 3),
  }),
  attempt({
    bank: BANK_ID,
    session: 'p1',
    question: 'complaints-1',
    section: 'complaints',
    auto_score: 7.5,
    points: 7.5,
    time_limit: 60,
    elapsed_ms: 30_000,
    missed: [],
    at: at(1, 4),
  }),
  end('p1', at(1, 5)),
  // Another bank's answer.
  attempt({ bank: '/elsewhere', session: 'x', question: 'greeting-1', at: at(2) }),
];

function homeWith(history: HistoryRecord[]): string {
  const home = mkdtempSync(join(tmpdir(), 'cs-stats-'));
  const store = openStore(home, { lang: 'zh' });
  for (const record of history) store.append(record);
  store.close();
  return home;
}

async function stats(home: string, options: Partial<StatsOptions> = {}, columns = 40) {
  const { io, out, err } = fakeIO({ env: { COLUMNS: String(columns) } });
  const code = await runStats(
    { lang: 'zh', color: true, bank: BANK, home, now: NOW, timeZone: 'UTC', ...options },
    io,
  );
  return { code, out: out(), err: err() };
}

describe('runStats', () => {
  it('prints the report, saying where the history is, within the width', async () => {
    const home = homeWith(records);
    const { code, out, err } = await stats(home);
    expect(code).toBe(ExitCode.ok);
    expect(err).toBe('');
    expect(out).not.toContain('\u001b[');
    const flat = out.replace(/\n/g, '');
    expect(flat).toContain(join(home, 'history.jsonl'));
    expect(out).toContain('模拟面试 1 次（完成 1）· 作答 3 题');
    expect(out).toContain('01-01');
    expect(out).toContain('17.5/22.5');
    for (const line of out.trimEnd().split('\n'))
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('prints the same as JSON with --json, with the history path', async () => {
    const home = homeWith(records);
    const { code, out } = await stats(home, { json: true, lang: 'en' });
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(out);
    expect(json.history).toBe(join(home, 'history.jsonl'));
    expect(json.attempts).toBe(3);
    expect(json.interviews).toEqual({ taken: 1, finished: 1 });
    expect(json.sessions).toEqual([
      {
        session: 'p1',
        at: at(1),
        finished: true,
        answered: 3,
        planned: 3,
        score: 17.5,
        max: 22.5,
        sections: [
          { id: 'greeting', score: 10, max: 15 },
          { id: 'complaints', score: 7.5, max: 7.5 },
        ],
      },
    ]);
    expect(json.weakest.map((q: { id: string }) => q.id)).toEqual([
      'greeting-2',
      'greeting-1',
      'complaints-1',
    ]);
    // greeting-1 (Good → 01-04) and greeting-2 (Hard → 01-03) are due;
    // complaints-1 (Easy → 01-09) is due too by 01-10.
    expect(json.due).toEqual({ now: 3, next: null, new: 0 });
  });

  it('says when the next review is due, with the clock injected', async () => {
    const home = homeWith(records);
    const { out } = await stats(home, { now: new Date(at(1, 30)), lang: 'en' }, 80);
    expect(out).toContain('Nothing due; next one due 2025-01-03 04:00');
  });

  it('warns once on stderr about each damaged line and reports the rest', async () => {
    const home = homeWith(records.slice(0, 2));
    appendFileSync(join(home, 'history.jsonl'), '{"v":1,"kind":"attempt"\n');
    const { code, out, err } = await stats(home, { json: true });
    expect(code).toBe(ExitCode.ok);
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${join(home, 'history.jsonl')}:3: `));
    expect(JSON.parse(out).attempts).toBe(1);
  });

  it('tells how to start when there is no history yet', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-stats-'));
    const { code, out } = await stats(home, { lang: 'en' }, 80);
    expect(code).toBe(ExitCode.ok);
    expect(out).toBe(
      `History: ${join(home, 'history.jsonl')}\nNo practice yet. Start your first mock interview with:\n  cs-interview practice\n`,
    );
  });
});
