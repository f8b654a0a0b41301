/**
 * Quiz answers in the review schedule (pure). The schedule replays graded
 * answers (`AttemptRecord`s) through FSRS; a quiz answer becomes one on a
 * one-point scale: right is Good, wrong (or out of time) is Again, so an
 * item missed is due again the next day and one known comes back later.
 */

import type { Section } from '../bank/types.js';
import { nextDue, pickDue, scheduleReviews } from '../history/schedule.js';
import type { AttemptRecord, HistoryRecord, QuizAnswerRecord } from '../store/record.js';
import { type PresentedItem, presentItem, type TrueFalseLabels } from './present.js';

/** The share a right answer counts as: in Good's band of `rating.ts` (0.7 ≤ s < 0.9). */
const RIGHT_SHARE = 0.8;

export function quizAnswersAsAttempts(records: readonly QuizAnswerRecord[]): AttemptRecord[] {
  return records.map((r) => ({
    v: r.v,
    kind: 'attempt',
    id: r.id,
    at: r.at,
    session: r.session,
    bank: r.bank,
    question: r.question,
    section: r.section,
    mode: 'typed',
    // Not empty: an empty typed answer that timed out is Again whatever its score.
    text: r.chosen.join(',') || '-',
    elapsed_ms: r.elapsed_ms,
    time_limit: r.time_limit,
    timed_out: r.timed_out,
    auto_score: r.right ? RIGHT_SHARE : 0,
    self_score: null,
    points: 1,
    covered: [],
    missed: [],
  }));
}

/** The choice items with these ids, in the order given, as a quiz shows them (not shuffled). */
export function presentByIds(
  sections: readonly Section[],
  ids: readonly string[],
  labels: TrueFalseLabels,
): PresentedItem[] {
  const byId = new Map(
    sections.flatMap((s) =>
      (s.choices ?? []).map((item) => [item.id, { item, section: s.id }] as const),
    ),
  );
  return ids.flatMap((id) => {
    const found = byId.get(id);
    return found ? [presentItem(found.item, found.section, labels)] : [];
  });
}

/**
 * The choice items due now by the history's quiz answers, as a quiz shows
 * them, and when the next one is due after that. An item never answered is
 * never due: `quiz` introduces items, `review` brings back the missed ones.
 */
export function dueQuizItems(
  records: readonly HistoryRecord[],
  sections: readonly Section[],
  options: { now: Date; retention?: number; bankId: string; labels: TrueFalseLabels },
): { items: PresentedItem[]; next: Date | null } {
  const answers = records.filter((r): r is QuizAnswerRecord => r.kind === 'quiz-answer');
  const ids = sections.flatMap((s) => (s.choices ?? []).map((c) => c.id));
  const schedule = scheduleReviews(quizAnswersAsAttempts(answers), ids, options);
  const due = pickDue(schedule, options.now, { newLimit: 0 }).map((q) => q.id);
  return {
    items: presentByIds(sections, due, options.labels),
    next: nextDue(schedule, options.now),
  };
}
