import chalk, { type ChalkInstance } from 'chalk';
import { neutralize } from '../../neutralize.js';
import { displayWidth } from '../text-width.js';
import { wrapText } from '../wrap.js';
import type { EditorState } from './answer-editor.js';
import { layoutEditor } from './answer-layout.js';
import type { KeyEvent } from './keys.js';
import { applyLineEvents, createLineInput } from './line-input.js';
import { PromptLifecycle } from './prompt-lifecycle.js';
import {
  CURSOR_REQUEST,
  ExitPromptError,
  type Input,
  type Output,
  type PromptContext,
} from './terminal.js';
import { answersCursorRequests } from './terminal-probe.js';

export interface LinePromptConfig {
  message: string;
  /** `true`, or the message to show under the line while the value is refused. */
  validate?: (value: string) => true | string;
  /**
   * Drop the keys typed before the prompt appeared (typed ahead while the program was busy, or
   * meant for the prompt before), so a stray Enter does not answer it.
   */
  discardTypeahead?: boolean;
  /** Show no line at all: the prompt only waits for Enter. */
  enterOnly?: boolean;
  colors?: ChalkInstance;
}

// A terminal that does not answer the cursor-position request gets its keys after this long.
const FENCE_TIMEOUT_MS = 400;

/**
 * One line of input under a message. Enter (or Ctrl+D) submits what `validate` accepts; Ctrl+C
 * rejects with `ExitPromptError`. With `discardTypeahead`, the prompt asks the terminal for the
 * cursor position as it appears: the terminal's answer comes after every key typed before, so
 * those keys are known and dropped.
 *
 * The keys' effect is `applyLineEvents` (pure); this function wires it to the terminal.
 */
export function askLine(config: LinePromptConfig, context: PromptContext = {}): Promise<string> {
  const keys = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output & { isTTY?: boolean };
  const colors = config.colors ?? chalk;
  const message = neutralize(config.message);
  // A terminal known not to answer the request would only hold the keys up.
  const fenced =
    config.discardTypeahead === true &&
    keys.isTTY === true &&
    output.isTTY === true &&
    answersCursorRequests() !== false;

  return new Promise<string>((resolve, reject) => {
    let input = createLineInput(fenced);
    const life = new PromptLifecycle(output);

    const draw = () => drawLine(life, config, message, colors, input.editor, input.error);

    const fail = (e: Error) => {
      if (life.ended) return;
      life.end();
      output.write('\r\n');
      reject(e);
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      const step = applyLineEvents(input, events, { ...config, width: life.size.width });
      input = step.input;
      if (step.end === 'cancel') return fail(new ExitPromptError('User force closed the prompt'));
      if (step.end !== 'submit') return draw();
      life.end();
      drawAnswered(
        life,
        config.enterOnly || step.value === '' ? message : `${message} ${step.value}`,
      );
      resolve(step.value);
      // Typed after the Enter (not a paste here: see guessPastes), so meant for what comes
      // next, e.g. quiz's first item: given back to the input it came from.
      if (config.enterOnly) giveBack(keys, step.rest);
    };

    const handlers = { onEvents, draw, fail, guessPastes: config.enterOnly !== true };
    if (!life.open(keys, context.signal, handlers)) return;
    if (fenced) {
      // Asked before the prompt is drawn: whatever the user types once it is visible comes after.
      output.write(CURSOR_REQUEST);
      life.setTimer(() => {
        input = { ...input, waitingForFence: false };
      }, FENCE_TIMEOUT_MS);
    }
    draw();
  });
}

/** The prompt as answered: its message and the value, wrapped, the cursor under them. */
function drawAnswered(life: PromptLifecycle, shown: string): void {
  const rows = wrapText(shown, Math.max(2, life.size.width - 1));
  life.region.draw({ rows, widths: rows.map(displayWidth) });
}

/** The prompt as it stands: its message, then the line being typed (or only the message). */
function drawLine(
  life: PromptLifecycle,
  config: LinePromptConfig,
  message: string,
  colors: ChalkInstance,
  editor: EditorState,
  error: string | undefined,
): void {
  if (config.enterOnly) {
    const rows = wrapText(message, Math.max(2, life.size.width - 1));
    const last = rows.length - 1;
    const col = Math.min(displayWidth(rows[last] ?? ''), life.size.width - 1);
    life.region.draw({ rows, widths: rows.map(displayWidth), cursor: { row: last, col } });
    return;
  }
  const layout = layoutEditor({
    header: [{ text: message, paint: (r) => colors.bold(r) }],
    footer: error === undefined ? [] : [{ text: error, paint: (r) => colors.red(r) }],
    text: editor.text,
    cursor: editor.cursor,
    width: life.size.width,
    height: life.size.height,
    scrollTop: 0,
    paintMark: (m) => colors.cyan(m),
  });
  life.region.draw(layout, life.size.height);
}

/**
 * Puts the text of `events` back at the front of `input`, for the next reader. Not their Enter
 * keys: a second Enter in a quick double press would answer the next prompt unseen.
 */
function giveBack(input: Input, events: readonly KeyEvent[]): void {
  const text = events.map((e) => (e.kind === 'text' ? e.text : '')).join('');
  if (text !== '') input.unshift(Buffer.from(text, 'utf8'));
}
