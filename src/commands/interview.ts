import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer } from '../insights/analyze-answer.js';
import type { ScoreContext } from '../scoring/score-answer.js';
import type { Attempt } from '../session/attempt.js';
import type { PlannedQuestion } from '../session/plan.js';
import { runSession, type SessionIO } from '../session/run-session.js';
import { summarize } from '../session/summarize.js';
import { openSpeaker, speechCommand } from '../speech/speech.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from '../ui/output.js';
import { renderContext, writeLine } from '../ui/output.js';
import { withCommand } from '../ui/render/blocks.js';
import { formatScore } from '../ui/render/format.js';
import { renderFeedback } from '../ui/render/render-feedback.js';
import { renderFollowUpFeedback, renderFollowUpPrompt } from '../ui/render/render-follow-ups.js';
import { renderQuestion } from '../ui/render/render-question.js';
import { renderSummary } from '../ui/render/render-summary.js';
import { neutralize, neutralizeInline } from '../ui/sanitize.js';
import type { Recorder } from './recorder.js';

/** Options shared by `practice`, `drill` and `review`. */
export interface InterviewOptions extends CommonOptions {
  /** Seconds for every question, replacing their own limits. */
  time?: number;
  /** false with `--no-timer`. */
  timer: boolean;
  shuffle?: boolean;
  count?: number;
  /** Spoken answers: a countdown, then the candidate ticks the key points said. */
  oral?: boolean;
  /** Read each question aloud (oral mode) with the system's speech tool. */
  speak?: boolean;
  /** false with `--no-save`. */
  save: boolean;
  /** false with `--no-follow-ups`: no follow-up question after the answers. */
  followUps?: boolean;
}

/** What a run carries besides its questions: where answers go and what came before (resume). */
export interface InterviewRun {
  /** Every question of the interview, answered before or not: the summary is over all of them. */
  plan: readonly PlannedQuestion[];
  /** Answers graded in an earlier part of this interview (resume). */
  previous?: readonly Attempt[];
  /** Text typed before an interruption, by question id, with the time it had taken. */
  drafts?: ReadonlyMap<string, { text: string; elapsedMs: number }>;
  recorder: Recorder;
  /** The bank's questions, so the scorer can tell an answer to another question. */
  scoring?: ScoreContext;
  /** The command that continues this run after Ctrl+C (`practice --resume`); none for the others. */
  resumeCommand?: string;
}

/**
 * What the interactive commands need before they draw: a terminal (a prompt would otherwise eat
 * a pipe whole), and how wide it draws ambiguous-width characters (“ ” … —), as
 * `CS_INTERVIEW_AMBIGUOUS` says or else measured.
 */
export async function requireTerminal(
  io: CommandIO,
  options: CommonOptions,
  command: string,
): Promise<void> {
  if (!(io.stdin.isTTY && io.stdout.isTTY))
    throw new UsageError(messages(options.lang).needTerminal(command));
  // Said before anything starts or is recorded: the user asked to be read to.
  if ((options as InterviewOptions).speak && !speechCommand(options.lang, process.platform, io.env))
    throw new UsageError(messages(options.lang).noSpeechTool(process.platform));
  const prompts = await import('../ui/prompts/index.js');
  const value = io.env.CS_INTERVIEW_AMBIGUOUS;
  const setting = prompts.parseAmbiguousSetting(value);
  if (setting === 'invalid')
    throw new UsageError(messages(options.lang).badAmbiguous(neutralizeInline(value ?? '')));
  await prompts.probeTerminal({ input: io.stdin, output: io.stdout }, setting);
}

