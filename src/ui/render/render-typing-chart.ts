/**
 * The typing speed trend as a terminal bar chart (pure), in the score chart's style: one row
 * per recent test, `12-01 ███████▍      52 字/分 ✓`, a sparkline of all of them when there are
 * more, the bar scaled to the fastest test or the highest target, whichever is more.
 */

import type { TypingTrend } from '../../history/typing-trend.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { bar, sparkline, squeeze } from './render-score-chart.js';

export interface TypingChartOptions {
  rows: number;
  day: (iso: string) => string;
}

const WORDS = {
  zh: {
    title: (unit: string, n: number, best: number, passed: number) =>
      `打字速度（${unit}）：${n} 次，最快 ${best}，${passed} 次达标`,
    all: '全部',
    mark: (passed: boolean) => (passed ? '✓' : '✗'),
  },
  en: {
    title: (unit: string, n: number, best: number, passed: number) =>
      `Typing speed (${unit}): ${n} test${n === 1 ? '' : 's'}, best ${best}, ${passed} on target`,
    all: 'All',
    mark: (passed: boolean) => (passed ? '✓' : '✗'),
  },
};

/** The chart's lines, each at most `ctx.width` columns. */
export function renderTypingChart(
  ctx: RenderContext,
  trend: TypingTrend,
  options: TypingChartOptions,
): string[] {
  const w = WORDS[ctx.lang];
  const { c } = ctx;
  const unit = trend.unit === 'cpm' ? '字/分' : 'WPM';
  const shown = trend.tests.slice(-options.rows);
  const top = Math.max(1, trend.best, ...trend.tests.map((t) => t.target));
  const labels = shown.map((t) => options.day(t.at));
  const figures = shown.map((t) => `${t.speed} ${unit} ${w.mark(t.passed)}`);
  const labelWidth = Math.max(...labels.map(displayWidth));
  const figureWidth = Math.max(...figures.map(displayWidth));
  const barWidth = Math.max(1, ctx.width - labelWidth - figureWidth - 2);
  const title = w.title(unit, trend.tests.length, trend.best, trend.passed);
  const out = [c.bold.cyan(truncateDisplay(title, ctx.width))];
  shown.forEach((t, i) => {
    const paint = t.passed ? c.green : c.yellow;
    out.push(
      `${padEndDisplay(labels[i] ?? '', labelWidth)} ${paint(padEndDisplay(bar(t.speed / top, barWidth), barWidth))} ${padStartDisplay(figures[i] ?? '', figureWidth)}`,
    );
  });
  if (trend.tests.length > shown.length) {
    const room = Math.max(1, ctx.width - displayWidth(w.all) - 1);
    out.push(
      `${w.all} ${c.green(
        sparkline(
          squeeze(
            trend.tests.map((t) => t.speed / top),
            room,
          ),
        ),
      )}`,
    );
  }
  return out;
}
