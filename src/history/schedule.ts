/**
 * The review schedule, derived by replaying the answers of the log through
 * FSRS (pure: the clock is an argument, nothing is stored).
 *
 * Every graded answer of a question counts as a review of it, whichever
 * command asked it (practice, drill, review, grade). Settings follow Anki's
 * defaults (desired retention 0.90, no fuzz so dates are reproducible) with
 * one exception: no same-day learning steps. A flashcard is seen again 1 and
 * 10 minutes after it is learnt; an interview answer takes minutes to give
 * and `review` is a once-a-day habit, so intervals are whole days from the
 * first answer on (Again: tomorrow; Good on a new question: in 3 days).
 *
 * Days are the user's (see `user-day.ts`): each answer is fed to FSRS as the
 * UTC midnight numbered as its local day, so ts-fsrs's count of days between
 * UTC dates counts local days, and a due date is the start of its day (4:00
 * local by default), not the hour of the answer: an Again at 21:00 is due
 * from 4:00 the next morning.
 */

import { fsrs, generatorParameters, State } from 'ts-fsrs';
import { parseIsoTime } from '../store/iso-time.js';
import type { AttemptRecord } from '../store/record.js';
import { type ReplayedCard, replayStep } from './fsrs-replay.js';
import { fsrsGrade, type RatingName, rateAttempt } from './rating.js';
import { DAY_MS, type DayOptions, userDay } from './user-day.js';

/** Where a question is in its FSRS life. */
export type ScheduleState = 'new' | 'learning' | 'review' | 'relearning';

/** One question's place in the schedule. */
export interface QuestionSchedule {
  id: string;
  /** When it is next due; null when it was never answered. */
  due: Date | null;
  state: ScheduleState;
  /** Answers counted. */
  reps: number;
  /** Times it was forgotten (Again after it had been learnt). */
  lapses: number;
  lastRating: RatingName | null;
  /** When it was first answered; null when never. */
  firstSeen: Date | null;
}

export interface ScheduleOptions extends DayOptions {
  /** Answers after this instant are ignored, so tests can travel in time. */
  now: Date;
  /** The desired retention, in (0, 1); Anki's default is 0.9. */
  retention?: number;
  /** Count only answers of this bank (the history's bank id); all when omitted. */
  bankId?: string;
}

/** The desired retention when none is given (Anki's default). */
export const DEFAULT_RETENTION = 0.9;

const STATE_NAMES: Record<State, ScheduleState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

/**
 * The schedule of every question of the bank, in bank order, replaying the
 * answers in time order. Answers of questions no longer in the bank are
 * ignored.
 */
export function scheduleReviews(
  attempts: readonly AttemptRecord[],
  bankQuestionIds: readonly string[],
  options: ScheduleOptions,
): QuestionSchedule[] {
  const scheduler = fsrs(
    generatorParameters({
      request_retention: options.retention ?? DEFAULT_RETENTION,
      enable_fuzz: false,
      enable_short_term: false,
    }),
  );
  const { answers, times, order } = inTimeOrder(attempts, bankQuestionIds, options);

  const days = userDay(options);
  const cards = new Map<string, { card: ReplayedCard; rating: RatingName; firstSeen: number }>();
  for (const i of order) {
    const attempt = answers[i] as AttemptRecord;
    const time = times[i] as number;
    const entry = cards.get(attempt.question);
    const rating = rateAttempt(attempt);
    // The answer's day as a UTC midnight: what ts-fsrs counts days between.
    const day = days.dayNumber(time) * DAY_MS;
    const card = replayStep(scheduler, entry?.card, day, fsrsGrade(rating));
    if (entry === undefined) cards.set(attempt.question, { card, rating, firstSeen: time });
    else {
      entry.card = card;
      entry.rating = rating;
    }
  }

  return bankQuestionIds.map((id) => {
    const entry = cards.get(id);
    if (!entry) {
      return { id, due: null, state: 'new', reps: 0, lapses: 0, lastRating: null, firstSeen: null };
    }
    const { card, rating, firstSeen } = entry;
    return {
      id,
      // card.due is the UTC midnight numbered as the due day: when that day begins for the user.
      due: new Date(days.dayStart(Math.round(card.due / DAY_MS))),
      state: STATE_NAMES[card.state],
      reps: card.reps,
      lapses: card.lapses,
      lastRating: rating,
      firstSeen: new Date(firstSeen),
    };
  });
}

