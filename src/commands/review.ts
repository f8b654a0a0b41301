import { bankIdOf } from '../bank/bank-id.js';
import { defaultBankPath } from '../bank/default-bank.js';
import type { Bank } from '../bank/types.js';
import { chatReminder } from '../chat/chat-reminder.js';
import { ExitCode } from '../exit-codes.js';
import { newToday, nextDue, pickDue, scheduleReviews } from '../history/schedule.js';
import { dueQuizItems } from '../quiz/review-answers.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import type { AttemptRecord } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine, writeWrapped } from '../ui/output.js';
import { quizText } from '../ui/quiz-text.js';
import { withCommand } from '../ui/render/blocks.js';
import { ourCommand } from '../ui/render/command-line.js';
import { formatLocalDateTime } from '../ui/render/format.js';
import type { CommandIO } from './command-io.js';
import { drillPlan } from './drill.js';
import { type InterviewOptions, runInterview } from './interview.js';
import { openBank } from './open-bank.js';
import { runQuiz } from './quiz.js';
import { readHistory } from './read-history.js';
import { openRecorder } from './recorder.js';
import { resumeCommand } from './resume-command.js';
import { resumeRun } from './resume-interview.js';
import { requireTerminal } from './terminal-session.js';
import { bankAttempts, weakestPlan } from './weakest-plan.js';

export interface ReviewOptions extends InterviewOptions {
  /** Never-answered questions to introduce a day, over every review that day (default 3). */
  new?: number;
  /** Desired retention of the FSRS schedule (default 0.9, as Anki). */
  retention?: number;
  /** The clock; tests travel in time with it. */
  now?: () => Date;
}

/**
 * `review`: the questions the FSRS schedule says are due, replayed from the
 * history, timed like `drill`; a few never-answered questions join them.
 */
export async function runReview(options: ReviewOptions, io: CommandIO): Promise<ExitCode> {
  if (options.resume) return resumeRun('review', options, io);
  const m = messages(options.lang);
  const now = (options.now ?? (() => new Date()))();
  const bank = await openBank(options);
  const bankId = bankIdOf(bank);
  const { records } = readHistory({ ...options, slim: true, attemptsOnly: true }, io.stderr);
  const attempts = records.filter((r): r is AttemptRecord => r.kind === 'attempt');
  const all = planSession(bank.sections, options);
  const schedule = scheduleReviews(
    attempts,
    all.map((p) => p.question.id),
    { now, retention: options.retention, bankId },
  );
  const newPerDay = options.new ?? 3;
  const due = pickDue(schedule, now, { newLimit: newPerDay, newPerDay });
  // Chats due again are named, to be practised with `chat` (#14).
  const chats = await chatReminder(records, options.bank ?? defaultBankPath(), options.lang, now);
  if (chats) writeLine(io.stdout, chats);
  // Choice items missed in quiz, on a schedule of their own: asked as a quiz, after the open questions.
  const quiz = dueQuizItems(records, bank.sections, {
    now,
    retention: options.retention,
    bankId,
    labels: quizText(options.lang).trueFalse,
  });
  const askQuiz = () => runQuiz({ ...options, items: quiz.items, opened: bank }, io);
  if (due.length === 0 && quiz.items.length > 0) return askQuiz();
  if (due.length === 0) {
    const next = [nextDue(schedule, now), quiz.next]
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    writeWrapped(io, next ? m.nothingDue(formatLocalDateTime(next)) : m.nothingDueEver);
    // New questions are left, but today's share of them was taken: say so, or it looks broken.
    if (
      newPerDay > 0 &&
      schedule.some((q) => q.due === null) &&
      newToday(schedule, now) >= newPerDay
    )
      writeWrapped(io, m.newCapReached(newPerDay));
    return offerWeakest(bank, attempts, options, io);
  }
  await requireTerminal(io, options, 'review');
  const byId = new Map(all.map((p) => [p.question.id, p]));
  const plan = due.flatMap((q) => byId.get(q.id) ?? []);
  const recorder = openRecorder({ ...options, bankId }, io.stderr);
  recorder.start(
    'review',
    plan.map((p) => p.question.id),
    options,
  );
  const code = await runInterview(
    {
      plan,
      recorder,
      scoring: scoringContext(bank),
      resumeCommand: resumeCommand('review', options, io),
    },
    options,
    io,
  );
  return code === ExitCode.ok && quiz.items.length > 0 ? askQuiz() : code;
}

/** How many weakest questions `review` offers when nothing is due (as `stats` lists). */
const OFFERED = 5;

/**
 * Nothing is due: offer the weakest questions now. The exact command is
 * always printed; in a terminal a yes/no question (Enter: yes) starts them
 * at once. Without one nothing is asked, so a script never hangs here.
 */
async function offerWeakest(
  bank: Bank,
  attempts: readonly AttemptRecord[],
  options: ReviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  const ordered = bankAttempts(attempts, bankIdOf(bank));
  const plan = weakestPlan(bank, bank.sections, ordered, options, OFFERED);
  if (plan.length === 0) return ExitCode.ok;
  const command = ourCommand(`drill --weakest ${plan.length}`, options, io.env);
  const width = renderContext(io, options).width;
  for (const line of withCommand(m.weakestOffer(plan.length), command, width))
    writeLine(io.stdout, line);
  if (!(io.stdin.isTTY && io.stdout.isTTY)) return ExitCode.ok;
  await requireTerminal(io, options, 'review');
  const prompts = await import('../ui/prompts/index.js');
  try {
    const yes = await prompts.askConfirm(
      {
        message: m.weakestOfferAsk,
        default: true,
        hint: m.confirmHintYes,
        invalid: m.confirmInvalid,
        colors: renderContext(io, options).c,
      },
      { input: io.stdin, output: io.stdout },
    );
    if (!yes) return ExitCode.ok;
  } catch (error) {
    if (prompts.isExitPromptError(error)) return ExitCode.interrupted;
    throw error;
  }
  return drillPlan(bank, plan, options, io, scoringContext(bank));
}
