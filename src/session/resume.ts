import { neutralize } from '../neutralize.js';
import type {
  AttemptRecord,
  DraftRecord,
  FollowUpRecord,
  HistoryRecord,
  SessionCommand,
} from '../store/record.js';
import type { Attempt } from './attempt.js';

/** An interrupted run that `practice --resume` (or `drill`, `review`) can continue. */
export interface ResumePoint {
  session: string;
  /** Question ids of the whole interview, in order. */
  plan: string[];
  startedAt: string;
  /** The answers already graded in it. */
  attempts: AttemptRecord[];
  /** Their follow-ups' answers, for the summary. */
  followUps: FollowUpRecord[];
  /** What was typed for the question that was interrupted, if anything. */
  draft?: DraftRecord;
  /** The options it was started with, those its start record kept. */
  options: { time?: number; timer?: boolean; oral?: boolean; followUps?: boolean };
}

/**
 * The latest run of `command` on this bank, when it was not finished: replayed
 * from the log, never stored as state. An older unfinished interview
 * behind a newer one is not offered: the newer one is what the user left.
 */
export function findUnfinished(
  records: readonly HistoryRecord[],
  bankId: string,
  command: SessionCommand = 'practice',
): ResumePoint | undefined {
  let latest: ResumePoint | undefined;
  let finished = false;
  for (const record of records) {
    if (record.kind === 'session-start' && record.command === command && record.bank === bankId) {
      latest = {
        session: record.session,
        plan: [...record.plan],
        startedAt: record.at,
        attempts: [],
        followUps: [],
        options: {
          ...(record.time === undefined ? {} : { time: record.time }),
          ...(record.timer === undefined ? {} : { timer: record.timer }),
          ...(record.oral === undefined ? {} : { oral: record.oral }),
          ...(record.follow_ups === false ? { followUps: false } : {}),
        },
      };
      finished = false;
    } else if (latest && record.session === latest.session) {
      if (record.kind === 'attempt') latest.attempts.push(record);
      else if (record.kind === 'follow-up') latest.followUps.push(record);
      else if (record.kind === 'draft') latest.draft = record;
      else if (record.kind === 'session-end' && record.reason === 'finished') finished = true;
    }
  }
  if (!latest || finished) return undefined;
  const answered = new Set(latest.attempts.map((a) => a.question));
  if (latest.plan.every((id) => answered.has(id))) return undefined;
  if (latest.draft && answered.has(latest.draft.question)) latest.draft = undefined;
  return latest;
}

/**
 * An attempt as the summary needs it, rebuilt from its record. The texts
 * come from the log, which anyone could have written: they are neutralised
 * here, where they leave it for the screen.
 */
export function attemptFromRecord(
  record: AttemptRecord,
  followUps: readonly FollowUpRecord[] = [],
): Attempt {
  const mine = followUps.filter((f) => f.attempt === record.id);
  return {
    ...(mine.length === 0
      ? {}
      : {
          followUps: mine.map((f) => ({
            followUpId: f.follow_up,
            text: neutralize(f.text),
            timedOut: f.timed_out,
            elapsedMs: f.elapsed_ms,
            timeLimit: f.time_limit,
            mode: f.mode,
            grade: {
              score: f.auto_score,
              max: f.points,
              keyPoints: [
                ...f.covered.map((point) => ({
                  point: neutralize(point),
                  covered: true,
                  matched: [],
                })),
                ...f.missed.map((point) => ({
                  point: neutralize(point),
                  covered: false,
                  matched: [],
                })),
              ],
            },
          })),
        }),
    questionId: record.question,
    sectionId: record.section,
    text: neutralize(record.text),
    timedOut: record.timed_out,
    elapsedMs: record.elapsed_ms,
    timeLimit: record.time_limit,
    selfScore: record.self_score,
    mode: record.mode,
    grade: {
      score: record.auto_score,
      max: record.points,
      keyPoints: [
        ...record.covered.map((point) => ({
          point: neutralize(point),
          covered: true,
          matched: [],
        })),
        ...record.missed.map((point) => ({
          point: neutralize(point),
          covered: false,
          matched: [],
        })),
      ],
    },
  };
}
