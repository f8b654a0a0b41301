/**
 * The chat report as text (pure): outcome, first response, turns, time per
 * turn, the customer's emotion as a small chart of plain characters (it reads
 * the same without colour), key steps, red flags, typing speed, transcript.
 */
import { type ChatScenario, EMOTION_MAX } from '../../bank/chat-types.js';
import { actLabel, chatText, inParens } from '../../chat/chat-text.js';
import type { ChatReport, TranscriptLine } from '../../chat/report.js';
import { neutralize } from '../../neutralize.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';
import { formatClock } from './format.js';

const GOOD = new Set(['resolved', 'escalated']);

/** A chat's heading: the scenario's title, its order's details, the time a reply has. */
export function renderChatHeading(ctx: RenderContext, scenario: ChatScenario): string {
  const t = chatText(ctx.lang);
  const { c } = ctx;
  const colon = ctx.lang === 'zh' ? '：' : ': ';
  const details = scenario.order;
  const orderLine = [
    `${t.order} ${details.number}`,
    details.item,
    details.paid ? `${t.paid} ${details.paid}` : '',
    details.status ? `${t.status}${colon}${details.status}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const wrap = (text: string) => wrapText(neutralize(text), Math.max(10, ctx.width - 1));
  return [
    ...wrap(scenario.title).map((r) => c.bold(r)),
    ...wrap(orderLine).map((r) => c.dim(r)),
    c.dim(t.turnLimit(formatClock(scenario.turn_limit * 1000))),
    '',
  ].join('\n');
}

/** The outcome line: 已解决 ✓, or what went wrong. */
export function renderOutcome(ctx: RenderContext, report: Pick<ChatReport, 'outcome'>): string {
  const t = chatText(ctx.lang);
  const text = t.outcome[report.outcome];
  return GOOD.has(report.outcome) ? ctx.c.green.bold(`✓ ${text}`) : ctx.c.red.bold(`✗ ${text}`);
}

/** The emotion chart: one row a level, 5 at the top, a column for the opening and each reply. */
export function renderEmotionChart(emotions: readonly number[], startLabel: string): string[] {
  const rows: string[] = [];
  for (let level = EMOTION_MAX; level >= 0; level--) {
    const cells = emotions.map((e) => (e === level ? ' * ' : '   ')).join('');
    rows.push(`  ${level} |${cells}`.trimEnd());
  }
  rows.push(`    +${'---'.repeat(emotions.length)}`);
  rows.push(`     ${emotions.map((_, i) => String(i).padStart(2).padEnd(3)).join('')}`.trimEnd());
  rows.push(`     (0 = ${startLabel})`);
  return rows;
}

export function renderTranscript(ctx: RenderContext, lines: readonly TranscriptLine[]): string[] {
  const t = chatText(ctx.lang);
  const colon = ctx.lang === 'zh' ? '：' : ': ';
  const out: string[] = [];
  for (const line of lines) {
    const head =
      line.who === 'customer'
        ? `${t.customer}${inParens(ctx.lang, `${t.emotion} ${line.emotion ?? 0}`)}`
        : line.elapsedMs === undefined
          ? t.you
          : `${t.you}${inParens(ctx.lang, `${formatClock(line.elapsedMs)}${line.slow ? ` ${t.slowMark}` : ''}`)}`;
    const shown = line.who === 'customer' ? ctx.c.cyan(head) : ctx.c.bold(head);
    out.push(`${shown}${colon}`);
    out.push(
      ...wrapText(neutralize(line.text || '—'), Math.max(10, ctx.width - 1), { indent: '  ' }),
    );
  }
  return out;
}

export function renderChatReport(ctx: RenderContext, report: ChatReport): string {
  const { c, lang } = ctx;
  const t = chatText(lang);
  const sep = lang === 'zh' ? '、' : ', ';
  const colon = lang === 'zh' ? '：' : ': ';
  const limit = formatClock(report.turnLimitMs);
  const clock = (ms: number) => {
    const shown = formatClock(ms);
    return ms >= report.turnLimitMs ? c.red(`${shown} ${t.slowMark}`) : shown;
  };
  const lines = [
    c.bold(`${t.reportTitle} · ${neutralize(report.title)}`),
    renderOutcome(ctx, report),
    `${t.wants}${colon}${neutralize(report.wants)}`,
    `${t.firstResponse}${colon}${report.firstResponseMs === null ? '—' : clock(report.firstResponseMs)}${inParens(lang, t.turnLimit(limit))}`,
    `${t.turnsLabel}${colon}${t.turns(report.turnMs.length)}`,
    `${t.perTurn}${colon}${report.turnMs.length === 0 ? '—' : report.turnMs.map(clock).join(' · ')}`,
    `${t.typing}${colon}${report.typingPerMinute === null ? '—' : t.perMinute(report.typingPerMinute)}`,
    '',
    c.bold(t.emotionChart),
    ...renderEmotionChart(report.emotions, t.chartStart),
    '',
    c.bold(t.steps),
    ...report.stepsDone.map((s) => `  ${c.green('✓')} ${actLabel(lang, s)}`),
    ...report.stepsMissed.map((s) => `  ${c.red('✗')} ${actLabel(lang, s)}`),
    '',
    c.bold(t.redFlags),
    ...(report.redFlags.length === 0
      ? [`  ${t.noRedFlags}`]
      : report.redFlags.flatMap((f) =>
          wrapText(
            neutralize(`${f.wrong}${inParens(lang, f.matched.join(sep))}`),
            Math.max(10, ctx.width - 3),
            { indent: '  ' },
          ).map((row, i) => (i === 0 ? c.red(`! ${row.trimStart()}`) : row)),
        )),
    '',
    c.bold(t.transcript),
    ...renderTranscript(ctx, report.transcript),
  ];
  return lines.join('\n');
}
