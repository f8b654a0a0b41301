import chalk, { type ChalkInstance } from 'chalk';
import { compareTyped, type TypingUnit } from '../../typing/count.js';
import { displayWidth } from '../text-width.js';
import { answerText, createEditor, type EditorState } from './answer-editor.js';
import { layoutEditor } from './answer-layout.js';
import { msUntilNextTick, remainingSeconds } from './answer-state.js';
import { applyKey } from './editor-keys.js';
import type { KeyEvent } from './keys.js';
import { PromptLifecycle } from './prompt-lifecycle.js';
import type { PromptContext } from './terminal.js';
import { ExitPromptError, type Input, type Output } from './terminal.js';
import { type TypingLabels, typingFooter, typingHeader, typingProgress } from './typing-view.js';

export interface TypingPromptConfig {
  /** The first row, e.g. `打字测试 · 目标 50 字/分`. */
  title: string;
  /** The passage, split into graphemes. */
  passage: readonly string[];
  /** Seconds, counted from the first character typed. */
  timeLimit: number;
  unit: TypingUnit;
  labels: TypingLabels;
  now?: () => number;
  colors?: ChalkInstance;
}

export interface TypingResult {
  /** What stands in the editor at the end. */
  text: string;
  /** From the first character to the end; 0 when nothing was typed. */
  elapsedMs: number;
  timedOut: boolean;
}

/** Rows kept for the typed text and the help under the passage. */
const BELOW_PASSAGE = 4;

/**
 * The typing test in a region of the screen of its own: the passage, marked as it is typed, a
 * status row (countdown, live speed, accuracy, progress) that stays in view at any height, and
 * the editor the candidate types in (the answer editor's keys: Backspace, arrows, Ctrl+W …).
 * The clock starts at the first character committed. The test ends when as many characters as
 * the passage has are typed, when the time is up, or on Ctrl+D; Enter does nothing (a passage
 * is one line) and a paste is refused (a typing test is typed). Ctrl+C rejects with
 * `ExitPromptError`.
 *
 * Longer than our usual 60 lines: the closures share the test's state (the editor, the clock,
 * the scroll) with the lifecycle's handlers; what is drawn is computed by the functions below.
 */
export function askTyping(
  config: TypingPromptConfig,
  context: PromptContext = {},
): Promise<TypingResult> {
  const input = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output;
  const colors = config.colors ?? chalk;
  const now = config.now ?? Date.now;
  const limitMs = config.timeLimit * 1000;

  return new Promise<TypingResult>((resolve, reject) => {
    let editor: EditorState = createEditor();
    const life = new PromptLifecycle(output);
    let startedAt: number | undefined;
    let remaining = config.timeLimit;
    let pasteRefused = false;
    let scrollTop = 0;

    const elapsed = () => (startedAt === undefined ? 0 : Math.min(limitMs, now() - startedAt));

    const header = (maxRows: number) =>
      typingHeader({
        title: config.title,
        passage: config.passage,
        ...typingProgress(
          config.passage,
          config.unit,
          editor.text,
          remaining,
          startedAt === undefined ? null : elapsed(),
        ),
        labels: config.labels,
        width: life.size.width,
        maxRows,
        colors,
      });

    const draw = () => {
      // Title and status take two rows; the passage gets what the typed text and help leave.
      const layout = layoutEditor({
        header: header(Math.max(2, life.size.height - 2 - BELOW_PASSAGE)),
        footer: typingFooter(config.labels, pasteRefused, colors),
        text: editor.text,
        cursor: editor.cursor,
        width: life.size.width,
        height: life.size.height,
        scrollTop,
        paintMark: (m) => colors.cyan(m),
      });
      scrollTop = layout.scrollTop;
      life.region.draw(layout, life.size.height);
    };

    /** The whole passage, marked, stays on the screen; the caller prints the result under it. */
    const drawFinal = (timedOut: boolean) => {
      const lines = header(Number.POSITIVE_INFINITY);
      const rows = lines.slice(0, -1).map((l) => (l.paint ? l.paint(l.text) : l.text));
      if (timedOut) rows.push(colors.red.bold(config.labels.timeUp));
      life.region.draw({ rows, widths: rows.map(displayWidth) });
    };

    const finish = (timedOut: boolean) => {
      if (life.ended) return;
      const elapsedMs = elapsed();
      const late = timedOut || (startedAt !== undefined && elapsedMs >= limitMs);
      life.end();
      drawFinal(late);
      resolve({ text: answerText(editor), elapsedMs, timedOut: late });
    };

    const fail = (error: Error) => {
      if (life.ended) return;
      life.end();
      drawFinal(false);
      reject(error);
    };

    const tick = () => {
      if (startedAt === undefined) return;
      const spent = now() - startedAt;
      if (spent >= limitMs) return finish(true);
      remaining = remainingSeconds(config.timeLimit, spent);
      // Redrawn each second: the countdown and the live speed both change.
      draw();
      life.setTimer(tick, msUntilNextTick(config.timeLimit, spent));
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      for (const event of events) {
        if (event.kind === 'paste') {
          pasteRefused = true;
          continue;
        }
        if (event.kind === 'key' && event.name === 'return') continue;
        if (event.kind === 'key' && event.ctrl && event.name === 'd') return finish(false);
        const step = applyKey(editor, event, life.size.width, Math.max(1, life.size.height - 5));
        if (step.outcome === 'cancel')
          return fail(new ExitPromptError('User force closed the prompt'));
        if (step.state.text !== editor.text) pasteRefused = false;
        editor = step.state;
        if (startedAt === undefined && editor.text !== '') {
          startedAt = now();
          life.setTimer(tick, msUntilNextTick(config.timeLimit, 0));
        }
        // Typed through: what came after in the same read is past the end.
        if (compareTyped(config.passage, editor.text).done) return finish(false);
      }
      draw();
    };

    if (!life.open(input, context.signal, { onEvents, draw, fail })) return;
    draw();
  });
}
