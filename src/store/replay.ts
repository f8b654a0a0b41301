/**
 * Replaying the log (pure): records in the order read, out with each
 * self-rating put into the attempt it rates. The rating is its own, later
 * record, because the attempt is saved the moment it is graded, before the
 * candidate rates it; stats, the review schedule and resume all see the
 * combined attempt, and never a rating record.
 */

import type { AttemptRecord, HistoryRecord } from './record.js';

export interface Replay {
  /** Takes the next record of the log. */
  add(record: HistoryRecord): void;
  /** Everything but the ratings, in log order, ratings applied. */
  readonly records: HistoryRecord[];
}

/**
 * A replay; `keep` may slim each attempt before it is kept (the rating is
 * put into what it returns).
 */
export function createReplay(
  keep: (attempt: AttemptRecord) => AttemptRecord = (attempt) => attempt,
): Replay {
  const records: HistoryRecord[] = [];
  const attempts = new Map<string, AttemptRecord>();
  return {
    records,
    add(record) {
      if (record.kind === 'rating') {
        // A rating always follows its attempt (one writer, in order); one
        // whose attempt is not in this log (cleared since) rates nothing.
        const rated = attempts.get(record.attempt);
        if (rated && rated.session === record.session) rated.self_score = record.self_score;
        return;
      }
      if (record.kind === 'attempt') {
        const kept = keep(record);
        attempts.set(kept.id, kept);
        records.push(kept);
        return;
      }
      records.push(record);
    },
  };
}

/** `records` replayed at once. */
export function replayRecords(records: readonly HistoryRecord[]): HistoryRecord[] {
  const replay = createReplay((attempt) => ({ ...attempt }));
  for (const record of records) replay.add(record);
  return replay.records;
}
