/**
 * Progress statistics, derived from the log by one pass over its records
 * (pure). Everything is JSON-serialisable: `stats --json` prints it as is.
 * Shares are fractions of the points in [0, 1], rounded to 3 decimals.
 */

import type { Bank, Question } from '../bank/types.js';
import type { AttemptRecord, HistoryRecord, SessionStartRecord } from '../store/record.js';
import type { PointName } from './point-names.js';
import { finalScoreOf } from './rating.js';
import { round3 } from './round.js';
import { countDue, nextDue, scheduleReviews } from './schedule.js';
import { type SessionScore, scoreSessions } from './session-scores.js';
import { type TimeStats, timeStats } from './time-stats.js';
import { type MissedPoint, mostMissed, type WeakQuestion, weakestQuestions } from './weak-spots.js';

export type { MissedPoint, SessionScore, TimeStats, WeakQuestion };

/** A section's recent form: its share in the latest session that asked it, and on average. */
export interface SectionTrend {
  id: string;
  order: number;
  title: string;
  /** Share in the latest session (any command) that answered questions of it. */
  last: number | null;
  /** Mean share over those sessions. */
  average: number | null;
  sessions: number;
}

export interface HistoryStats {
  /** Answers of this bank. */
  attempts: number;
  /** Mock interviews (`practice`) started, and those finished. */
  interviews: { taken: number; finished: number };
  /** Every mock interview with at least one answer, oldest first. */
  sessions: SessionScore[];
  sections: SectionTrend[];
  /** The five weakest questions (answered at least once), as `drill --weakest 5` asks them. */
  weakest: WeakQuestion[];
  /** The five key points missed most often. */
  mostMissed: MissedPoint[];
  time: TimeStats & { sections: (TimeStats & { id: string; title: string })[] };
  /** Answered questions due now, the next due date after now, and questions never answered. */
  due: { now: number; next: string | null; new: number };
}

const TOP = 5;

export interface StatsOptions {
  /** The bank's id in the history (`bankIdOf`). */
  bankId: string;
  now: Date;
  /** Desired retention for the review schedule. */
  retention?: number;
  /** The user's time zone, for the days of the schedule; the system's when omitted. */
  timeZone?: string | undefined;
  /** Key points in the interface language (`pointNames`); as recorded when omitted. */
  pointName?: PointName;
}

/** The statistics of one bank's history. */
export function computeStats(
  records: readonly HistoryRecord[],
  bank: Bank,
  options: StatsOptions,
): HistoryStats {
  const questions = questionIndex(bank);
  const attempts: AttemptRecord[] = [];
  const starts: SessionStartRecord[] = [];
  const finished = new Set<string>();
  for (const record of records) {
    if (record.kind === 'attempt' && record.bank === options.bankId) attempts.push(record);
    else if (record.kind === 'session-start' && record.bank === options.bankId) starts.push(record);
    else if (record.kind === 'session-end' && record.reason === 'finished')
      finished.add(record.session);
  }
  // Concurrent sessions can interleave their lines; ISO UTC strings sort by time.
  attempts.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const practice = new Map<string, SessionStartRecord>();
  for (const start of starts) {
    if (start.command === 'practice' && !practice.has(start.session)) {
      practice.set(start.session, start);
    }
  }
  const taken = [...practice.keys()];

  const schedule = scheduleReviews(attempts, [...questions.keys()], {
    now: options.now,
    retention: options.retention,
    timeZone: options.timeZone,
  });
  const next = nextDue(schedule, options.now);

  return {
    attempts: attempts.length,
    interviews: { taken: taken.length, finished: taken.filter((s) => finished.has(s)).length },
    sessions: scoreSessions([...practice.values()], attempts, finished, bank),
    sections: sectionTrends(attempts, bank),
    weakest: weakestQuestions(attempts, questions, TOP),
    mostMissed: mostMissed(attempts, questions, TOP, options.pointName),
    time: {
      ...timeStats(attempts),
      sections: bank.sections.map((s) => ({
        id: s.id,
        title: s.title,
        ...timeStats(attempts.filter((a) => a.section === s.id)),
      })),
    },
    due: {
      now: countDue(schedule, options.now),
      next: next === null ? null : next.toISOString(),
      new: schedule.filter((q) => q.due === null).length,
    },
  };
}

/** Every question of the bank by id: its place in bank order and its section's order. */
export function questionIndex(
  bank: Bank,
): Map<string, { question: Question; index: number; section: number }> {
  const questions = new Map<string, { question: Question; index: number; section: number }>();
  for (const section of bank.sections) {
    for (const question of section.questions) {
      questions.set(question.id, { question, index: questions.size, section: section.order });
    }
  }
  return questions;
}

function sectionTrends(attempts: readonly AttemptRecord[], bank: Bank): SectionTrend[] {
  // (section, session) → summed score and points, in the order first answered.
  const groups = new Map<string, Map<string, { score: number; max: number }>>();
  for (const a of attempts) {
    // Set only when new: this runs for every answer of the history.
    let bySession = groups.get(a.section);
    if (bySession === undefined) {
      bySession = new Map();
      groups.set(a.section, bySession);
    }
    let sum = bySession.get(a.session);
    if (sum === undefined) {
      sum = { score: 0, max: 0 };
      bySession.set(a.session, sum);
    }
    sum.score += finalScoreOf(a);
    sum.max += a.points;
  }
  return bank.sections.map((s) => {
    const shares = [...(groups.get(s.id)?.values() ?? [])]
      .filter((g) => g.max > 0)
      .map((g) => Math.min(1, g.score / g.max));
    const last = shares.at(-1);
    return {
      id: s.id,
      order: s.order,
      title: s.title,
      last: last === undefined ? null : round3(last),
      average:
        shares.length === 0 ? null : round3(shares.reduce((n, x) => n + x, 0) / shares.length),
      sessions: shares.length,
    };
  });
}
