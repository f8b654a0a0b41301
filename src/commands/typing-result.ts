/**
 * What a finished typing test gives: its result as shown (pure), and its record for the history.
 */
import { randomBytes } from 'node:crypto';
import type { Lang } from '../lang.js';
import { newRecordId, RECORD_VERSION } from '../store/record.js';
import type { TypingRecord } from '../store/typing-records.js';
import type { TypingOutcome, TypingUnit, typingOutcome } from '../typing/count.js';
import { typingMessages } from '../typing/messages.js';
import type { RenderContext } from '../ui/render/context.js';
import { formatClock } from '../ui/render/format.js';
import type { TypingOptions } from './typing.js';

/** A new id for one run (records are matched by session). */
export function newRunId(): string {
  return randomBytes(6).toString('hex');
}

/** The record of a typing run. */
export function typingRecord(
  outcome: ReturnType<typeof typingOutcome>,
  run: { passageId: string; unit: TypingUnit; seconds: number; target: number },
  options: TypingOptions,
): TypingRecord {
  const { passageId, unit, seconds, target } = run;
  return {
    v: RECORD_VERSION,
    kind: 'typing',
    id: newRecordId(),
    at: new Date(options.now?.() ?? Date.now()).toISOString(),
    session: newRunId(),
    passage: passageId,
    unit,
    speed: outcome.speed,
    accuracy: outcome.accuracy,
    length: outcome.comparison.length,
    typed: outcome.comparison.typed,
    correct: outcome.comparison.correct,
    elapsed_ms: Math.round(outcome.elapsedMs),
    time_limit: seconds,
    target,
    passed: outcome.passed,
    finished: outcome.comparison.done,
  };
}

/** A speed as shown: `52 字/分` or `41 WPM`. */
export function speedText(unit: TypingUnit, lang: Lang): (n: number) => string {
  const t = typingMessages(lang);
  return unit === 'cpm' ? t.speed : t.wpm;
}

/** The result: speed, accuracy, time and errors; then passed or not; then how it was counted. */
export function resultLines(
  outcome: TypingOutcome,
  target: number,
  unit: TypingUnit,
  ctx: RenderContext,
): string[] {
  const t = typingMessages(ctx.lang);
  const show = speedText(unit, ctx.lang);
  const percent = `${(Math.floor(outcome.accuracy * 1000) / 10).toFixed(1)}%`;
  return [
    t.result(
      show(outcome.speed),
      percent,
      formatClock(outcome.elapsedMs),
      outcome.comparison.errors,
    ),
    outcome.passed
      ? ctx.c.green(t.passed(show(target)))
      : ctx.c.red(t.failed(show(target), show(target - outcome.speed))),
    ctx.c.dim(unit === 'cpm' ? t.howCounted : t.howCountedEn),
  ];
}
