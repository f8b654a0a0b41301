/**
 * The time limits of a quiz (pure): one per item, one for the whole quiz,
 * or both; an item then gets whichever ends first.
 */

export interface QuizLimits {
  /** Seconds for each item; null for none. */
  item: number | null;
  /** Seconds for the whole quiz; null for none. */
  total: number | null;
}

export interface ItemClock {
  /** Milliseconds this item may take; null when nothing limits it. */
  limitMs: number | null;
  /** Which limit ends it: its own or the quiz's. */
  by: 'item' | 'quiz' | null;
}

/** The limit of the next item, `elapsedMs` into the quiz. */
export function itemClock(limits: QuizLimits, elapsedMs: number): ItemClock {
  const own = limits.item === null ? null : limits.item * 1000;
  const left = limits.total === null ? null : Math.max(0, limits.total * 1000 - elapsedMs);
  if (left !== null && (own === null || left <= own)) return { limitMs: left, by: 'quiz' };
  return own === null ? { limitMs: null, by: null } : { limitMs: own, by: 'item' };
}

/** Whether the whole quiz's time is up, `elapsedMs` into it. */
export function quizTimeUp(limits: QuizLimits, elapsedMs: number): boolean {
  return limits.total !== null && elapsedMs >= limits.total * 1000;
}
