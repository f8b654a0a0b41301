/**
 * What an interview shows once an answer is in: the feedback, the follow-ups' prompts and the
 * summary. Loaded apart from the interview (`interview.ts`), while its first question is on
 * screen: the answer's insights and the renderers are none of its first screen.
 */

import type { FollowUp } from '../bank/types.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer, coveredNames } from '../insights/analyze-answer.js';
import type { Attempt } from '../session/attempt.js';
import type { PlannedQuestion } from '../session/plan.js';
import { summarize } from '../session/summarize.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { withCommand } from '../ui/render/blocks.js';
import type { RenderContext } from '../ui/render/context.js';
import { renderFeedback } from '../ui/render/render-feedback.js';
import { renderFollowUpFeedback, renderFollowUpPrompt } from '../ui/render/render-follow-ups.js';
import { renderSummary } from '../ui/render/render-summary.js';
import type { CommandIO } from './command-io.js';
import type { InterviewOptions, InterviewRun } from './interview.js';

/** A follow-up's prompt, before its answer is asked. */
export function showFollowUpPrompt(
  ctx: RenderContext,
  io: CommandIO,
  followUp: FollowUp,
  timeLimit: number | null,
  index: number,
  total: number,
): void {
  writeLine(io.stdout, renderFollowUpPrompt(ctx, followUp.prompt, timeLimit, index, total));
}

/** The feedback on a graded answer: its grade and insights, then its follow-ups'. */
export function showFeedback(
  ctx: RenderContext,
  item: PlannedQuestion,
  attempt: Attempt,
  io: CommandIO,
) {
  const insights =
    attempt.mode === 'typed'
      ? analyzeAnswer(attempt.text, item.question, {
          elapsedMs: attempt.elapsedMs,
          // The limit this run gives (--time), or none with --no-timer.
          timeLimit: item.timeLimit,
          covered: coveredNames(attempt.grade),
        })
      : undefined;
  writeLine(io.stdout, renderFeedback(ctx, item.question, attempt.grade, attempt, insights));
  const followUps = renderFollowUpFeedback(ctx, item.question, attempt.followUps);
  if (followUps.length > 0) writeLine(io.stdout, followUps.join('\n'));
}

/** The summary, the way to resume, what could not be saved; and the exit code of it all. */
export function finish(
  run: InterviewRun,
  attempts: readonly Attempt[],
  interrupted: boolean,
  options: InterviewOptions,
  io: CommandIO,
  draftKept = false,
): ExitCode {
  const ctx = renderContext(io, options);
  writeLine(io.stdout, renderSummary(ctx, summarize(run.plan, attempts), interrupted));
  const m = messages(options.lang);
  const hint = draftKept ? m.resumeHintDraft : m.resumeHint;
  if (interrupted && run.resumeCommand !== undefined && !run.recorder.failed)
    for (const line of withCommand(hint, run.resumeCommand, ctx.width)) writeLine(io.stdout, line);
  // The summary counts what was answered; what could not be saved is said
  // after it, and the exit code is the history's (74), as for any write.
  run.recorder.reportUnsaved();
  if (run.recorder.failed) return ExitCode.io;
  return interrupted ? ExitCode.interrupted : ExitCode.ok;
}
