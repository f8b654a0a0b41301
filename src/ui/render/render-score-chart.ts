/**
 * Mock interview scores as a terminal bar chart (pure): one row per recent
 * interview, `11-25 ███████▍     85/153`, and a one-line sparkline of all of
 * them when there are more than the rows show.
 */

import type { SessionScore } from '../../history/session-scores.js';
import { displayWidth, padEndDisplay, padStartDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { formatScore } from './format.js';
import { statsText } from './stats-text.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARKS = '▁▂▃▄▅▆▇█';

/** A bar `width` columns long at most, filled to `share` in eighths of a column. */
export function bar(share: number, width: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}

/** One character per share, ▁ (0) to █ (1). */
export function sparkline(shares: readonly number[]): string {
  const top = SPARKS.length - 1;
  return shares
    .map((s) => SPARKS[Math.round(Math.min(1, Math.max(0, s)) * top)] ?? SPARKS[0])
    .join('');
}

/** At most `room` values: consecutive runs averaged when there are more, so all are shown. */
export function squeeze(values: readonly number[], room: number): number[] {
  if (values.length <= room) return [...values];
  return Array.from({ length: room }, (_, i) => {
    const run = values.slice(
      Math.floor((i * values.length) / room),
      Math.floor(((i + 1) * values.length) / room),
    );
    return run.reduce((n, v) => n + v, 0) / run.length;
  });
}

const shareOf = (s: SessionScore) => (s.max > 0 ? s.score / s.max : 0);

export interface ChartOptions {
  /** How many interviews get a row of their own. */
  rows: number;
  /** Formats a session's start as a short date (`11-25`). */
  day: (iso: string) => string;
}

/** The chart's lines, each at most `ctx.width` columns; sessions oldest first. */
export function renderScoreChart(
  ctx: RenderContext,
  sessions: readonly SessionScore[],
  options: ChartOptions,
): string[] {
  const t = statsText(ctx.lang);
  const { c } = ctx;
  const shown = sessions.slice(-options.rows);
  const labels = shown.map((s) => options.day(s.at));
  const marked = shown.some((s) => !s.finished);
  const mark = (s: SessionScore) => (!marked ? '' : s.finished ? ' ' : '*');
  const scores = shown.map((s) => `${formatScore(s.score)}/${formatScore(s.max)}${mark(s)}`);
  const labelWidth = Math.max(...labels.map(displayWidth));
  const scoreWidth = Math.max(...scores.map(displayWidth));
  const barWidth = Math.max(1, ctx.width - labelWidth - scoreWidth - 2);
  const out = shown.map((s, i) =>
    `${padEndDisplay(labels[i] ?? '', labelWidth)} ${c.green(padEndDisplay(bar(shareOf(s), barWidth), barWidth))} ${padStartDisplay(scores[i] ?? '', scoreWidth)}`.trimEnd(),
  );
  if (sessions.length > shown.length) {
    const label = t.allSessions;
    const room = Math.max(1, ctx.width - displayWidth(label) - 1);
    out.push(`${label} ${c.green(sparkline(squeeze(sessions.map(shareOf), room)))}`);
  }
  if (marked) out.push(c.dim(t.unfinished));
  return out;
}
