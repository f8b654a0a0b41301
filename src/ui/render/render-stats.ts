/**
 * The `stats` report (pure: stats in, text out). Every line fits
 * `ctx.width` display columns, and the report stays about one screen long
 * however long the history: the chart shows the latest interviews, the lists
 * their top five, and bank text is cut to one line.
 */

import type { HistoryStats } from '../../history/stats.js';
import { neutralize, neutralizeInline } from '../../neutralize.js';
import {
  displayWidth,
  graphemes,
  padEndDisplay,
  padStartDisplay,
  truncateDisplay,
} from '../text-width.js';
import { wrapText } from '../wrap.js';
import { withCommand } from './blocks.js';
import type { RenderContext } from './context.js';
import { sectionNumber } from './format.js';
import { renderScoreChart } from './render-score-chart.js';
import { statsText } from './stats-text.js';

export interface RenderStatsOptions {
  /** The history file, shown first. */
  historyPath: string;
  /** The IANA time zone dates are shown in; the system's when omitted. */
  timeZone?: string;
}

/** Wider charts and tables only spread the same numbers apart. */
const CHART_WIDTH = 80;
const TABLE_WIDTH = 60;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Dates as `MM-DD` and `YYYY-MM-DD HH:mm` in the given time zone. */
export function dateFormats(timeZone: string | undefined) {
  const parts = (iso: string) => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    return p as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
  };
  return {
    day: (iso: string) => {
      const p = parts(iso);
      return `${p.month}-${p.day}`;
    },
    minute: (iso: string) => {
      const p = parts(iso);
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    },
  };
}

/** The progress report: history path, interviews, score chart, sections, weak spots, reviews due. */
export function renderStats(
  ctx: RenderContext,
  stats: HistoryStats,
  options: RenderStatsOptions,
): string {
  const t = statsText(ctx.lang);
  const { c, width } = ctx;
  const wrap = (text: string) => wrapText(text, width);
  const heading = (text: string) => c.bold.cyan(truncateDisplay(text, width));
  const out = cutToWidth(t.historyAt(neutralizeInline(options.historyPath)), width).map((l) =>
    c.dim(l),
  );
  if (stats.attempts === 0 && stats.interviews.taken === 0) {
    out.push(...wrap(t.empty), `  ${t.practiceCommand}`);
    return out.join('\n');
  }
  const dates = dateFormats(options.timeZone);
  out.push(
    ...wrap(t.interviews(stats.interviews.taken, stats.interviews.finished, stats.attempts)),
  );

  out.push('');
  if (stats.sessions.length === 0) {
    out.push(...wrap(t.noInterviews));
  } else {
    const rows = Math.min(stats.sessions.length, width >= 60 ? 8 : 5);
    const chart = { ...ctx, width: Math.min(width, CHART_WIDTH) };
    out.push(heading(t.scoresTitle(rows, stats.sessions.length)));
    out.push(...renderScoreChart(chart, stats.sessions, { rows, day: dates.day }));
  }

  out.push('', ...sectionTable({ ...ctx, width: Math.min(width, TABLE_WIDTH) }, stats));

  out.push(...weakSpots(ctx, stats, heading));

  out.push('', heading(t.review));
  if (stats.due.now > 0) out.push(...wrap(t.dueNow(stats.due.now)), `  ${t.reviewCommand}`);
  else if (stats.due.next !== null) out.push(...wrap(t.nextDue(dates.minute(stats.due.next))));
  else if (stats.due.new === 0) out.push(...wrap(t.nothingScheduled));
  if (stats.due.new > 0) out.push(...wrap(t.newQuestions(stats.due.new)).map((l) => c.dim(l)));
  return out.join('\n');
}

