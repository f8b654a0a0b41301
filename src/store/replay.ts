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
  // The attempts by id, made at the first rating that is not found near
  // the end (most logs have few ratings, each right after its attempt):
  // a map of every attempt of a large history cost more than the rest of
  // the replay.
  let attempts: Map<string, AttemptRecord> | undefined;
  const find = (id: string): AttemptRecord | undefined => {
    if (attempts !== undefined) return attempts.get(id);
    for (let i = records.length - 1, stop = Math.max(0, i - NEAR); i >= stop; i--) {
      const r = records[i] as HistoryRecord;
      if (r.kind === 'attempt' && r.id === id) return r;
    }
    attempts = new Map();
    // The latest attempt of an id is the one a rating finds, as near the end.
    for (const r of records) if (r.kind === 'attempt') attempts.set(r.id, r);
    return attempts.get(id);
  };
  return {
    records,
    add(record) {
      if (record.kind === 'rating') {
        // A rating always follows its attempt (one writer, in order); one
        // whose attempt is not in this log (cleared since) rates nothing.
        const rated = find(record.attempt);
        if (rated && rated.session === record.session) rated.self_score = record.self_score;
        return;
      }
      if (record.kind === 'attempt') {
        const kept = keep(record);
        attempts?.set(kept.id, kept);
        records.push(kept);
        return;
      }
      records.push(record);
    },
  };
}

/** How many records back a rating's attempt is looked for before a map of all is made. */
const NEAR = 64;

/** `records` replayed at once. */
export function replayRecords(records: readonly HistoryRecord[]): HistoryRecord[] {
  const replay = createReplay((attempt) => ({ ...attempt }));
  for (const record of records) replay.add(record);
  return replay.records;
}