// A closed terminal or a kill must not lose what is being typed: the draft
// and the end of the session are written synchronously, then the process
// exits with the conventional 128 + signal number. SIGINT as a signal (`kill
// -INT`, or Ctrl+C while no prompt has the terminal in raw mode) is one of
// them: a prompt sees Ctrl+C as a key, never as this signal. A closed
// terminal often shows first as the end of (or an EIO error on) standard
// input, before SIGHUP arrives, and Node 20's readline then crashes restoring
// the terminal (nodejs/node#51519): listening on the input too, ahead of
// readline, saves the draft on every path.
export function onTerminalLoss(input: NodeJS.ReadableStream, save: () => void): () => void {
  let saved = false;
  const exitWith = (code: number) => () => {
    if (!saved) {
      saved = true;
      save();
    }
    process.exit(code);
  };
  const hangUp = exitWith(ExitCode.hangUp);
  const interrupt = exitWith(ExitCode.interrupted);
  const terminate = exitWith(ExitCode.terminated);
  process.once('SIGHUP', hangUp);
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', terminate);
  input.prependListener('end', hangUp);
  input.prependListener('error', hangUp);
  return () => {
    process.removeListener('SIGHUP', hangUp);
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', terminate);
    input.removeListener('end', hangUp);
    input.removeListener('error', hangUp);
  };
}

/**
 * Waits for Enter before the first question, so the clock does not start
 * while the candidate is still reading; false when they press Ctrl+C.
 */
export async function waitToStart(io: CommandIO, options: CommonOptions): Promise<boolean> {
  const prompts = await import('../ui/prompts/index.js');
  try {
    await prompts.waitForEnter(messages(options.lang).startHint, {
      input: io.stdin,
      output: io.stdout,
    });
    return true;
  } catch (error) {
    if (prompts.isExitPromptError(error)) return false;
    throw error;
  }
}

/**
 * Runs a timed interview in the terminal and prints the summary; Ctrl+C
 * prints the summary of what was answered and exits 130. Every answer is
 * saved the moment it is graded, its self-rating after it; a failed save
 * ends the run with exit 74.
 */
