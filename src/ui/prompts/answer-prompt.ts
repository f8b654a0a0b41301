import chalk, { type ChalkInstance } from 'chalk';
import { displayWidth } from '../text-width.js';
import { answerText, createEditor, type EditorState } from './answer-editor.js';
import { answerFrame } from './answer-frame.js';
import { remainingSeconds } from './answer-state.js';
import { type AnswerLabels, renderFinalAnswer } from './answer-view.js';
import { applyKey } from './editor-keys.js';
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
 * Longer than our usual 60 lines: the closures share the prompt's state (the editor, the
 * countdown, the hints shown, the scroll) with the lifecycle's handlers; the frame is drawn by
 * `answerFrame` and `renderFinalAnswer`, and every key is the editor's pure `applyKey`.
 */
export function askAnswer(
  config: AnswerPromptConfig,
  context: PromptContext = {},
): Promise<AnswerResult> {
  const input = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output;
  const colors = config.colors ?? chalk;
  const now = config.now ?? Date.now;
  const limitMs = config.timeLimit === null ? Number.POSITIVE_INFINITY : config.timeLimit * 1000;
  const startedAt = now();

  return new Promise<AnswerResult>((resolve, reject) => {
    let editor: EditorState = createEditor(config.initial ?? '');
    const life = new PromptLifecycle(output);
    let remaining = config.timeLimit === null ? null : remainingSeconds(config.timeLimit, 0);
    let nothingTyped = false;
    let full = false;
    let showFullHelp = false;
    let scrollTop = 0;

    const draw = () => {
      const view = {
        message: config.message,
        labels: config.labels,
        remaining,
        nothingTyped,
        full,
        showFullHelp,
      };
      const layout = answerFrame(config.question, view, editor, life.size, scrollTop, colors);
      scrollTop = layout.scrollTop;
      life.region.draw(layout, life.size.height);
    };

    /** Replaces the editor with the whole answer, as it stays on the screen. */
    const drawFinal = (text: string, timedOut: boolean) => {
      const rows = renderFinalAnswer(
        { message: config.message, labels: config.labels, text, timedOut },
        life.size.width,
        colors,
      );
      life.region.draw({ rows, widths: rows.map(displayWidth) });
    };

    const finish = (timedOut: boolean) => {
      if (life.ended) return;
      const elapsedMs = now() - startedAt;
      const late = timedOut || elapsedMs >= limitMs;
      const text = answerText(editor);
      life.end();
      drawFinal(text, late);
      resolve({ text, timedOut: late, elapsedMs: Math.min(elapsedMs, limitMs) });
    };

    const fail = (error: Error) => {
      if (life.ended) return;
      life.end();
      // What was typed stays on the screen, the cursor under it.
      drawFinal(answerText(editor), false);
      reject(error);
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      const before = editor.text;
      let cut = false;
      for (const event of events) {
        // Page Up/Down move by about the rows the answer has on the screen.
        const step = applyKey(editor, event, life.size.width, Math.max(1, life.size.height - 5));
        editor = step.state;
        if (step.outcome === 'cancel')
          return fail(new ExitPromptError('User force closed the prompt'));
        // Keys after the submitting one in the same read were typed ahead: dropped, as the
        // rating prompt drops what reaches it before it appears.
        if (step.outcome === 'submit') return finish(false);
        if (step.outcome === 'empty') nothingTyped = true;
        if (step.outcome === 'help') showFullHelp = !showFullHelp;
        if (step.outcome === 'full') cut = true;
      }
      // The length-limit hint stays until an edit goes in whole.
      if (editor.text !== before || cut) full = cut;
      if (editor.text !== before) {
        nothingTyped = false;
        config.onChange?.(answerText(editor));
      }
      draw();
    };

    if (!life.open(input, context.signal, { onEvents, draw, fail })) return;

    if (config.timeLimit !== null)
      life.countdown(
        config.timeLimit,
        () => now() - startedAt,
        (seconds) => {
          remaining = seconds;
          draw();
        },
        () => finish(true),
      );
    draw();
  });
}
