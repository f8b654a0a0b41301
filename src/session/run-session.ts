import type { FollowUp, Question } from '../bank/types.js';
import { loadSoon } from '../load-soon.js';
import type { ScoreContext } from '../scoring/score-answer.js';
import type { Attempt } from './attempt.js';
import type { FollowUpAttempt } from './follow-ups.js';
import type { PlannedQuestion } from './plan.js';

/** What the candidate typed for one question. */
export interface AnswerInput {
  text: string;
  timedOut: boolean;
  elapsedMs: number;
  /** Oral mode: the indexes of the key points the candidate ticked; the grade comes from these. */
  ticked?: readonly number[];
}

/** The terminal side of a run, injected so the flow can be tested with plain functions. */
export interface SessionIO {
  showQuestion(item: PlannedQuestion, index: number, total: number): void;
  ask(item: PlannedQuestion): Promise<AnswerInput>;
  showFeedback(item: PlannedQuestion, attempt: Attempt): void | Promise<void>;
  /**
   * Asks for the candidate's own score after the feedback (null keeps the
   * automatic one); it is also the pause before the next question. Without
   * it, `next` is the pause.
   */
  rate?(item: PlannedQuestion, attempt: Attempt): Promise<number | null>;
  /**
   * Puts a follow-up (追问) to the candidate and takes the answer, timed by
   * `timeLimit` (null: no timer). Without it no follow-up is asked.
   */
  askFollowUp?(
    item: PlannedQuestion,
    followUp: FollowUp,
    timeLimit: number | null,
    index: number,
    total: number,
  ): Promise<AnswerInput>;
  /** Called as soon as a follow-up's answer is graded (history hooks in here). */
  onFollowUp?(attempt: Attempt, followUp: FollowUpAttempt, question: Question): void;
  /** Waits until the candidate is ready for the next question. */
  next(): Promise<void>;
  /** Whether an error thrown by `ask` or `next` means the candidate pressed Ctrl+C. */
  isInterrupt(error: unknown): boolean;
  /** Called as soon as an answer is graded, before its feedback (history hooks in here). */
  onAttempt?(attempt: Attempt, question: Question): void;
  /** Called when the candidate gave their own score (`rate` returned one). */
  onRated?(attempt: Attempt, question: Question): void;
}

export interface SessionOutcome {
  attempts: Attempt[];
  interrupted: boolean;
}

export interface RunSessionOptions {
  /** false with `--no-follow-ups`: no follow-up is asked. */
  followUps?: boolean;
}

/** The grader: the scorer under it is most of an interview's code, and none of its first screen. */
const loadGrading = async () => {
  const [grade, followUps] = await Promise.all([
    import('./grade-attempt.js'),
    import('./follow-ups.js'),
  ]);
  return { ...grade, chooseFollowUps: followUps.chooseFollowUps };
};
type Grading = Awaited<ReturnType<typeof loadGrading>> & { scoring: ScoreContext };

/**
 * Asks every planned question in order: question, answer, grade, the
 * follow-ups the answer earns (before the feedback, which would give their
 * answers away), feedback. Ctrl+C ends the run without losing what was
 * graded before it. The grader (and `scoring`, when a function gives it: the rest of the bank)
 * is waited for only once the first answer is in: it loads while the first question is on
 * screen.
 */
export async function runSession(
  plan: readonly PlannedQuestion[],
  io: SessionIO,
  scoring: ScoreContext | (() => ScoreContext) = {},
  options: RunSessionOptions = {},
): Promise<SessionOutcome> {
  const attempts: Attempt[] = [];
  let grading: Promise<Grading> | undefined;
  try {
    for (const [index, item] of plan.entries()) {
      io.showQuestion(item, index, plan.length);
      const answer = io.ask(item);
      grading ??= loadSoon(async () => ({
        ...(await loadGrading()),
        scoring: typeof scoring === 'function' ? scoring() : scoring,
      }));
      const input = await answer;
      const grader = await grading;
      const attempt = grader.gradeAttempt(
        item,
        input,
        // Length is judged against the limit this run gives (--time); with --no-timer, not at all.
        { ...grader.scoring, timeLimit: item.timeLimit ?? 0 },
        item.timeLimit,
      );
      // Kept and saved before anything else can be interrupted: a graded
      // answer is never lost, even to a kill at the rating prompt.
      attempts.push(attempt);
      io.onAttempt?.(attempt, item.question);
      if (options.followUps !== false && io.askFollowUp)
        await askFollowUps(item, attempt, io, io.askFollowUp, grader);
      await io.showFeedback(item, attempt);
      if (io.rate) {
        attempt.selfScore = await io.rate(item, attempt);
        if (attempt.selfScore !== null) io.onRated?.(attempt, item.question);
      } else if (index < plan.length - 1) {
        await io.next();
      }
    }
  } catch (error) {
    if (!io.isInterrupt(error)) throw error;
    return { attempts, interrupted: true };
  }
  return { attempts, interrupted: false };
}

/** The follow-ups the attempt earns, asked one by one; each is kept and saved as it is graded. */
async function askFollowUps(
  item: PlannedQuestion,
  attempt: Attempt,
  io: SessionIO,
  ask: NonNullable<SessionIO['askFollowUp']>,
  grader: Grading,
): Promise<void> {
  const chosen = grader.chooseFollowUps(item.question, attempt.grade);
  for (const [index, followUp] of chosen.entries()) {
    // A follow-up keeps its own short limit (--time is for the questions); --no-timer lifts it.
    const timeLimit = item.timeLimit === null ? null : followUp.time_limit;
    const input = await ask(item, followUp, timeLimit, index, chosen.length);
    const answered = grader.gradeFollowUpAttempt(item.question, followUp, input, timeLimit);
    attempt.followUps = [...(attempt.followUps ?? []), answered];
    io.onFollowUp?.(attempt, answered, item.question);
  }
}
