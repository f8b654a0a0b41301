import chalk, { type ChalkInstance } from 'chalk';
import { formatClock } from '../render/format.js';
import { type Urgency, urgencyOf } from './answer-state.js';

/** The words the answer prompt shows; the caller supplies them in the session's language. */
export interface AnswerLabels {
  /** Before the countdown, e.g. `剩余`. */
  readonly remaining: string;
  /** Marks an answer cut off by the timer, e.g. `时间到`. */
  readonly timeUp: string;
  /** The help line under the input. */
  readonly help: string;
  /** Shown when Enter is pressed before anything is typed; without it the help line is highlighted. */
  readonly empty?: string | undefined;
}

export type AnswerView =
  | {
      readonly status: 'answering';
      readonly message: string;
      readonly labels: AnswerLabels;
      /** The finished lines, above the current one. */
      readonly lines: readonly string[];
      /** readline's current line, exactly: the screen manager finds the cursor by its length. */
      readonly line: string;
      /** Seconds shown on the countdown; `null` for no timer. */
      readonly remaining: number | null;
      /** Enter was pressed with nothing typed. */
      readonly nothingTyped: boolean;
    }
  | {
      readonly status: 'done';
      readonly message: string;
      readonly labels: AnswerLabels;
      readonly text: string;
      readonly timedOut: boolean;
    };

const INPUT_MARK = '› ';
const INDENT = '  ';

/** Colours the countdown by urgency: cyan, yellow under 30 s, red under 10 s. */
export function paintClock(colors: ChalkInstance, urgency: Urgency, text: string): string {
  if (urgency === 'critical') return colors.red.bold(text);
  if (urgency === 'hurry') return colors.yellow(text);
  return colors.cyan(text);
}

/**
 * Renders the prompt as inquirer's `[content, bottomContent]`. The last line of `content` is
 * the line being typed, unstyled, so that it ends with readline's line.
 */
export function renderAnswer(view: AnswerView, colors: ChalkInstance = chalk): [string, string] {
  const { message, labels } = view;
  if (view.status === 'done') {
    const rows = [message];
    if (view.timedOut) rows.push(colors.red.bold(labels.timeUp));
    for (const line of view.text === '' ? [] : view.text.split('\n')) rows.push(INDENT + line);
    return [rows.join('\n'), ''];
  }

  const rows = [message];
  if (view.remaining !== null) {
    const clock = `${labels.remaining} ${formatClock(view.remaining * 1000)}`;
    rows.push(paintClock(colors, urgencyOf(view.remaining), clock));
  }
  for (const line of view.lines) rows.push(INDENT + line);
  rows.push(colors.cyan(INPUT_MARK) + view.line);

  let bottom = colors.dim(labels.help);
  if (view.nothingTyped) {
    bottom =
      labels.empty === undefined
        ? colors.yellow(labels.help)
        : `${colors.yellow(labels.empty)}\n${colors.dim(labels.help)}`;
  }
  return [rows.join('\n'), bottom];
}
