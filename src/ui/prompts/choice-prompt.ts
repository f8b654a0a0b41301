import chalk, { type ChalkInstance } from 'chalk';
import { promptClock, remainingSeconds } from './answer-state.js';
import { applyChoiceEvents, type ChoiceState, createChoice } from './choice-state.js';
import { type ChoiceView, layoutChoice } from './choice-view.js';
import type { KeyEvent } from './keys.js';
import { PromptLifecycle } from './prompt-lifecycle.js';
import { ExitPromptError, type Input, type Output, type PromptContext } from './terminal.js';

export interface ChoicePromptConfig {
  header: string;
  prompt: string;
  options: readonly string[];
  /** Letters toggle options, and Enter needs at least one. */
  multiple: boolean;
  /** Milliseconds to answer; null for no timer. */
  limitMs: number | null;
  /** Before the countdown: `剩余`, or `全卷剩余` when the whole quiz's time limits the item. */
  clockLabel: string;
  help: string;
  chooseHint: string;
  now?: () => number;
  colors?: ChalkInstance;
}

export interface ChoiceResult {
  /** Option indexes chosen, sorted; what was chosen by then when the time ran out. */
  chosen: number[];
  timedOut: boolean;
  /** Time taken; the limit itself when timed out. */
  elapsedMs: number;
}

/**
 * Asks one choice item in a region of the screen of its own, with a countdown when `limitMs` is
 * set: ↑/↓ or an option's letter, then Enter (a letter toggles an option of a `multiple` item).
 * When the time runs out, what is chosen is submitted. Ctrl+C rejects with `ExitPromptError`.
 * The keys' effect is `applyChoiceEvents` (pure), the frame `layoutChoice`; this function wires
 * them to the terminal and the countdown.
 */
export function askChoice(
  config: ChoicePromptConfig,
  context: PromptContext = {},
): Promise<ChoiceResult> {
  const input = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output;
  const colors = config.colors ?? chalk;
  const limitSeconds = config.limitMs === null ? null : config.limitMs / 1000;
  const clock = promptClock(config.now ?? Date.now, limitSeconds);

  return new Promise<ChoiceResult>((resolve, reject) => {
    let state: ChoiceState = createChoice(config.options.length, config.multiple);
    const life = new PromptLifecycle(output);
    let remaining = limitSeconds === null ? null : remainingSeconds(limitSeconds, 0);

    const draw = (final = false) => {
      const layout = layoutChoice(choiceView(config, remaining), state, life.size, colors, final);
      life.region.draw(layout, life.size.height);
    };

    const finish = (timedOut: boolean) => {
      if (life.ended) return;
      const ended = clock.end(timedOut);
      life.end();
      draw(true);
      resolve({ chosen: [...state.chosen], ...ended });
    };

    const fail = (error: Error) => {
      if (life.ended) return;
      life.end();
      draw(true);
      reject(error);
    };

    const onEvents = (events: KeyEvent[]) => {
      if (life.ended) return;
      const step = applyChoiceEvents(state, events);
      state = step.state;
      if (step.outcome === 'cancel')
        return fail(new ExitPromptError('User force closed the prompt'));
      if (step.outcome === 'submit') return finish(false);
      draw();
    };

    if (!life.open(input, context.signal, { onEvents, draw, fail })) return;

    const showRemaining = (seconds: number) => {
      remaining = seconds;
      draw();
    };
    if (limitSeconds !== null)
      life.countdown(limitSeconds, clock.elapsed, showRemaining, () => finish(true));
    draw();
  });
}

/** What the choice prompt shows, the clock at `remaining` seconds (none without a limit). */
function choiceView(config: ChoicePromptConfig, remaining: number | null): ChoiceView {
  return {
    header: config.header,
    prompt: config.prompt,
    options: config.options,
    clock: remaining === null ? null : { label: config.clockLabel, seconds: remaining },
    help: config.help,
    chooseHint: config.chooseHint,
  };
}
