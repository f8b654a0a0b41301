import { neutralize } from '../../neutralize.js';
import type { Summary } from '../../session/summarize.js';
import { followUpMessages } from '../follow-up-messages.js';
import { messages } from '../i18n.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../text-width.js';
import { wrapText } from '../wrap.js';
import { rule } from './blocks.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore, sectionNumber } from './format.js';

/**
 * The end-of-run table: each section's score over its points and time, the
 * total, and the key points missed most. Narrow terminals drop the limits
 * from the time column so titles keep their room. An interrupted run is
 * scored over the questions answered (12/20, not 12/153), and a section not
 * reached shows a dash: what was not answered is not counted against it.
 */
export function renderSummary(ctx: RenderContext, summary: Summary, interrupted: boolean): string {
  const m = messages(ctx.lang);
  const { c } = ctx;
  const title = wrapText(interrupted ? m.summaryInterrupted : m.summaryTitle, ctx.width).map((l) =>
    c.bold(l),
  );
  const out = ['', rule(ctx), ...title, '', ...scoreTable(ctx, summary, interrupted)];
  if (summary.selfRated > 0) {
    const auto = `${formatScore(summary.autoScore)}/${formatScore(interrupted ? summary.answeredMax : summary.max)}`;
    out.push(...wrapText(m.scoresBoth(auto, summary.selfRated), ctx.width).map((l) => c.dim(l)));
  }
  out.push(c.dim(m.answered(summary.answered, summary.questions)));
  // Follow-ups are reported beside the total, never in it: the interview keeps its points.
  const asked = summary.followUps;
  if (asked.asked > 0)
    out.push(
      ...wrapText(
        followUpMessages(ctx.lang).summary(
          formatScore(asked.score),
          formatScore(asked.max),
          asked.asked,
        ),
        ctx.width,
      ),
    );
  out.push('');
  if (summary.answered === 0) {
    out.push(m.nothingAnswered);
  } else if (summary.mostMissed.length === 0) {
    out.push(c.green(m.noneMissed));
  } else {
    out.push(c.bold.cyan(m.mostMissed));
    for (const miss of summary.mostMissed) {
      const text = `${neutralize(miss.point)} ×${miss.count} (−${formatScore(miss.lost)})`;
      out.push(...wrapText(text, ctx.width, { firstIndent: '  · ', indent: '    ' }));
    }
  }
  return out.join('\n');
}

/**
 * The table's rows: a header, a row a section (score over its points, time
 * over its limit where the screen is wide enough), the total in bold.
 */
function scoreTable(ctx: RenderContext, summary: Summary, interrupted: boolean): string[] {
  const m = messages(ctx.lang);
  const { c } = ctx;
  const wide = ctx.width >= 60;
  const time = (used: number, limit: number | null) =>
    wide && limit !== null ? `${formatClock(used)} / ${formatClock(limit)}` : formatClock(used);
  const over = (score: number, max: number, answeredMax: number, answered: number) =>
    !interrupted
      ? `${formatScore(score)}/${formatScore(max)}`
      : answered === 0
        ? '—'
        : `${formatScore(score)}/${formatScore(answeredMax)}`;
  const rows = summary.sections.map((s) => ({
    label: `${sectionNumber(s.order, ctx.lang)} ${neutralize(s.title)}`,
    score: over(s.score, s.max, s.answeredMax, s.answered),
    time: s.answered > 0 && s.elapsedMs > 0 ? time(s.elapsedMs, s.limitMs) : '—',
  }));
  const limits = summary.sections.map((s) => s.limitMs);
  const totalLimit = limits.every((l) => l !== null)
    ? limits.reduce<number>((n, l) => n + (l ?? 0), 0)
    : null;
  const total = {
    label: m.total,
    score: over(summary.score, summary.max, summary.answeredMax, summary.answered),
    time: summary.elapsedMs > 0 ? time(summary.elapsedMs, totalLimit) : '—',
  };
  const scoreWidth = Math.max(
    displayWidth(m.score),
    ...[...rows, total].map((r) => displayWidth(r.score)),
  );
  const timeWidth = Math.max(
    displayWidth(m.time),
    ...[...rows, total].map((r) => displayWidth(r.time)),
  );
  const labelWidth = Math.max(4, ctx.width - scoreWidth - timeWidth - 4);
  const line = (label: string, score: string, t: string) =>
    `${padEndDisplay(truncateDisplay(label, labelWidth), labelWidth)}  ${padStartDisplay(score, scoreWidth)}  ${padStartDisplay(t, timeWidth)}`;

  return [
    c.dim(line(m.section, m.score, m.time)),
    ...rows.map((r) => line(r.label, r.score, r.time)),
    c.bold(line(total.label, total.score, total.time)),
  ];
}
