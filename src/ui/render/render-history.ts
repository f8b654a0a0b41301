/**
 * The `history` listing (pure: records in, lines out): a header row, then
 * one answer a line in aligned columns, measured in display columns (a
 * Chinese character is two), every word in the interface language. A quiz
 * answer is a line too, scored 1/1 or 0/1, its mode 测验.
 */

import { neutralizeInline } from '../../neutralize.js';
import type { AttemptRecord, QuizAnswerRecord } from '../../store/record.js';
import { messages } from '../i18n.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { formatLocalDateTime, formatScore, formatTimeTaken } from './format.js';

/** How many hex digits of an attempt's id are shown: enough to be unique in any real history. */
export const SHOWN_ID_LENGTH = 8;

/** Right-aligned columns: numbers. */
const RIGHT = new Set([3, 4, 6]);
/** The self-rating's column. */
const SELF = 4;

/** What the listing shows: open answers, and the rules quiz's answers (scored 1 or 0). */
export type ListedAnswer = AttemptRecord | QuizAnswerRecord;

/** The header and one line per answer, each cut to `ctx.width`. */
export function renderHistoryTable(
  ctx: RenderContext,
  attempts: readonly ListedAnswer[],
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
  attempts: readonly ListedAnswer[],
): { header: string; line: (a: ListedAnswer) => string } {
  const m = messages(ctx.lang);
  const quiz = (a: ListedAnswer): a is QuizAnswerRecord => a.kind === 'quiz-answer';
  const cellsOf = (a: ListedAnswer) => [
    formatLocalDateTime(new Date(a.at)),
    neutralizeInline(a.id.slice(0, SHOWN_ID_LENGTH)),
    neutralizeInline(a.question),
    quiz(a) ? (a.right ? '1/1' : '0/1') : `${formatScore(a.auto_score)}/${formatScore(a.points)}`,
    quiz(a) || a.self_score === null ? '' : formatScore(a.self_score),
    quiz(a) ? m.historyQuiz : a.mode === 'oral' ? m.historyOral : m.historyTyped,
    formatTimeTaken(a.elapsed_ms, a.time_limit),
    a.timed_out ? m.historyTimedOut : '',
  ];
  const header = [...m.historyHeader, ''];
  const widths = header.map((h) => displayWidth(h));
  let selfRated = false;
  for (const a of attempts) {
    const cells = cellsOf(a);
    for (let i = 0; i < cells.length; i++)
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cells[i] ?? ''));
    if (a.kind === 'attempt' && a.self_score !== null) selfRated = true;
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
