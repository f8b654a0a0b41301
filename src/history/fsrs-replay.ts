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
 * `forgetting_curve`, `next_interval`) and its date arithmetic; a test replays
 * random histories both ways and requires the same cards.
 */

import { clamp, type FSRS, Rating, roundTo, S_MIN, State } from 'ts-fsrs';

/** What the schedule keeps of a card. */
export interface ReplayedCard {
  /** Milliseconds since the epoch, as `lastReview`: a Date for each step cost more than the step. */
  due: number;
  state: State;
  reps: number;
  lapses: number;
  stability: number;
  difficulty: number;
  lastReview: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The days from the UTC day of `from` to that of `to`, as ts-fsrs's
 * `dateDiffInDays` counts them (UTC midnights apart), without its six
 * Date calls: a UTC day is exactly `DAY_MS` long in JavaScript time.
 */
function daysBetween(from: number, to: number): number {
  return Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);
}

type AnswerGrade = Rating.Again | Rating.Hard | Rating.Good | Rating.Easy;

interface Memory {
  difficulty: number;
  stability: number;
}

/**
 * The stability `next_state` gives a learnt card answered `g`, without the
 * next difficulty (an exponential and three roundings), which only the
 * grade given needs: a third of the replay was difficulties thrown away.
 * As `next_state` without short-term steps: Again keeps the lower of the
 * stability it had and the one after forgetting (ts-fsrs divides by
 * e^(w17·w18), which is e^0 there); the other grades recall. The test that
 * replays random histories through ts-fsrs's `next()` holds the two equal.
 */
function otherStability(scheduler: FSRS, memory: Memory, r: number, g: AnswerGrade): number {
  const { difficulty: d, stability: s } = memory;
  if (g !== Rating.Again) return scheduler.next_recall_stability(d, s, r, g);
  return clamp(roundTo(s, 8), S_MIN, scheduler.next_forget_stability(d, s, r));
}

/**
 * The card after answering with `grade` at `at` (milliseconds since the
 * epoch); `card` undefined is a new card. `scheduler` must be long-term
 * (`enable_short_term: false`).
 */
export function replayStep(
  scheduler: FSRS,
  card: ReplayedCard | undefined,
  at: number,
  grade: AnswerGrade,
): ReplayedCard {
  const isNew = card === undefined || card.state === State.New;
  const elapsed = isNew ? 0 : daysBetween(card.lastReview, at);
  const memory = isNew ? null : { difficulty: card.difficulty, stability: card.stability };
  const retrievability =
    memory === null ? undefined : scheduler.forgetting_curve(elapsed, memory.stability);
  // As ts-fsrs's LongTermScheduler: Again ≤ Hard < Good < Easy, each
  // interval bounded by those of the grades below it, never above: only the
  // grades up to the one given (and Hard, which bounds Again) are computed.
  const top = grade > Rating.Hard ? grade : Rating.Hard;
  const raw: number[] = [];
  let next: { difficulty: number; stability: number } | undefined;
  for (let g = Rating.Again; g <= top; g++) {
    // The other grades bound the interval only: their stability, not their difficulty.
    const state =
      g === grade || memory === null || retrievability === undefined
        ? scheduler.next_state(memory, elapsed, g, retrievability)
        : undefined;
    const stability =
      state?.stability ??
      otherStability(scheduler, memory as Memory, retrievability as number, g as AnswerGrade);
    raw.push(scheduler.next_interval(stability, elapsed));
    if (g === grade) next = state;
  }
  let interval = Math.min(raw[0] as number, raw[1] as number);
  for (let g = Rating.Hard; g <= grade; g++)
    interval = Math.max(raw[g - 1] as number, interval + 1);
  if (next === undefined) throw new Error(`no state for grade ${grade}`);
  return {
    // As ts-fsrs's date_scheduler: whole days from the answer.
    due: at + interval * DAY_MS,
    state: State.Review,
    reps: (card?.reps ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (!isNew && grade === Rating.Again ? 1 : 0),
    stability: next.stability,
    difficulty: next.difficulty,
    lastReview: at,
  };
}