/**
 * The answers that count (questions of the bank, of `bankId` if given, with a
 * time no later than `now`), their times, and the order of their times.
 */
function inTimeOrder(
  attempts: readonly AttemptRecord[],
  bankQuestionIds: readonly string[],
  options: ScheduleOptions,
): { answers: AttemptRecord[]; times: number[]; order: number[] } {
  const limit = options.now.getTime();
  const known = new Set(bankQuestionIds);
  // One pass, no object per answer: this runs over every answer of the history.
  const answers: AttemptRecord[] = [];
  const times: number[] = [];
  let sorted = true;
  for (const a of attempts) {
    if (!known.has(a.question) || (options.bankId !== undefined && a.bank !== options.bankId))
      continue;
    const time = parseIsoTime(a.at);
    if (!Number.isFinite(time) || time > limit) continue;
    if (times.length > 0 && time < (times.at(-1) as number)) sorted = false;
    answers.push(a);
    times.push(time);
  }
  // Concurrent sessions can interleave their lines; a stable sort keeps log order on a tie.
  const order = answers.map((_, i) => i);
  if (!sorted) order.sort((i, j) => (times[i] as number) - (times[j] as number));
  return { answers, times, order };
}

export interface PickOptions {
  /** How many never-answered questions to add after the due ones. */
  newLimit: number;
  /**
   * At most this many questions first answered on the user's day of `now`
   * (Anki's new cards per day), whichever command asked them, so that a
   * second review the same evening brings in no more; unlimited when omitted.
   */
  newPerDay?: number;
  /** The user's day, for `newPerDay` (the system's time zone, 4:00 rollover, when omitted). */
  day?: DayOptions;
}

/**
 * The questions to ask now: those due, most overdue first (bank order on a
 * tie), then up to `newLimit` never answered, in bank order.
 */
export function pickDue(
  schedule: readonly QuestionSchedule[],
  now: Date,
  options: PickOptions,
): QuestionSchedule[] {
  const t = now.getTime();
  const due = schedule
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.due !== null && q.due.getTime() <= t)
    .sort((a, b) => (a.q.due?.getTime() ?? 0) - (b.q.due?.getTime() ?? 0) || a.index - b.index)
    .map(({ q }) => q);
  const introducedToday = newToday(schedule, now, options.day);
  const room = Math.max(
    0,
    Math.min(options.newLimit, (options.newPerDay ?? Number.POSITIVE_INFINITY) - introducedToday),
  );
  const fresh = schedule.filter((q) => q.due === null).slice(0, room);
  return [...due, ...fresh];
}

/** How many questions were first answered on the user's day of `now` (before `now`). */
export function newToday(
  schedule: readonly QuestionSchedule[],
  now: Date,
  day?: DayOptions,
): number {
  const t = now.getTime();
  const days = userDay(day);
  const today = days.dayStart(days.dayNumber(t));
  return schedule.filter(
    (q) => q.firstSeen !== null && q.firstSeen.getTime() >= today && q.firstSeen.getTime() <= t,
  ).length;
}

/** The earliest due date after `now` (or at all, without `now`); null when nothing was answered. */
export function nextDue(schedule: readonly QuestionSchedule[], now?: Date): Date | null {
  const after = now?.getTime() ?? Number.NEGATIVE_INFINITY;
  let next: Date | null = null;
  for (const q of schedule) {
    if (q.due === null || q.due.getTime() <= after) continue;
    if (next === null || q.due < next) next = q.due;
  }
  return next;
}

/** How many answered questions are due at `now`. */
export function countDue(schedule: readonly QuestionSchedule[], now: Date): number {
  return schedule.filter((q) => q.due !== null && q.due.getTime() <= now.getTime()).length;
}
