/**
 * What `grade` prints for a graded file in the machine formats: the one-file
 * `--json` shape (a contract), a JSON Lines record per file and CSV rows per
 * file and question (`--format jsonl` / `csv`, for a class at once).
 */

import type { Question } from '../bank/types.js';
import { analyzeAnswer } from '../insights/analyze-answer.js';
import type { Insights } from '../insights/types.js';
import { neutralizeInline } from '../neutralize.js';
import type { MissReason, ScoreFlag } from '../scoring/types.js';
import type { Attempt } from '../session/attempt.js';
import type { GradedFile } from './grade-file.js';

/** One graded answer in `grade --json` (and in each line of `--format jsonl`). */
export interface GradeResultJson {
  id: string;
  points: number;
  /** The automatic score. */
  score: number;
  /** The candidate's own score from the file, or null; it counts in `total` when given. */
  self_score: number | null;
  covered: string[];
  missed: string[];
  /** Why points were missed and what capped the score, as the scorer's structured notes. */
  reasons: { point: string; reason: MissReason }[];
  flags: ScoreFlag[];
  /** The red flags the answer shows (also among `flags`), each capping the score. */
  red_flags: { id: string; wrong: string; matched: string[]; scope: string }[];
  insights: Insights;
  /** The follow-ups answered in the file, each on its own key points (one point each). */
  follow_ups: FollowUpResultJson[];
}

/** One answered follow-up in `grade --json`. */
export interface FollowUpResultJson {
  id: string;
  points: number;
  score: number;
  covered: string[];
  missed: string[];
  reasons: { point: string; reason: MissReason }[];
  flags: ScoreFlag[];
  red_flags: { id: string; wrong: string; matched: string[]; scope: string }[];
}

/** The `grade --json` shape, a contract for scripts. */
export interface GradeJson {
  results: GradeResultJson[];
  /** The scores that count: self scores where given, automatic ones elsewhere. */
  total: number;
  /** The automatic scores alone. */
  auto_total: number;
  max: number;
  /** The follow-ups' points, beside `total`, never in it. */
  follow_ups_total: number;
  follow_ups_max: number;
}

/** A line of `grade --format jsonl`: one file. */
export interface GradeJsonLine {
  file: string;
  results: GradeResultJson[];
  total: number;
  max: number;
}

/** What a graded answer (to a question or a follow-up) holds. */
type Graded = Pick<Attempt, 'grade'>;

const covered = (a: Graded) => a.grade.keyPoints.filter((k) => k.covered).map((k) => k.point);
const missed = (a: Graded) => a.grade.keyPoints.filter((k) => !k.covered).map((k) => k.point);
const redFlags = (a: Graded) =>
  (a.grade.flags ?? []).flatMap((f) =>
    f.code === 'red-flag' ? [{ id: f.id, wrong: f.wrong, matched: f.matched, scope: f.scope }] : [],
  );

function resultJson(attempt: Attempt, question: Question): GradeResultJson {
  return {
    id: attempt.questionId,
    points: attempt.grade.max,
    score: attempt.grade.score,
    self_score: attempt.selfScore,
    covered: covered(attempt),
    missed: missed(attempt),
    reasons: attempt.grade.keyPoints.flatMap((k) =>
      k.reason ? [{ point: k.point, reason: k.reason }] : [],
    ),
    flags: attempt.grade.flags ?? [],
    red_flags: redFlags(attempt),
    insights: analyzeAnswer(attempt.text, question, { covered: covered(attempt) }),
    follow_ups: (attempt.followUps ?? []).map((f) => ({
      id: f.followUpId,
      points: f.grade.max,
      score: f.grade.score,
      covered: covered(f),
      missed: missed(f),
      reasons: f.grade.keyPoints.flatMap((k) =>
        k.reason ? [{ point: k.point, reason: k.reason }] : [],
      ),
      flags: f.grade.flags ?? [],
      red_flags: redFlags(f),
    })),
  };
}

const results = (graded: GradedFile) =>
  graded.attempts.map((a, i) => resultJson(a, (graded.plan[i] as { question: Question }).question));

export function gradeJson(graded: GradedFile): GradeJson {
  return {
    results: results(graded),
    total: graded.summary.score,
    auto_total: graded.summary.autoScore,
    max: graded.summary.max,
    follow_ups_total: graded.summary.followUps.score,
    follow_ups_max: graded.summary.followUps.max,
  };
}

export function gradeJsonLine(graded: GradedFile): GradeJsonLine {
  return {
    file: graded.name,
    results: results(graded),
    total: graded.summary.score,
    max: graded.summary.max,
  };
}

/**
 * `follows` is empty on a question's row and names the question on a
 * follow-up's row: a sheet that sums `score` over the rows with it empty gets
 * the interview's total, follow-ups apart, as everywhere else.
 */
export const CSV_HEADER = [
  'file',
  'id',
  'points',
  'score',
  'covered',
  'missed',
  'red_flags',
  'follows',
];

/** How the items of a list column are joined. */
const LIST_SEPARATOR = '; ';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * end, quotes doubled. A field a spreadsheet would run as a formula (= + -
 * @ first) gets a leading apostrophe: a student's file name must not become
 * a formula in the coach's spreadsheet. Control characters are shown escaped.
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : neutralizeInline(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: readonly (string | number)[]) =>
  `${fields.map(csvField).join(',')}\r\n`;

/**
 * The CSV rows of one file: one per graded question, each followed by a row
 * per follow-up answered to it. `score` is the automatic score, as in JSON.
 */
export function gradeCsvRows(graded: GradedFile): string {
  const row = (id: string, a: Graded, follows: string) =>
    csvLine([
      graded.name,
      id,
      a.grade.max,
      a.grade.score,
      covered(a).join(LIST_SEPARATOR),
      missed(a).join(LIST_SEPARATOR),
      redFlags(a)
        .map((f) => f.id)
        .join(LIST_SEPARATOR),
      follows,
    ]);
  return graded.attempts
    .map(
      (a) =>
        row(a.questionId, a, '') +
        (a.followUps ?? []).map((f) => row(f.followUpId, f, a.questionId)).join(''),
    )
    .join('');
}
