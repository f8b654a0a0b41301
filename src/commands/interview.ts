import type { Section } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer } from '../insights/analyze-answer.js';
import type { PlannedQuestion } from '../session/plan.js';
import { type PlanOptions, planSession } from '../session/plan.js';
import { runSession, type SessionIO } from '../session/run-session.js';
import { summarize } from '../session/summarize.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from '../ui/output.js';
import { renderContext, writeLine } from '../ui/output.js';
import { formatScore } from '../ui/render/format.js';
import { renderFeedback } from '../ui/render/render-feedback.js';
import { renderQuestion } from '../ui/render/render-question.js';
import { renderSummary } from '../ui/render/render-summary.js';
import { neutralize } from '../ui/sanitize.js';

/** Options shared by `practice` and `drill`. */
export interface InterviewOptions extends CommonOptions {
  /** Seconds for every question, replacing their own limits. */
  time?: number;
  /** false with `--no-timer`. */
  timer: boolean;
  shuffle?: boolean;
  count?: number;
  /** Spoken answers: a countdown, then the candidate ticks the key points said. */
  oral?: boolean;
}

/** The terminal check the interactive commands need; inquirer would otherwise eat a pipe whole. */
export function requireTerminal(io: CommandIO, options: CommonOptions, command: string): void {
  if (!(io.stdin.isTTY && io.stdout.isTTY))
    throw new UsageError(messages(options.lang).needTerminal(command));
}

/**
 * Runs a timed interview over `sections` in the terminal and prints the
 * summary; Ctrl+C prints the summary of what was answered and exits 130.
 */
export async function runInterview(
  sections: readonly Section[],
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  const plan = planSession(sections, {
    time: options.time,
    timer: options.timer,
    shuffle: options.shuffle,
    count: options.count,
  } satisfies PlanOptions);
  // Loaded only here: the prompt library is the heaviest import and the
  // non-interactive commands never need it.
  const prompts = await import('../ui/prompts/index.js');
  const context = { input: io.stdin, output: io.stdout };
  const ctx = () => renderContext(io, options);

  const labels = { remaining: m.remaining, timeUp: m.timeUp };
  const askTyped = (item: PlannedQuestion) =>
    prompts.askAnswer(
      {
        message: m.yourAnswer,
        timeLimit: item.timeLimit,
        labels: { ...labels, help: m.answerHelp, empty: m.answerEmpty },
        colors: ctx().c,
      },
      context,
    );
  const askSpoken = async (item: PlannedQuestion) => {
    const spoken = await prompts.askOral(
      {
        message: m.oralMessage,
        timeLimit: item.timeLimit,
        labels: { ...labels, help: m.oralHelp },
        colors: ctx().c,
      },
      context,
    );
    const ticked = await prompts.askTickedPoints(
      {
        message: m.tickPrompt,
        points: item.question.key_points.map((k) => neutralize(k.point)),
        help: m.tickHelp,
      },
      context,
    );
    return { text: '', ...spoken, ticked };
  };

  const sessionIO: SessionIO = {
    showQuestion: (item, index, total) =>
      writeLine(io.stdout, renderQuestion(ctx(), item, index, total)),
    ask: options.oral ? askSpoken : askTyped,
    showFeedback: (item, attempt) => {
      const insights =
        attempt.mode === 'typed'
          ? analyzeAnswer(attempt.text, item.question, { elapsedMs: attempt.elapsedMs })
          : undefined;
      writeLine(io.stdout, renderFeedback(ctx(), item.question, attempt.grade, attempt, insights));
    },
    // Ticking the points is the oral candidate's own rating already.
    rate: options.oral
      ? undefined
      : (item, attempt) =>
          prompts.askSelfScore(
            {
              message: m.selfRate(
                formatScore(item.question.points),
                formatScore(attempt.grade.score),
              ),
              max: item.question.points,
              invalid: m.selfRateInvalid(formatScore(item.question.points)),
            },
            context,
          ),
    next: () => prompts.waitForEnter(m.continueHint, context),
    isInterrupt: prompts.isExitPromptError,
  };

  const outcome = await runSession(plan, sessionIO);
  writeLine(
    io.stdout,
    renderSummary(ctx(), summarize(plan, outcome.attempts), outcome.interrupted),
  );
  return outcome.interrupted ? ExitCode.interrupted : ExitCode.ok;
}
