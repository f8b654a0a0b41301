import { createPrompt, useEffect, useKeypress, useState } from '@inquirer/core';
import type { ChalkInstance } from 'chalk';
import {
  composeAnswer,
  joinPrevious,
  type Key,
  keyRole,
  msUntilNextTick,
  pressEnter,
  remainingSeconds,
} from './answer-state.js';
import { type AnswerLabels, renderAnswer } from './answer-view.js';
import { dropCoreCursorCheck, fixChunkInsertion, isHistoryKey } from './readline-fixes.js';

export interface AnswerPromptConfig {
  /** The question, already rendered (may hold newlines and colours). */
  message: string;
  /** Seconds to answer; `null` for no timer. */
  timeLimit: number | null;
  labels: AnswerLabels;
  /** The clock, in ms; `Date.now` by default. */
  now?: () => number;
  /** Colours to draw with (level 0 for none); chalk's default instance otherwise. */
  colors?: ChalkInstance;
  /** Text already typed (a resumed answer); the cursor starts at its end. */
  initial?: string;
  /** Told what is typed after every change, so a caller can keep a draft if the run is cut short. */
  onChange?: (text: string) => void;
}

export interface AnswerResult {
  /** Every line typed, the unfinished one too, without trailing blank lines. */
  text: string;
  /** The timer ran out: `text` is what had been typed by then. */
  timedOut: boolean;
  /** Time taken; the limit itself when timed out. */
  elapsedMs: number;
}

type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1] & { cursor: number };

/** Everything the prompt tracks, in one object: a timer's updates are not batched by core 10. */
interface Session {
  readonly startedAt: number;
  rl: Readline | undefined;
  lines: readonly string[];
  /** Seconds on the countdown as last drawn; `null` for no timer. */
  remaining: number | null;
  nothingTyped: boolean;
  finished: { text: string; timedOut: boolean } | undefined;
  /** readline's line and cursor before it handled the current key. */
  lineBeforeKey: string;
  cursorBeforeKey: number;
  previousKey: Key | undefined;
  redrawQueued: boolean;
  version: number;
}

