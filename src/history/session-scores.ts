/** The score of each mock interview, replayed from its records (pure). */

import type { Bank } from '../bank/types.js';
import type { AttemptRecord, SessionStartRecord } from '../store/record.js';
import { finalScoreOf } from './rating.js';

/** One mock interview (`practice` session). */
export interface SessionScore {
  session: string;
  /** When it started (ISO 8601). */
  at: string;
  finished: boolean;
  /** Questions answered, of those planned. */
  answered: number;
  planned: number;
  score: number;
  /** The points of every planned question, answered or not. */
  max: number;
  /** By section, in bank order. */
  sections: { id: string; score: number; max: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Every interview with at least one answer, oldest first. A question answered
 * twice in one interview (after a resume) counts once, with its last answer.
 */
export function scoreSessions(
  starts: readonly SessionStartRecord[],
  attempts: readonly AttemptRecord[],
  finished: ReadonlySet<string>,
  bank: Bank,
): SessionScore[] {
  const wanted = new Set(starts.map((s) => s.session));
  const answers = new Map<string, Map<string, AttemptRecord>>();
  for (const a of attempts) {
    if (!wanted.has(a.session)) continue;
    const bySession = answers.get(a.session) ?? new Map<string, AttemptRecord>();
    answers.set(a.session, bySession);
    bySession.set(a.question, a);
  }
  const layout = bankLayout(bank);

  const out: SessionScore[] = [];
  for (const start of starts) {
    const answered = answers.get(start.session);
    if (!answered || answered.size === 0) continue;
    const bySection = sectionScores(start.plan, answered, layout);
    out.push({
      session: start.session,
      at: start.at,
      finished: finished.has(start.session),
      answered: answered.size,
      planned: start.plan.length,
      score: round2(bySection.reduce((n, s) => n + s.score, 0)),
      max: round2(bySection.reduce((n, s) => n + s.max, 0)),
      sections: bySection,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Where each question of the bank is (its section, its points) and the order of the sections. */
interface BankLayout {
  sectionOf: Map<string, { section: string; points: number }>;
  sectionOrder: Map<string, number>;
}

function bankLayout(bank: Bank): BankLayout {
  const sectionOf = new Map<string, { section: string; points: number }>();
  const sectionOrder = new Map<string, number>();
  for (const [i, s] of bank.sections.entries()) {
    sectionOrder.set(s.id, i);
    for (const q of s.questions) sectionOf.set(q.id, { section: s.id, points: q.points });
  }
  return { sectionOf, sectionOrder };
}

/**
 * One interview's score by section, in bank order: each planned question (0
 * when not answered, if the bank still has it), then answers outside the plan.
 */
function sectionScores(
  plan: readonly string[],
  answered: ReadonlyMap<string, AttemptRecord>,
  layout: BankLayout,
): { id: string; score: number; max: number }[] {
  const sections = new Map<string, { score: number; max: number }>();
  const add = (section: string, score: number, max: number) => {
    const sum = sections.get(section) ?? { score: 0, max: 0 };
    sum.score += score;
    sum.max += max;
    sections.set(section, sum);
  };
  const planned = new Set(plan);
  for (const id of plan) {
    const answer = answered.get(id);
    const known = layout.sectionOf.get(id);
    if (answer) add(answer.section, finalScoreOf(answer), answer.points);
    else if (known) add(known.section, 0, known.points);
  }
  for (const [id, answer] of answered) {
    if (!planned.has(id)) add(answer.section, finalScoreOf(answer), answer.points);
  }
  return [...sections]
    .map(([id, s]) => ({ id, score: round2(s.score), max: round2(s.max) }))
    .sort(
      (a, b) =>
        (layout.sectionOrder.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
        (layout.sectionOrder.get(b.id) ?? Number.MAX_SAFE_INTEGER),
    );
}
