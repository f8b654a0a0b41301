/**
 * Judging answers and scoring a quiz (pure). An answer is right when it
 * chose exactly the right options: a `multiple` item with one right option
 * left out, or one wrong option added, is wrong, as in the platforms' tests.
 */

import type { PresentedItem } from './present.js';

export interface QuizAnswer {
  presented: PresentedItem;
  /** Shown indexes chosen, sorted; empty when the time ran out with nothing chosen. */
  chosen: number[];
  right: boolean;
  timedOut: boolean;
  elapsedMs: number;
}

/** Whether `chosen` (shown indexes) is exactly the item's right answer. */
export function isRight(presented: PresentedItem, chosen: readonly number[]): boolean {
  const set = new Set(chosen);
  return set.size === presented.correct.length && presented.correct.every((i) => set.has(i));
}

/** One answer, judged. */
export function judge(
  presented: PresentedItem,
  chosen: readonly number[],
  timing: { timedOut: boolean; elapsedMs: number },
): QuizAnswer {
  const sorted = [...new Set(chosen)].sort((a, b) => a - b);
  return { presented, chosen: sorted, right: isRight(presented, sorted), ...timing };
}

export interface QuizScore {
  right: number;
  /** The items of the quiz; with `answeredOnly`, those answered. */
  total: number;
  /** Answered wrong, in the order asked. */
  wrong: QuizAnswer[];
  /** Never answered (the whole quiz's time ran out first), in order. */
  unanswered: PresentedItem[];
}

/**
 * The score of a quiz over its `items`: `right/total`. Items never
 * answered count in the total and as missed, unless `answeredOnly` (an
 * interrupted quiz is scored over what was answered).
 */
export function scoreQuiz(
  items: readonly PresentedItem[],
  answers: readonly QuizAnswer[],
  answeredOnly = false,
): QuizScore {
  const answered = new Set(answers.map((a) => a.presented));
  const unanswered = answeredOnly ? [] : items.filter((p) => !answered.has(p));
  return {
    right: answers.filter((a) => a.right).length,
    total: answeredOnly ? answers.length : items.length,
    wrong: answers.filter((a) => !a.right),
    unanswered,
  };
}