export async function runInterview(
  run: InterviewRun,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  const previous = run.previous ?? [];
  const answered = new Set(previous.map((a) => a.questionId));
  const toAsk = run.plan.filter((p) => !answered.has(p.question.id));
  // Loaded only here: the prompt library is the heaviest import and the
  // non-interactive commands never need it.
  const prompts = await import('../ui/prompts/index.js');
  const context = { input: io.stdin, output: io.stdout };
  const ctx = () => renderContext(io, options);

  let current: { id: string; text: string; startedAt: number; before: number } | undefined;
  // Graded answers are saved as they are graded; only the answer being typed
  // is left to save when the run ends early.
  const saveUnfinished = (): boolean => {
    if (!current?.text.trim()) return false;
    run.recorder.draft(current.id, current.text, current.before + Date.now() - current.startedAt);
    return true;
  };
  const recordIds = new WeakMap<Attempt, string>();

  const labels = { remaining: m.remaining, timeUp: m.timeUp };
  const tool = options.speak ? speechCommand(options.lang, process.platform, io.env) : undefined;
  const speaker = tool ? openSpeaker(tool) : undefined;
  let speechProblemSaid = false;
  const sayProblem = () => {
    if (speaker?.problem === undefined || speechProblemSaid) return;
    speechProblemSaid = true;
    writeLine(io.stderr, m.speechFailed(neutralizeInline(speaker.problem)));
  };
  // A follow-up is answered in the same editor, under its own prompt and limit.
  const askTyped = async (
    item: PlannedQuestion,
    followUp?: { prompt: string; limit: number | null },
  ) => {
    const draft = followUp ? undefined : run.drafts?.get(item.question.id);
    const before = draft?.elapsedMs ?? 0;
    // A resumed answer gets the time it had left, but never less than 10 s to finish.
    const limit = followUp
      ? followUp.limit
      : item.timeLimit === null || !draft
        ? item.timeLimit
        : Math.max(10, Math.ceil(item.timeLimit - before / 1000));
    // A follow-up's text is no draft to resume: its question is answered, and resume goes on after it.
    current = followUp
      ? undefined
      : { id: item.question.id, text: draft?.text ?? '', startedAt: Date.now(), before };
    const result = await prompts.askAnswer(
      {
        message: m.yourAnswer,
        question: followUp?.prompt ?? item.question.prompt,
        timeLimit: limit,
        labels: {
          ...labels,
          help: m.answerHelp,
          fullHelp: m.answerFullHelp,
          empty: m.answerEmpty,
          full: m.answerFull,
          hiddenRows: m.answerHiddenRows,
        },
        colors: ctx().c,
        initial: draft?.text,
        onChange: (text) => {
          if (current) current.text = text;
        },
      },
      context,
    );
    current = undefined;
    return { ...result, elapsedMs: result.elapsedMs + before };
  };
  const askSpoken = async (
    item: PlannedQuestion,
    followUp?: { prompt: string; limit: number | null; points: readonly string[] },
  ) => {
    // The interviewer reads the question (or the follow-up) while the clock runs, as in the room.
    void speaker?.say(followUp?.prompt ?? item.question.prompt);
    let spoken: Awaited<ReturnType<typeof prompts.askOral>>;
    try {
      spoken = await prompts.askOral(
        {
          message: m.oralMessage,
          timeLimit: followUp ? followUp.limit : item.timeLimit,
          labels: { ...labels, help: m.oralHelp },
          colors: ctx().c,
        },
        context,
      );
    } finally {
      // Done answering (or stopped): the reading stops too.
      speaker?.stop();
    }
    const ticked = await prompts.askTickedPoints(
      {
        message: m.tickPrompt,
        points: (followUp?.points ?? item.question.key_points.map((k) => k.point)).map((p) =>
          neutralize(p),
        ),
        help: m.tickHelp,
      },
      context,
    );
    return { text: '', ...spoken, ticked };
  };

  const sessionIO: SessionIO = {
    showQuestion: (item, index) => {
      sayProblem();
      writeLine(io.stdout, renderQuestion(ctx(), item, index + previous.length, run.plan.length));
    },
    ask: (item) => (options.oral ? askSpoken(item) : askTyped(item)),
    askFollowUp: async (item, followUp, timeLimit, index, total) => {
      writeLine(io.stdout, renderFollowUpPrompt(ctx(), followUp.prompt, timeLimit, index, total));
      const asked = {
        prompt: followUp.prompt,
        limit: timeLimit,
        points: followUp.key_points.map((k) => k.point),
      };
      return options.oral ? askSpoken(item, asked) : askTyped(item, asked);
    },
    showFeedback: (item, attempt) => {
      const insights =
        attempt.mode === 'typed'
          ? analyzeAnswer(attempt.text, item.question, {
              elapsedMs: attempt.elapsedMs,
              // The limit this run gives (--time), or none with --no-timer.
              timeLimit: item.timeLimit,
            })
          : undefined;
      writeLine(io.stdout, renderFeedback(ctx(), item.question, attempt.grade, attempt, insights));
      const followUps = renderFollowUpFeedback(ctx(), item.question, attempt.followUps);
      if (followUps.length > 0) writeLine(io.stdout, followUps.join('\n'));
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
    onAttempt: (attempt) => {
      recordIds.set(attempt, run.recorder.attempt(attempt));
    },
    onFollowUp: (attempt, answer) => {
      const id = recordIds.get(attempt);
      if (id !== undefined) run.recorder.followUp(id, attempt, answer);
    },
    onRated: (attempt) => {
      const id = recordIds.get(attempt);
      if (id !== undefined && attempt.selfScore !== null)
        run.recorder.rating(id, attempt, attempt.selfScore);
    },
  };

  const removeSignalHandlers = onTerminalLoss(io.stdin, () => {
    saveUnfinished();
    run.recorder.end('interrupted');
  });
  try {
    const outcome = await runSession(toAsk, sessionIO, run.scoring, {
      followUps: options.followUps !== false,
    });
    const draftKept = outcome.interrupted && saveUnfinished();
    run.recorder.end(outcome.interrupted ? 'interrupted' : 'finished');
    const summary = summarize(run.plan, [...previous, ...outcome.attempts]);
    writeLine(io.stdout, renderSummary(ctx(), summary, outcome.interrupted));
    if (outcome.interrupted && run.resumeCommand !== undefined && !run.recorder.failed)
      for (const line of withCommand(
        draftKept ? m.resumeHintDraft : m.resumeHint,
        run.resumeCommand,
        ctx().width,
      ))
        writeLine(io.stdout, line);
    // The summary counts what was answered; what could not be saved is said
    // after it, and the exit code is the history's (74), as for any write.
    run.recorder.reportUnsaved();
    if (run.recorder.failed) return ExitCode.io;
    return outcome.interrupted ? ExitCode.interrupted : ExitCode.ok;
  } finally {
    speaker?.stop();
    sayProblem();
    removeSignalHandlers();
  }
}
