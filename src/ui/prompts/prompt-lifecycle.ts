/**
 * What the drawn prompts (answer, choice, typing, line) share around
 * `openPrompt`: the screen's size kept current and their region told of a
 * resize, the input's end and the signal's abort turned into their errors,
 * one timer (a countdown's tick, a fence's wait), and an end that runs once.
 * Each prompt keeps only what is its own: its state, its drawing, its keys.
 */

import { firstScreenDrawn } from '../../first-screen.js';
import { msUntilNextTick, remainingSeconds } from './answer-state.js';
import type { KeyEvent } from './keys.js';
import { ScreenRegion, screenSize } from './screen-region.js';
import {
  AbortPromptError,
  ExitPromptError,
  type Input,
  type KeySource,
  type Output,
  openPrompt,
} from './terminal.js';

export interface LifecycleHandlers {
  onEvents: (events: KeyEvent[]) => void;
  /** Redraws the prompt (after a resize, at the new size). */
  draw: () => void;
  /** Ends the prompt with an error, as its own Ctrl+C does. */
  fail: (error: Error) => void;
  /** false for a prompt that reads only Enter (see PromptHandlers.guessPastes). */
  guessPastes?: boolean;
}

export class PromptLifecycle {
  /** The screen's size, kept current. */
  size: { width: number; height: number };
  readonly region: ScreenRegion;
  private keys: KeySource | undefined;
  private timer: NodeJS.Timeout | undefined;
  private done = false;

  constructor(private readonly output: Output) {
    this.size = screenSize(output);
    this.region = new ScreenRegion(output, this.size.width);
  }

  /** Whether the prompt has ended (answered or failed): later keys and ticks are ignored. */
  get ended(): boolean {
    return this.done;
  }

  /**
   * Starts listening: keys to `onEvents`, a resize redraws, the input's end and the signal's
   * abort fail the prompt. False, after failing it, when the signal was aborted already.
   */
  open(input: Input, signal: AbortSignal | undefined, handlers: LifecycleHandlers): boolean {
    const onAbort = () => handlers.fail(new AbortPromptError('Prompt was aborted'));
    this.keys = openPrompt(input, this.output, signal, {
      onEvents: handlers.onEvents,
      onResize: () => {
        this.size = screenSize(this.output);
        this.region.resized(this.size.width, this.size.height);
        handlers.draw();
      },
      onEnd: () => handlers.fail(new ExitPromptError('The input closed')),
      onAbort,
      guessPastes: handlers.guessPastes ?? true,
    });
    if (!signal?.aborted) {
      // The prompt draws itself in this same turn.
      firstScreenDrawn();
      return true;
    }
    onAbort();
    return false;
  }

  /** Arms the prompt's one timer, replacing the one armed before. */
  setTimer(callback: () => void, ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(callback, ms);
  }

  /**
   * Runs a countdown of `limitSeconds` on the prompt's timer: `onShown` with the seconds left
   * whenever the shown value changes (redrawn only then), `onTimeUp` when none are left.
   */
  countdown(
    limitSeconds: number,
    elapsedMs: () => number,
    onShown: (seconds: number) => void,
    onTimeUp: () => void,
  ): void {
    let shown = remainingSeconds(limitSeconds, 0);
    const tick = () => {
      const elapsed = elapsedMs();
      if (elapsed >= limitSeconds * 1000) return onTimeUp();
      const left = remainingSeconds(limitSeconds, elapsed);
      if (left !== shown) {
        shown = left;
        onShown(left);
      }
      this.setTimer(tick, msUntilNextTick(limitSeconds, elapsed));
    };
    this.setTimer(tick, msUntilNextTick(limitSeconds, elapsedMs()));
  }

  /** Ends the prompt: the timer stopped, the keys, resize and abort no longer listened to. */
  end(): void {
    this.done = true;
    clearTimeout(this.timer);
    this.keys?.close();
  }
}