/** The weakest questions (with the command to drill them) and the key points missed most. */
function weakSpots(
  ctx: RenderContext,
  stats: HistoryStats,
  heading: (text: string) => string,
): string[] {
  const t = statsText(ctx.lang);
  const { width } = ctx;
  const lines: string[] = [];
  if (stats.weakest.length > 0) {
    // The command to drill them: in the heading where it fits, else under the list, whole.
    const title = t.weakest(stats.weakest.length);
    const drill = withCommand(t.drillWeakest, t.drillWeakestCommand(stats.weakest.length), width);
    const both = `${title}  ${drill[0]}`;
    const inline = drill.length === 1 && displayWidth(both) <= width;
    lines.push('', heading(inline ? both : title));
    lines.push(...weakestTable(ctx, stats.weakest));
    if (!inline) lines.push(...drill);
  }
  if (stats.mostMissed.length > 0) {
    const countWidth = Math.max(...stats.mostMissed.map((m) => displayWidth(`×${m.count}`)));
    lines.push('', heading(t.mostMissed));
    for (const m of stats.mostMissed) {
      const lead = `${padStartDisplay(`×${m.count}`, countWidth + 1)} `;
      lines.push(
        lead + truncateDisplay(neutralizeInline(m.point), Math.max(1, width - displayWidth(lead))),
      );
    }
  }
  return lines;
}

/** The trend of a question's latest shares, oldest first: `60→80→0%`. */
export function trendText(shares: readonly number[]): string {
  return `${shares.map((x) => Math.round(x * 100)).join('→')}%`;
}

/**
 * The weakest questions, one a line: section number and id (what `drill`
 * takes), the latest share, the trend of the latest answers and the prompt,
 * cut to the width. Ids are never cut: they are to be typed back.
 */
function weakestTable(ctx: RenderContext, weakest: HistoryStats['weakest']): string[] {
  const refs = weakest.map(
    (q) => `${sectionNumber(q.section, ctx.lang)} ${neutralizeInline(q.id)}`,
  );
  const trends = weakest.map((q) => trendText(q.trend));
  const refWidth = Math.max(...refs.map(displayWidth));
  const trendWidth = Math.max(...trends.map(displayWidth));
  return weakest.map((q, i) => {
    const lead = `  ${padEndDisplay(refs[i] ?? '', refWidth)}  ${padEndDisplay(trends[i] ?? '', trendWidth)}  `;
    const prompt = neutralizeInline(q.prompt.replace(/\s+/g, ' '));
    const room = ctx.width - displayWidth(lead);
    return room < 6 ? lead.trimEnd() : lead + ctx.c.dim(truncateDisplay(prompt, room));
  });
}

/** Cuts a line anywhere into pieces of `width` columns: for a path, which has no place to break. */
function cutToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of graphemes(text)) {
    if (line !== '' && displayWidth(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return [...lines, line];
}

/** Per section: share in the latest session and on average, time used of the limit, answers over it. */
function sectionTable(ctx: RenderContext, stats: HistoryStats): string[] {
  const t = statsText(ctx.lang);
  const [name, ...heads] = t.sectionHeader;
  const time = new Map(stats.time.sections.map((s) => [s.id, s]));
  const rows = stats.sections.map((s) => {
    const used = time.get(s.id);
    return [
      `${sectionNumber(s.order, ctx.lang)} ${neutralize(s.title).replace(/\s+/g, ' ')}`,
      percent(s.last),
      percent(s.average),
      percent(used?.averageShareOfLimit ?? null),
      String(used?.overLimit ?? 0),
    ];
  });
  const total = [
    t.overall,
    '',
    '',
    percent(stats.time.averageShareOfLimit),
    String(stats.time.overLimit),
  ];
  const cells = [heads, ...rows.map((r) => r.slice(1)), total.slice(1)];
  const widths = heads.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const numbers = widths.reduce((n, w) => n + w + 2, 0);
  const labelWidth = Math.max(4, ctx.width - numbers);
  const line = (row: readonly string[]) =>
    padEndDisplay(truncateDisplay(row[0] ?? '', labelWidth), labelWidth) +
    widths.map((w, i) => `  ${padStartDisplay(row[i + 1] ?? '', w)}`).join('');
  return [
    ctx.c.dim(line([name, ...heads])),
    ...rows.map(line),
    ctx.c.bold(line(total)),
    ...wrapText(t.timeNote, ctx.width).map((l) => ctx.c.dim(l)),
  ];
}
