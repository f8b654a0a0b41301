import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lang.js';
import { renderHistoryTable } from '../../../src/ui/render/render-history.js';
import { displayWidth } from '../../../src/ui/text-width.js';
import { sampleAttempt } from '../../store/sample-records.js';

const ctx = (lang: Lang, width = 100) => ({ lang, width, c: new Chalk({ level: 0 }) });

const attempts = [
  sampleAttempt({ id: 'aaaa1111bbbb2222', question: 'self-intro-1', auto_score: 3.5, points: 5 }),
  sampleAttempt({
    id: 'cccc3333dddd4444',
    question: '自我介绍-长编号',
    auto_score: 0,
    points: 10,
    self_score: 2,
    mode: 'oral',
    timed_out: true,
    elapsed_ms: 150_000,
    time_limit: 150,
  }),
  sampleAttempt({ id: 'eeee5555ffff6666', question: 'q', time_limit: null, elapsed_ms: 61_000 }),
];

/** The display column where each cell of `header` starts in `line`. */
function columnStarts(line: string, cells: readonly string[]): number[] {
  let from = 0;
  return cells.map((cell) => {
    const i = line.indexOf(cell, from);
    from = i + cell.length;
    return displayWidth(line.slice(0, i));
  });
}

describe('history table', () => {
  it('has a header in Chinese and aligns every column by display width', () => {
    const [header, ...rows] = renderHistoryTable(ctx('zh'), attempts);
    expect(header).toMatch(/^时间\s+编号\s+题目\s+得分\s+自评\s+方式\s+用时$/);
    // Ids start in one column, after Chinese question ids too.
    const ids = rows.map((r) => columnStarts(r, [r.split(/\s{2,}/)[1] ?? ''])[0]);
    expect(new Set(ids).size).toBe(1);
    const modes = rows.map((r, i) => columnStarts(r, [i === 1 ? '口答' : '笔答'])[0]);
    expect(new Set(modes).size).toBe(1);
    expect(columnStarts(header ?? '', ['方式'])[0]).toBe(modes[0]);
    // Scores end in one column (right-aligned).
    const scoreEnds = rows.map((r) => {
      const score = /\d+(\.\d)?\/\d+/.exec(r)?.[0] ?? '';
      return displayWidth(r.slice(0, r.indexOf(score) + score.length));
    });
    expect(new Set(scoreEnds).size).toBe(1);
  });

  it('shows the attempt ids, the self-rating, the mode and a mark for a time-out, in the interface language', () => {
    const zh = renderHistoryTable(ctx('zh'), attempts);
    expect(zh[1]).toContain('aaaa1111');
    expect(zh[2]).toMatch(/cccc3333\s+自我介绍-长编号\s+0\/10\s+2\s+口答\s+02:30\/02:30\s+超时$/);
    expect(zh[1]).not.toContain('超时');
    expect(zh[3]).toMatch(/笔答\s+01:01$/);
    const en = renderHistoryTable(ctx('en'), attempts);
    expect(en[0]).toMatch(/^When\s+Id\s+Question\s+Score\s+Self\s+Mode\s+Time$/);
    expect(en[2]).toMatch(/oral\s+02:30\/02:30\s+timed out$/);
    expect(en.join('\n')).not.toMatch(/笔答|口答|超时/);
  });

  it('leaves out the self-rating column when no answer has one, and fits the width', () => {
    const plain = [attempts[0], attempts[2]].flatMap((a) => (a ? [a] : []));
    expect(renderHistoryTable(ctx('zh'), plain)[0]).not.toContain('自评');
    for (const line of renderHistoryTable(ctx('zh', 40), attempts))
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });
});
