import chalk, { type ChalkInstance } from 'chalk';
import { neutralize } from '../../neutralize.js';
import { formatClock } from '../render/format.js';
import { truncateDisplay } from '../text-width.js';
import { wrapText } from '../wrap.js';
import { INDENT, type StyledLine } from './answer-layout.js';
import { type Urgency, urgencyOf } from './answer-state.js';

/** The words the answer prompt shows; the caller supplies them in the session's language. */
export interface AnswerLabels {
  /** The countdown around its `mm:ss`, e.g. `(t) => 剩余 ${t}` or `(t) => ${t} left`. */
  readonly remaining: (clock: string) => string;
  /** Marks an answer cut off by the timer, e.g. `时间到`. */
  readonly timeUp: string;
  /** The help line under the input (newlines allowed). */
  readonly help: string;
  /** Shown when the answer is submitted before anything is typed; without it the help line is highlighted. */
  readonly empty?: string | undefined;
  /** Shown when typed or pasted text was left out because the answer is at its length limit. */
  readonly full?: string | undefined;
  /** The full help, shown and hidden with Ctrl+G; without it Ctrl+G does nothing. */
  readonly fullHelp?: string | undefined;
  /** After the countdown while part of the answer is out of view, e.g. `(n) => ↑ 还有 ${n} 行`. */
  readonly hiddenRows?: ((above: number, below: number) => string) | undefined;
}

/** What marks the last 10 seconds where there is no colour to (NO_COLOR, TERM=dumb, --no-color). */
export const CRITICAL_MARK = ' !!';

/**
 * The countdown's text: the label around `mm:ss`, and without colours a
 * text mark on the last 10 seconds, which red would otherwise be alone to show.
 */
export function clockText(
  colors: ChalkInstance,
  remaining: (clock: string) => string,
  seconds: number,
): string {
  const text = remaining(formatClock(seconds * 1000));
  return colors.level === 0 && urgencyOf(seconds) === 'critical' ? `${text}${CRITICAL_MARK}` : text;
}

/** Colours the countdown by urgency: cyan, yellow under 30 s, red under 10 s. */
export function paintClock(colors: ChalkInstance, urgency: Urgency, text: string): string {
  if (urgency === 'critical') return colors.red.bold(text);
  if (urgency === 'hurry') return colors.yellow(text);
  return colors.cyan(text);
}

export interface AnsweringView {
  readonly message: string;
  readonly labels: AnswerLabels;
  /** Seconds shown on the countdown; `null` for no timer. */
  readonly remaining: number | null;
  /** The answer was submitted with nothing in it. */
  readonly nothingTyped: boolean;
  /** Text was left out: the answer is at its length limit. */
  readonly full?: boolean | undefined;
  readonly showFullHelp: boolean;
  readonly hidden?: { readonly above: number; readonly below: number };
}

/** The rows above the answer while it is typed: the message (neutralised) and the countdown. */
export function answerHeader(view: AnsweringView, colors: ChalkInstance = chalk): StyledLine[] {
  const lines: StyledLine[] = [{ text: neutralize(view.message) }];
  if (view.remaining !== null) {
    const clock = clockText(colors, view.labels.remaining, view.remaining);
    const urgency = urgencyOf(view.remaining);
    const hidden =
      view.hidden && (view.hidden.above > 0 || view.hidden.below > 0) && view.labels.hiddenRows
        ? view.labels.hiddenRows(view.hidden.above, view.hidden.below)
        : '';
    lines.push({
      text: hidden ? `${clock}  ${hidden}` : clock,
      paint: (row) =>
        row.startsWith(clock)
          ? paintClock(colors, urgency, clock) + colors.dim(row.slice(clock.length))
          : colors.dim(row),
    });
  }
  return lines;
}

/** The question cut to two rows (the second ends with … when cut), dim, for a full screen. */
export function questionRows(
  question: string,
  width: number,
  colors: ChalkInstance = chalk,
): StyledLine[] {
  const room = Math.max(2, width - 1);
  const rows = wrapText(neutralize(question).replace(/\s*\n\s*/g, ' '), room);
  const shown = rows.slice(0, 2);
  if (rows.length > 2) shown[1] = truncateDisplay(`${shown[1] ?? ''}${rows[2] ?? ''}`, room);
  return shown.map((text) => ({ text, paint: (r: string) => colors.dim(r) }));
}

/** The rows under the answer: the empty-answer hint, then the help (or the full help). */
export function answerFooter(view: AnsweringView, colors: ChalkInstance = chalk): StyledLine[] {
  const { labels } = view;
  const help = view.showFullHelp && labels.fullHelp ? labels.fullHelp : labels.help;
  const lines: StyledLine[] = [];
  if (view.nothingTyped && labels.empty !== undefined)
    lines.push({ text: labels.empty, paint: (r) => colors.yellow(r) });
  if (view.full && labels.full !== undefined)
    lines.push({ text: labels.full, paint: (r) => colors.yellow(r) });
  const helpPaint =
    view.nothingTyped && labels.empty === undefined
      ? (r: string) => colors.yellow(r)
      : (r: string) => colors.dim(r);
  for (const text of help.split('\n')) lines.push({ text, paint: helpPaint, items: true });
  return lines;
}

/**
 * The frame left on the screen once the answer is in: the message, `时间到` when the timer ended
 * it, and the whole answer, indented, wrapped at `width` (all of it, not just what fitted).
 */
export function renderFinalAnswer(
  view: { message: string; labels: AnswerLabels; text: string; timedOut: boolean },
  width: number,
  colors: ChalkInstance = chalk,
): string[] {
  const rows = wrapText(neutralize(view.message), Math.max(2, width - 1));
  if (view.timedOut) rows.push(colors.red.bold(view.labels.timeUp));
  if (view.text !== '')
    rows.push(...wrapText(view.text, Math.max(4, width - 1), { indent: INDENT }));
  return rows;
}
