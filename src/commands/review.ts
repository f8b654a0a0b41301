import { bankIdOf } from '../bank/bank-id.js';
import { ExitCode } from '../exit-codes.js';
import { nextDue, pickDue, scheduleReviews } from '../history/schedule.js';
import { presentByIds, quizAnswersAsAttempts } from '../quiz/review-answers.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import type { AttemptRecord, QuizAnswerRecord } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO } from '../ui/output.js';
import { writeLine } from '../ui/output.js';
import { quizText } from '../ui/quiz-text.js';
import { formatLocalDateTime } from '../ui/render/format.js';
import { type InterviewOptions, requireTerminal, runInterview } from './interview.js';
import { openBank } from './open-bank.js';
import { runQuiz } from './quiz.js';
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
  // Choice items answered in quiz, on their own schedule; one never answered is quiz's to introduce.
  const quizAnswers = records.filter((r): r is QuizAnswerRecord => r.kind === 'quiz-answer');
  const choiceIds = bank.sections.flatMap((s) => (s.choices ?? []).map((c) => c.id));
  const choiceSchedule = scheduleReviews(quizAnswersAsAttempts(quizAnswers), choiceIds, {
    now,
    retention: options.retention,
    bankId,
  });
  const dueChoices = presentByIds(
    bank.sections,
    pickDue(choiceSchedule, now, { newLimit: 0 }).map((q) => q.id),
    quizText(options.lang).trueFalse,
  );
  const quiz = () => runQuiz({ ...options, timer: options.timer, items: dueChoices }, io);
  if (due.length === 0) {
    if (dueChoices.length > 0) return quiz();
    const next = [nextDue(schedule, now), nextDue(choiceSchedule, now)]
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
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
  const code = await runInterview({ plan, recorder, scoring: scoringContext(bank) }, options, io);
  return code === ExitCode.ok && dueChoices.length > 0 ? quiz() : code;
}
