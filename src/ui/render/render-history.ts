/**
 * The `history` listing (pure: records in, lines out): a header row, then
 * one answer a line in aligned columns, measured in display columns (a
 * Chinese character is two), every word in the interface language.
 */

import { neutralizeInline } from '../../neutralize.js';
import type { AttemptRecord } from '../../store/record.js';
import { messages } from '../i18n.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { formatClock, formatLocalDateTime, formatScore } from './format.js';

/** How many hex digits of an attempt's id are shown: enough to be unique in any real history. */
export const SHOWN_ID_LENGTH = 8;

/** Right-aligned columns: numbers. */
const RIGHT = new Set([3, 4, 6]);
/** The self-rating's column. */
const SELF = 4;

/** The header and one line per answer, each cut to `ctx.width`. */
export function renderHistoryTable(
  ctx: RenderContext,
  attempts: readonly AttemptRecord[],
): string[] {
  const table = historyTable(ctx, attempts);
  return [table.header, ...attempts.map(table.line)];
}

/**
 * The table's header and a function that lays out one answer's line: the
 * column widths are measured in one pass over the answers, and the lines
 * made one at a time as they are written, so a long history is never held
 * as text.
 */
export function historyTable(
  ctx: RenderContext,
  attempts: readonly AttemptRecord[],
): { header: string; line: (a: AttemptRecord) => string } {
  const m = messages(ctx.lang);
  const cellsOf = (a: AttemptRecord) => [
    formatLocalDateTime(new Date(a.at)),
    neutralizeInline(a.id.slice(0, SHOWN_ID_LENGTH)),
    neutralizeInline(a.question),
    `${formatScore(a.auto_score)}/${formatScore(a.points)}`,
    a.self_score === null ? '' : formatScore(a.self_score),
    a.mode === 'oral' ? m.historyOral : m.historyTyped,
    a.time_limit === null
      ? formatClock(a.elapsed_ms)
      : `${formatClock(a.elapsed_ms)}/${formatClock(a.time_limit * 1000)}`,
    a.timed_out ? m.historyTimedOut : '',
  ];
  const header = [...m.historyHeader, ''];
  const widths = header.map((h) => displayWidth(h));
  let selfRated = false;
  for (const a of attempts) {
    const cells = cellsOf(a);
    for (let i = 0; i < cells.length; i++)
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cells[i] ?? ''));
    if (a.self_score !== null) selfRated = true;
  }
  // The self-rating column only when some answer has one.
  const layout = (cells: readonly string[]) =>
    truncateDisplay(
      cells
        .map((cell, i) =>
          RIGHT.has(i)
            ? padStartDisplay(cell, widths[i] ?? 0)
            : padEndDisplay(cell, widths[i] ?? 0),
        )
        .filter((_, i) => i !== SELF || selfRated)
        .join('  ')
        .trimEnd(),
      ctx.width,
    );
  return { header: ctx.c.dim(layout(header)), line: (a) => layout(cellsOf(a)) };
}
