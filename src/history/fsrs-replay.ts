/**
 * Replaying one question's answers through FSRS, fast (pure).
 *
 * `scheduleReviews` replays every answer of the history; through
 * `fsrs().next()` each step builds a scheduler, converts the card three
 * times, computes all four outcomes with their logs and a seed for the fuzz:
 * most of the time of `stats` and `review` on a large history. The schedule
 * is long-term only (no learning steps) and without fuzz, where a step is
 * small: the four next memory states (their intervals are kept in order, so
 * all are needed), the interval of the grade given, and its due date. This
 * does that step with ts-fsrs's public FSRSAlgorithm methods (`next_state`,
 * `forgetting_curve`, `next_interval`) and date helpers; a test replays
 * random histories both ways and requires the same cards.
 */

import { date_scheduler, dateDiffInDays, type FSRS, Rating, State } from 'ts-fsrs';

/** What the schedule keeps of a card. */
export interface ReplayedCard {
  due: Date;
  state: State;
  reps: number;
  lapses: number;
  stability: number;
  difficulty: number;
  lastReview: Date;
}

type AnswerGrade = Rating.Again | Rating.Hard | Rating.Good | Rating.Easy;

const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

/**
 * The card after answering with `grade` at `at`; `card` undefined is a new
 * card. `scheduler` must be long-term (`enable_short_term: false`).
 */
export function replayStep(
  scheduler: FSRS,
  card: ReplayedCard | undefined,
  at: Date,
  grade: AnswerGrade,
): ReplayedCard {
  const isNew = card === undefined || card.state === State.New;
  const elapsed = isNew ? 0 : dateDiffInDays(card.lastReview, at);
  const memory = isNew ? null : { difficulty: card.difficulty, stability: card.stability };
  const retrievability =
    memory === null ? undefined : scheduler.forgetting_curve(elapsed, memory.stability);
  const states = GRADES.map((g) => scheduler.next_state(memory, elapsed, g, retrievability));
  const raw = states.map((s) => scheduler.next_interval(s.stability, elapsed));
  // As ts-fsrs's LongTermScheduler: Again ≤ Hard < Good < Easy.
  const again = Math.min(raw[0] as number, raw[1] as number);
  const hard = Math.max(raw[1] as number, again + 1);
  const good = Math.max(raw[2] as number, hard + 1);
  const easy = Math.max(raw[3] as number, good + 1);
  const interval = [again, hard, good, easy][grade - 1] as number;
  const next = states[grade - 1] as { difficulty: number; stability: number };
  return {
    due: date_scheduler(at, interval, true),
    state: State.Review,
    reps: (card?.reps ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (!isNew && grade === Rating.Again ? 1 : 0),
    stability: next.stability,
    difficulty: next.difficulty,
    lastReview: at,
  };
}
