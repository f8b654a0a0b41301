import { bankIdOf } from '../bank/bank-id.js';
import { defaultBankPath } from '../bank/default-bank.js';
import { chatReminder } from '../chat/chat-reminder.js';
import { ExitCode } from '../exit-codes.js';
import { nextDue, pickDue, scheduleReviews } from '../history/schedule.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import type { AttemptRecord } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO } from '../ui/output.js';
import { writeLine } from '../ui/output.js';
import { formatLocalDateTime } from '../ui/render/format.js';
import { type InterviewOptions, requireTerminal, runInterview } from './interview.js';
import { openBank } from './open-bank.js';
import { readHistory } from './read-history.js';
import { openRecorder } from './recorder.js';

export interface ReviewOptions extends InterviewOptions {
  /** Never-answered questions to introduce in this review (default 3). */
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
  await requireTerminal(io, options, 'review');
  const m = messages(options.lang);
  const now = (options.now ?? (() => new Date()))();
  const bank = await openBank(options);
  const bankId = bankIdOf(bank);
  const { records } = readHistory({ ...options, slim: true }, io.stderr);
  const attempts = records.filter((r): r is AttemptRecord => r.kind === 'attempt');
  const all = planSession(bank.sections, options);
  const schedule = scheduleReviews(
    attempts,
    all.map((p) => p.question.id),
    { now, retention: options.retention, bankId },
  );
  const due = pickDue(schedule, now, { newLimit: options.new ?? 3 });
  // Chats due again are named, to be practised with `chat` (#14).
  const chats = await chatReminder(records, options.bank ?? defaultBankPath(), options.lang, now);
  if (chats) writeLine(io.stdout, chats);
  if (due.length === 0) {
    const next = nextDue(schedule, now);
    writeLine(io.stdout, next ? m.nothingDue(formatLocalDateTime(next)) : m.nothingDueEver);
    return ExitCode.ok;
  }
  const byId = new Map(all.map((p) => [p.question.id, p]));
  const plan = due.flatMap((q) => byId.get(q.id) ?? []);
  const recorder = openRecorder({ ...options, bankId }, io.stderr);
  recorder.start(
    'review',
    plan.map((p) => p.question.id),
  );
  return runInterview({ plan, recorder, scoring: scoringContext(bank) }, options, io);
}
