/**
 * What a choice prompt draws, as a pure function: the item, its options and
 * the state in; the rows (laid out by us, never reaching the last column)
 * and the cursor's cell out. Fits the screen's height: a long prompt is cut
 * (ending with …), the options never are.
 */

import chalk, { type ChalkInstance } from 'chalk';
import { letterOf } from '../../bank/choice-types.js';
import { neutralize } from '../../neutralize.js';
import { formatClock } from '../render/format.js';
import { displayWidth, truncateDisplay } from '../text-width.js';
import { wrapItems, wrapText } from '../wrap.js';
import { urgencyOf } from './answer-state.js';
import { paintClock } from './answer-view.js';
import type { ChoiceState } from './choice-state.js';
import type { Frame } from './screen-region.js';

export interface ChoiceView {
  /** The first row, e.g. `第 3/20 题 · 单选题`. */
  readonly header: string;
  readonly prompt: string;
  readonly options: readonly string[];
  /** The countdown's label (`剩余`, `全卷剩余`) and seconds shown; null for no timer. */
  readonly clock: { readonly label: string; readonly seconds: number } | null;
  readonly help: string;
  /** Shown when Enter was pressed with nothing chosen. */
  readonly chooseHint: string;
}

const POINTER = '❯ ';
const NO_POINTER = '  ';

function mark(state: ChoiceState, index: number): string {
  if (!state.multiple) return '';
  return state.chosen.includes(index) ? '[x] ' : '[ ] ';
}

/** The rows of the options: each wrapped under its own text, the cursor's option painted. */
function optionRows(
  view: ChoiceView,
  state: ChoiceState,
  room: number,
  colors: ChalkInstance,
  final: boolean,
): { rows: string[]; plain: string[]; cursorRow: number } {
  const rows: string[] = [];
  const plain: string[] = [];
  let cursorRow = 0;
  view.options.forEach((option, index) => {
    const here = index === state.cursor && !final;
    const chosen = state.chosen.includes(index);
    const lead = `${here ? POINTER : NO_POINTER}${mark(state, index)}${letterOf(index)}. `;
    const hang = ' '.repeat(displayWidth(lead));
    const wrapped = wrapText(neutralize(option).replace(/\s*\n\s*/g, ' '), room, {
      firstIndent: lead,
      indent: hang,
    });
    if (index === Math.max(0, state.cursor)) cursorRow = rows.length;
    for (const row of wrapped) {
      plain.push(row);
      rows.push(here ? colors.cyan.bold(row) : chosen ? colors.cyan(row) : row);
    }
  });
  return { rows, plain, cursorRow };
}

/** The frame while the item is answered; `final` for the one left on the screen after. */
export function layoutChoice(
  view: ChoiceView,
  state: ChoiceState,
  size: { width: number; height: number },
  colors: ChalkInstance = chalk,
  final = false,
): Frame {
  const room = Math.max(8, size.width - 1);
  const clock =
    view.clock === null ? '' : `${view.clock.label} ${formatClock(view.clock.seconds * 1000)}`;
  const headerText = truncateDisplay(clock === '' ? view.header : `${view.header}  ${clock}`, room);
  const header =
    clock !== '' && headerText.endsWith(clock) && view.clock !== null
      ? colors.bold(headerText.slice(0, -clock.length)) +
        paintClock(colors, urgencyOf(view.clock.seconds), clock)
      : colors.bold(headerText);
  const options = optionRows(view, state, room, colors, final);
  const footer = final
    ? []
    : [
        '',
        ...wrapItems(view.help, room).map((r) => colors.dim(r)),
        ...(state.nothingChosen ? [colors.yellow(truncateDisplay(view.chooseHint, room))] : []),
      ];
  const footerPlain = final
    ? []
    : ['', ...wrapItems(view.help, room), ...(state.nothingChosen ? [view.chooseHint] : [])];
  let prompt = wrapText(neutralize(view.prompt), room);
  // One row is kept free below the frame, so it stays on the normal screen.
  const spare = size.height - 1 - (1 + 1 + options.rows.length + footer.length);
  if (!final && prompt.length > spare) {
    const kept = Math.max(1, spare);
    prompt = prompt.slice(0, kept);
    prompt[kept - 1] = truncateDisplay(`${prompt[kept - 1] ?? ''}…`, room);
  }
  const rows = [header, ...prompt, '', ...options.rows, ...footer];
  const plain = [headerText, ...prompt, '', ...options.plain, ...footerPlain];
  const widths = plain.map(displayWidth);
  if (final) return { rows, widths };
  const row = 1 + prompt.length + 1 + options.cursorRow;
  return { rows, widths, cursor: { row, col: 0 } };
}