const answerPrompt = createPrompt<AnswerResult, AnswerPromptConfig>((config, done) => {
  const now = config.now ?? Date.now;
  const limitMs = config.timeLimit === null ? Number.POSITIVE_INFINITY : config.timeLimit * 1000;
  const [session] = useState<Session>(() => ({
    startedAt: now(),
    rl: undefined,
    lines: config.initial ? config.initial.split('\n').slice(0, -1) : [],
    remaining: config.timeLimit === null ? null : remainingSeconds(config.timeLimit, 0),
    nothingTyped: false,
    finished: undefined,
    lineBeforeKey: '',
    cursorBeforeKey: 0,
    previousKey: undefined,
    redrawQueued: false,
    version: 0,
  }));
  const [, setVersion] = useState(0);

  const redraw = (): void => {
    session.version += 1;
    setVersion(session.version);
  };

  // A paste arrives as one keypress per character, all in one go: draw once, after the burst.
  const redrawSoon = (): void => {
    if (session.redrawQueued) return;
    session.redrawQueued = true;
    queueMicrotask(() => {
      session.redrawQueued = false;
      if (session.finished) return;
      const rl = session.rl;
      // readline counts a tab as up to 8 columns and the terminal may not: keep one column.
      if (rl?.line.includes('\t')) rl.line = rl.line.replaceAll('\t', ' ');
      config.onChange?.(composeAnswer(session.lines, rl?.line ?? ''));
      redraw();
    });
  };

  const finish = (rl: Readline, timedOut: boolean): void => {
    if (session.finished) return;
    const elapsedMs = now() - session.startedAt;
    const text = composeAnswer(session.lines, rl.line);
    const late = timedOut || elapsedMs >= limitMs;
    // The final frame does not show readline's line: empty it so the cursor lands below.
    rl.clearLine(0);
    session.finished = { text, timedOut: late };
    redraw();
    done({ text, timedOut: late, elapsedMs: Math.min(elapsedMs, limitMs) });
  };

  useEffect((base) => {
    const rl = base as Readline;
    session.rl = rl;
    const lastInitialLine = config.initial?.split('\n').at(-1);
    if (lastInitialLine) {
      rl.line = lastInitialLine;
      rl.cursor = lastInitialLine.length;
      redrawSoon();
    }
    dropCoreCursorCheck(rl.input);
    const undoChunkFix = fixChunkInsertion(rl);
    // Runs before readline's own handler: readline closes itself on Ctrl+D on an empty line
    // (ending every hook), and clears its line on Enter.
    const beforeReadline = (_text: unknown, key: Key | undefined): void => {
      if (session.finished || !key) return;
      session.lineBeforeKey = rl.line;
      session.cursorBeforeKey = rl.cursor;
      if (keyRole(key, session.previousKey) === 'finish') finish(rl, false);
    };
    rl.input.prependListener('keypress', beforeReadline);
    return () => {
      rl.input.removeListener('keypress', beforeReadline);
      undoChunkFix();
    };
  }, []);

  useEffect((base) => {
    const limit = config.timeLimit;
    if (limit === null) return;
    const rl = base as Readline;
    let timer: NodeJS.Timeout | undefined;
    const tick = (): void => {
      const elapsedMs = now() - session.startedAt;
      if (elapsedMs >= limit * 1000) {
        finish(rl, true);
        return;
      }
      const shown = remainingSeconds(limit, elapsedMs);
      if (shown !== session.remaining) {
        session.remaining = shown;
        redraw();
      }
      timer = setTimeout(tick, msUntilNextTick(limit, elapsedMs));
    };
    timer = setTimeout(tick, msUntilNextTick(limit, now() - session.startedAt));
    return () => clearTimeout(timer);
  }, []);

  useKeypress((key, base) => {
    if (session.finished) return;
    const rl = base as Readline;
    const role = keyRole(key, session.previousKey);
    session.previousKey = key;
    if (isHistoryKey(key)) {
      // readline has already swapped in an earlier line: undo that (see isHistoryKey).
      rl.line = session.lineBeforeKey;
      rl.cursor = session.cursorBeforeKey;
    } else if (role === 'enter') {
      const outcome = pressEnter(session.lines, session.lineBeforeKey);
      if (outcome.kind === 'submit') {
        finish(rl, false);
        return;
      }
      if (outcome.kind === 'newline') session.lines = outcome.lines;
      session.nothingTyped = outcome.kind === 'nothing-typed';
    } else if (role === 'backspace') {
      const joined = joinPrevious(session.lines, session.cursorBeforeKey);
      if (joined) {
        session.lines = joined.lines;
        // Inserted at the cursor (the start of the line): the cursor ends at the join.
        rl.write(joined.restored);
        rl.cursor = joined.restored.length;
      }
    } else if (role === 'edit' && key.name !== undefined) {
      session.nothingTyped = false;
    }
    redrawSoon();
  });

  if (session.finished) {
    return renderAnswer(
      {
        status: 'done',
        message: config.message,
        labels: config.labels,
        ...session.finished,
      },
      config.colors,
    );
  }
  return renderAnswer(
    {
      status: 'answering',
      message: config.message,
      labels: config.labels,
      lines: session.lines,
      line: session.rl?.line ?? '',
      remaining: session.remaining,
      nothingTyped: session.nothingTyped,
    },
    config.colors,
  );
});

/**
 * Asks for a multi-line answer, with a countdown when `timeLimit` is set. Enter adds a line,
 * Enter on an empty line submits, Ctrl+D submits at once, Backspace at the start of a line goes
 * back to the previous one. When the time runs out, what was typed is submitted. Ctrl+C rejects
 * with inquirer's `ExitPromptError` (see `isExitPromptError`). The second argument is inquirer's
 * context (`input`, `output`, `signal`, `clearPromptOnDone`), passed through.
 */
export const askAnswer = answerPrompt;

/** Inquirer's context: `input`, `output`, `signal`, `clearPromptOnDone`. */
export type PromptContext = Parameters<typeof answerPrompt>[1];
