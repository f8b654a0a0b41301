import type { ExitCode } from '../exit-codes.js';
import { loadSoon } from '../load-soon.js';
import type { ScoreContext } from '../scoring/score-answer.js';
import type { Attempt } from '../session/attempt.js';
import type { PlannedQuestion } from '../session/plan.js';
import { runSession, type SessionIO } from '../session/run-session.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { formatScore } from '../ui/render/format.js';
import { renderQuestion } from '../ui/render/render-question.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { InterviewAsker } from './interview-asker.js';
import type { Recorder } from './recorder.js';
import { onTerminalLoss } from './terminal-session.js';

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
  /** `--resume`: continue the latest interrupted run of the command instead. */
  resume?: boolean;
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
  /**
   * The bank's questions, so the scorer can tell an answer to another question; or what gives
   * them, called once the first question is on screen (the rest of the bank is read then).
   */
  scoring?: ScoreContext | (() => ScoreContext);
  /** The command that continues this run after Ctrl+C (`practice --resume`); none for the others. */
  resumeCommand?: string;
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
  const previous = run.previous ?? [];
  const answered = new Set(previous.map((a) => a.questionId));
  const toAsk = run.plan.filter((p) => !answered.has(p.question.id));
  // Loaded only here: the prompt library is the heaviest import and the
  // non-interactive commands never need it.
  const prompts = await import('../ui/prompts/index.js');
  // The feedback and the summary load while the first question is on screen.
  let loading: Promise<Feedback> | undefined;
  const feedback = (soon = false) => {
    loading ??= soon ? loadSoon(loadFeedback) : loadFeedback();
    return loading;
  };
  const speech = options.speak ? await import('../speech/speech.js') : undefined;
  const asker = new InterviewAsker(prompts, run, options, io, speech);
  const removeSignalHandlers = onTerminalLoss(io.stdin, () => {
    asker.saveUnfinished();
    run.recorder.end('interrupted');
  });
  try {
    const outcome = await runSession(
      toAsk,
      interviewIO(prompts, asker, feedback, run, options, io),
      run.scoring,
      {
        followUps: options.followUps !== false,
      },
    );
    await run.recorder.opened?.();
    const draftKept = outcome.interrupted && asker.saveUnfinished();
    run.recorder.end(outcome.interrupted ? 'interrupted' : 'finished');
    return (await feedback()).finish(
      run,
      [...previous, ...outcome.attempts],
      outcome.interrupted,
      options,
      io,
      draftKept,
    );
  } finally {
    asker.stop();
    asker.sayProblem();
    removeSignalHandlers();
  }
}

const loadFeedback = () => import('./interview-feedback.js');
type Feedback = Awaited<ReturnType<typeof loadFeedback>>;

/** The terminal side of the session: the question, the answer, the feedback, the rating. */
function interviewIO(
  prompts: typeof import('../ui/prompts/index.js'),
  asker: InterviewAsker,
  feedback: (soon?: boolean) => Promise<Feedback>,
  run: InterviewRun,
  options: InterviewOptions,
  io: CommandIO,
): SessionIO {
  const m = messages(options.lang);
  const ctx = () => renderContext(io, options);
  const context = { input: io.stdin, output: io.stdout };
  const shownBefore = run.previous?.length ?? 0;
  return {
    showQuestion: (item, index) => {
      asker.sayProblem();
      writeLine(io.stdout, renderQuestion(ctx(), item, index + shownBefore, run.plan.length));
      void feedback(true);
      // A drill's history opens now, while its first question is read (later-recorder.ts); one
      // that cannot be written ends the prompt at once, before anything is typed into it.
      run.recorder.opened?.().catch((error: unknown) => asker.stopWith(error));
    },
    ask: async (item) => {
      const input = await asker.ask(item);
      // Graded only once the history can take the answer.
      await run.recorder.opened?.();
      return input;
    },
    askFollowUp: async (item, followUp, timeLimit, index, total) => {
      (await feedback()).showFollowUpPrompt(ctx(), io, followUp, timeLimit, index, total);
      const points = followUp.key_points.map((k) => k.point);
      return asker.ask(item, { prompt: followUp.prompt, limit: timeLimit, points });
    },
    showFeedback: async (item, attempt) =>
      (await feedback()).showFeedback(ctx(), item, attempt, io),
    // Ticking the points is the oral candidate's own rating already.
    rate: options.oral
      ? undefined
      : (item, attempt) => {
          const max = formatScore(item.question.points);
          return prompts.askSelfScore(
            {
              message: m.selfRate(max, formatScore(attempt.grade.score)),
              max: item.question.points,
              invalid: m.selfRateInvalid(max),
            },
            context,
          );
        },
    next: () => prompts.waitForEnter(m.continueHint, context),
    isInterrupt: prompts.isExitPromptError,
    ...recordingHooks(run.recorder),
  };
}

/** Each answer saved as it is graded; its follow-ups and self-rating after it, under its record id. */
function recordingHooks(
  recorder: Recorder,
): Pick<SessionIO, 'onAttempt' | 'onFollowUp' | 'onRated'> {
  const recordIds = new WeakMap<Attempt, string>();
  return {
    onAttempt: (attempt) => {
      recordIds.set(attempt, recorder.attempt(attempt));
    },
    onFollowUp: (attempt, answer) => {
      const id = recordIds.get(attempt);
      if (id !== undefined) recorder.followUp(id, attempt, answer);
    },
    onRated: (attempt) => {
      const id = recordIds.get(attempt);
      if (id !== undefined && attempt.selfScore !== null)
        recorder.rating(id, attempt, attempt.selfScore);
    },
  };
}
