import chalk, { type ChalkInstance } from 'chalk';
import { displayWidth } from '../text-width.js';
import { answerText } from './answer-editor.js';
import { answerFrame } from './answer-frame.js';
import { type AnswerInput, applyAnswerEvents, createAnswerInput } from './answer-input.js';
import { promptClock, remainingSeconds } from './answer-state.js';
import { type AnswerLabels, renderFinalAnswer } from './answer-view.js';
import type { KeyEvent } from './keys.js';
import { PromptLifecycle } from './prompt-lifecycle.js';
import { ExitPromptError, type Input, type Output, type PromptContext } from './terminal.js';

export interface AnswerPromptConfig {
  /** Shown above the answer (plain text; neutralised before it is drawn). */
  message: string;
  /**
   * The question (plain text, neutralised before it is drawn): printed above the prompt by the
   * caller, and repeated at the top, cut to two rows, once the answer fills the screen and the
   * question has scrolled out of view.
   */
  question?: string;
  /** Seconds to answer; `null` for no timer. */
  timeLimit: number | null;
  labels: AnswerLabels;
  /** The clock, in ms; `Date.now` by default. */
  now?: () => number;
  /** Colours to draw with (level 0 for none); chalk's default instance otherwise. */
  colors?: ChalkInstance;
  /** Text already typed (a resumed answer, neutralised); the cursor starts at its end. */
  initial?: string;
  /** Told what is typed after every change, so a caller can keep a draft if the run is cut short. */
  onChange?: (text: string) => void;
}

export interface AnswerResult {
  /** Everything typed, without trailing blank lines. */
  text: string;
  /** The timer ran out: `text` is what had been typed by then. */
  timedOut: boolean;
  /** Time taken; the limit itself when timed out. */
  elapsedMs: number;
}

/**
 * Asks for a multi-line answer in a region of the screen of its own, with a countdown when
 * `timeLimit` is set. Enter splits the line; Enter on an empty line and Ctrl+D submit (not an
 * empty answer: a hint is shown instead); a paste is inserted whole; the arrows, Home/End and the
 * usual Ctrl and Alt keys edit. When the time runs out, what was typed is submitted. Ctrl+C
 * rejects with `ExitPromptError` (see `isExitPromptError`).
 *
 * The keys' effect is `applyAnswerEvents` (pure), the frame `answerFrame` and
 * `renderFinalAnswer`; this function wires them to the terminal and the countdown.
 */
export function askAnswer(
  config: AnswerPromptConfig,
  context: PromptContext = {},
): Promise<AnswerResult> {
  const keys = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output;
  const colors = config.colors ?? chalk;
  const clock = promptClock(config.now ?? Date.now, config.timeLimit);

  return new Promise<AnswerResult>((resolve, reject) => {
    let input = createAnswerInput(config.initial);
    const life = new PromptLifecycle(output);
    let remaining = config.timeLimit === null ? null : remainingSeconds(config.timeLimit, 0);
    let scrollTop = 0;

    const draw = () => {
      scrollTop = drawAnswering(life, config, { input, remaining, scrollTop }, colors);
    };

    /** Ends the prompt; the editor is replaced by the whole answer, as it stays on the screen. */
    const end = (timedOut: boolean) => {
      const text = answerText(input.editor);
      life.end();
      drawFinalAnswer(life, config, text, timedOut, colors);
      return text;
    };

    const finish = (timedOut: boolean) => {
      if (life.ended) return;
      const ended = clock.end(timedOut);
      resolve({ text: end(ended.timedOut), ...ended });
    };

    const fail = (error: Error) => {
      if (life.ended) return;
      // What was typed stays on the screen, the cursor under it.
      end(false);
      reject(error);
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      const step = applyAnswerEvents(input, events, life.size);
      input = step.input;
      if (step.end === 'cancel') return fail(new ExitPromptError('User force closed the prompt'));
      if (step.end === 'submit') return finish(false);
      if (step.changed) config.onChange?.(answerText(input.editor));
      draw();
    };

    if (!life.open(keys, context.signal, { onEvents, draw, fail })) return;

    const showRemaining = (seconds: number) => {
      remaining = seconds;
      draw();
    };
    if (config.timeLimit !== null)
      life.countdown(config.timeLimit, clock.elapsed, showRemaining, () => finish(true));
    draw();
  });
}

/** The editor's frame as the answer is typed; gives the rows' scroll, kept for the next frame. */
function drawAnswering(
  life: PromptLifecycle,
  { message, labels, question }: AnswerPromptConfig,
  shown: { input: AnswerInput; remaining: number | null; scrollTop: number },
  colors: ChalkInstance,
): number {
  const view = { message, labels, remaining: shown.remaining, ...shown.input };
  const layout = answerFrame(
    question,
    view,
    shown.input.editor,
    life.size,
    shown.scrollTop,
    colors,
  );
  life.region.draw(layout, life.size.height);
  return layout.scrollTop;
}

/** The whole answer as it stays on the screen once the prompt has ended. */
function drawFinalAnswer(
  life: PromptLifecycle,
  { message, labels }: AnswerPromptConfig,
  text: string,
  timedOut: boolean,
  colors: ChalkInstance,
): void {
  const rows = renderFinalAnswer({ message, labels, text, timedOut }, life.size.width, colors);
  life.region.draw({ rows, widths: rows.map(displayWidth) });
}
