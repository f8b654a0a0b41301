import chalk, { type ChalkInstance } from 'chalk';
import type { TypingUnit } from '../../typing/count.js';
import { displayWidth } from '../text-width.js';
import { answerText } from './answer-editor.js';
import { layoutEditor } from './answer-layout.js';
import { type PromptClock, promptClock } from './answer-state.js';
import type { KeyEvent } from './keys.js';
import { PromptLifecycle } from './prompt-lifecycle.js';
import type { PromptContext } from './terminal.js';
import { ExitPromptError, type Input, type Output } from './terminal.js';
import { applyTypingEvents, createTypingInput, type TypingInput } from './typing-input.js';
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
 * The keys' effect is `applyTypingEvents` (pure), the frame `typingHeader` over the editor's
 * layout; this function wires them to the terminal and the clock.
 */
export function askTyping(
  config: TypingPromptConfig,
  context: PromptContext = {},
): Promise<TypingResult> {
  const keys = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output;
  const colors = config.colors ?? chalk;
  const now = config.now ?? Date.now;

  return new Promise<TypingResult>((resolve, reject) => {
    let input = createTypingInput();
    const life = new PromptLifecycle(output);
    // Started by the first character typed.
    let clock: PromptClock | undefined;
    let remaining = config.timeLimit;
    let scrollTop = 0;

    // The time taken so far, as the result would report it (at most the limit).
    const elapsed = () => clock?.end(false).elapsedMs ?? null;
    const shown = () => ({ input, remaining, elapsedMs: elapsed(), scrollTop });
    const draw = () => {
      scrollTop = drawTyping(life, config, shown(), colors);
    };

    const end = (timedOut: boolean) => {
      life.end();
      // The whole passage, marked, stays on the screen; the caller prints the result under it.
      drawFinalTyping(life, config, shown(), timedOut, colors);
    };

    const finish = (timedOut: boolean) => {
      if (life.ended) return;
      const ended = clock?.end(timedOut) ?? { timedOut, elapsedMs: 0 };
      end(ended.timedOut);
      resolve({ text: answerText(input.editor), ...ended });
    };

    const fail = (error: Error) => {
      if (life.ended) return;
      end(false);
      reject(error);
    };

    // Redrawn each second: the countdown and the live speed both change.
    const showRemaining = (seconds: number) => {
      remaining = seconds;
      draw();
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      const step = applyTypingEvents(input, events, config.passage, life.size);
      input = step.input;
      if (clock === undefined && step.typed) {
        clock = promptClock(now, config.timeLimit);
        life.countdown(config.timeLimit, clock.elapsed, showRemaining, () => finish(true));
      }
      if (step.end === 'cancel') return fail(new ExitPromptError('User force closed the prompt'));
      if (step.end === 'submit') return finish(false);
      draw();
    };

    if (!life.open(keys, context.signal, { onEvents, draw, fail })) return;
    draw();
  });
}

/** What the typing test's frame is drawn from. */
interface TypingShown {
  readonly input: TypingInput;
  readonly remaining: number;
  /** Since the first character; null before it. */
  readonly elapsedMs: number | null;
  readonly scrollTop: number;
}

/** The header (title, passage, status) with the passage in at most `maxRows` rows. */
function headerOf(
  config: TypingPromptConfig,
  shown: TypingShown,
  size: { width: number; height: number },
  maxRows: number,
  colors: ChalkInstance,
) {
  const { passage, unit } = config;
  return typingHeader({
    title: config.title,
    passage,
    ...typingProgress(passage, unit, shown.input.editor.text, shown.remaining, shown.elapsedMs),
    labels: config.labels,
    width: size.width,
    maxRows,
    colors,
  });
}

/** The test's frame as it is typed; gives the rows' scroll, kept for the next frame. */
function drawTyping(
  life: PromptLifecycle,
  config: TypingPromptConfig,
  shown: TypingShown,
  colors: ChalkInstance,
): number {
  const { editor, pasteRefused } = shown.input;
  // Title and status take two rows; the passage gets what the typed text and help leave.
  const maxRows = Math.max(2, life.size.height - 2 - BELOW_PASSAGE);
  const layout = layoutEditor({
    header: headerOf(config, shown, life.size, maxRows, colors),
    footer: typingFooter(config.labels, pasteRefused, colors),
    text: editor.text,
    cursor: editor.cursor,
    width: life.size.width,
    height: life.size.height,
    scrollTop: shown.scrollTop,
    paintMark: (m) => colors.cyan(m),
  });
  life.region.draw(layout, life.size.height);
  return layout.scrollTop;
}

/** The whole passage, marked, without the status row; the time-up mark under it. */
function drawFinalTyping(
  life: PromptLifecycle,
  config: TypingPromptConfig,
  shown: TypingShown,
  timedOut: boolean,
  colors: ChalkInstance,
): void {
  const lines = headerOf(config, shown, life.size, Number.POSITIVE_INFINITY, colors);
  const rows = lines.slice(0, -1).map((l) => (l.paint ? l.paint(l.text) : l.text));
  if (timedOut) rows.push(colors.red.bold(config.labels.timeUp));
  life.region.draw({ rows, widths: rows.map(displayWidth) });
}
