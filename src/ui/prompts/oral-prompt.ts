import { createPrompt, isEnterKey, useEffect, useKeypress, useState } from '@inquirer/core';
import chalk, { type ChalkInstance } from 'chalk';
import { msUntilNextTick, remainingSeconds, urgencyOf } from './answer-state.js';
import { clockText, paintClock } from './answer-view.js';
import type { PromptContext } from './terminal.js';

export interface OralPromptConfig {
  message: string;
  /** Seconds; null for no timer. */
  timeLimit: number | null;
  labels: { remaining: (clock: string) => string; timeUp: string; help: string };
  now?: () => number;
  colors?: ChalkInstance;
}

export interface OralResult {
  timedOut: boolean;
  elapsedMs: number;
}

/**
 * The spoken-answer prompt: a countdown while the candidate talks; Enter
 * when done, or the time runs out. Typed keys are ignored (and not shown).
 */
const oralPrompt = createPrompt<OralResult, OralPromptConfig>((config, done) => {
  const now = config.now ?? Date.now;
  const colors = config.colors ?? chalk;
  const [state] = useState(() => ({
    startedAt: now(),
    finished: undefined as OralResult | undefined,
  }));
  const [remaining, setRemaining] = useState<number | null>(
    config.timeLimit === null ? null : remainingSeconds(config.timeLimit, 0),
  );

  const finish = (timedOut: boolean): void => {
    if (state.finished) return;
    const limitMs = config.timeLimit === null ? Number.POSITIVE_INFINITY : config.timeLimit * 1000;
    const elapsedMs = Math.min(now() - state.startedAt, limitMs);
    state.finished = { timedOut: timedOut || elapsedMs >= limitMs, elapsedMs };
    setRemaining(remaining);
    done(state.finished);
  };

  useEffect(() => {
    const limit = config.timeLimit;
    if (limit === null) return;
    let timer: NodeJS.Timeout | undefined;
    let shown = remainingSeconds(limit, 0);
    const tick = (): void => {
      const elapsedMs = now() - state.startedAt;
      if (elapsedMs >= limit * 1000) {
        finish(true);
        return;
      }
      const next = remainingSeconds(limit, elapsedMs);
      if (next !== shown) {
        shown = next;
        setRemaining(next);
      }
      timer = setTimeout(tick, msUntilNextTick(limit, elapsedMs));
    };
    timer = setTimeout(tick, msUntilNextTick(limit, 0));
    return () => clearTimeout(timer);
  }, []);

  useKeypress((key, rl) => {
    if (state.finished) return;
    if (isEnterKey(key)) finish(false);
    else rl.clearLine(0);
  });

  if (state.finished) {
    return state.finished.timedOut
      ? `${config.message}\n${colors.red.bold(config.labels.timeUp)}`
      : config.message;
  }
  const clock =
    remaining === null
      ? ''
      : `\n${paintClock(colors, urgencyOf(remaining), clockText(colors, config.labels.remaining, remaining))}`;
  return [`${config.message}${clock}`, colors.dim(config.labels.help)];
});

/** Times a spoken answer: resolves on Enter or when the limit runs out. Ctrl+C rejects with `ExitPromptError`. */
export function askOral(config: OralPromptConfig, context?: PromptContext): Promise<OralResult> {
  return oralPrompt(config, context);
}
