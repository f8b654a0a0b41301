/**
 * Follow-up questions (追问), pure: which ones an answer earns, and how an
 * answer to one is graded. An interviewer presses on what the answer left
 * open, so the choice comes from the key points it missed.
 */
import type { FollowUp, Question, RedFlag } from '../bank/types.js';
import { gradeFromTicks } from '../scoring/grade-ticks.js';
import { type Grade, scoreAnswer } from '../scoring/score-answer.js';

/** At most this many follow-ups after one answer. */
export const MAX_FOLLOW_UPS = 2;

/** One answered follow-up, kept with the attempt of its question. */
export interface FollowUpAttempt {
  followUpId: string;
  /** The key point it probed; absent when it was asked as the always-eligible one. */
  after?: string;
  text: string;
  timedOut: boolean;
  elapsedMs: number;
  /** Seconds, or null when there was no timer. */
  timeLimit: number | null;
  /** One point per key point of the follow-up, capped by red flags as a question is. */
  grade: Grade;
  mode: 'typed' | 'oral';
}

/**
 * The follow-ups this grade earns, in the order of the key points they
 * probe: those whose `after` names a missed point, at most `max`. When none
 * applies (nothing missed, or nothing missed that a follow-up probes), the
 * first always-eligible one: what an interviewer presses on next. `after`
 * is matched against the question's own key points by position, so the
 * grade's points (in the same order) decide, in any language.
 */
export function chooseFollowUps(
  question: Question,
  grade: Pick<Grade, 'keyPoints'>,
  max = MAX_FOLLOW_UPS,
): FollowUp[] {
  const list = question.follow_ups ?? [];
  if (list.length === 0 || max <= 0) return [];
  const probes: FollowUp[] = [];
  question.key_points.forEach((kp, index) => {
    if (grade.keyPoints[index]?.covered !== false) return;
    for (const followUp of list) if (followUp.after === kp.point) probes.push(followUp);
  });
  if (probes.length > 0) return probes.slice(0, max);
  const open = list.find((f) => f.after === undefined);
  return open ? [open] : [];
}

const asQuestions = new WeakMap<FollowUp, Question>();

/**
 * A follow-up as the scorer sees a question: its own key points, one point
 * each, its own red flags then its question's (the question's resolved ones:
 * section and bank flags included; an id listed on the follow-up wins).
 * Cached per follow-up, so the scorer's caches (keyed by question) hold.
 */
export function followUpQuestion(question: Question, followUp: FollowUp): Question {
  let out = asQuestions.get(followUp);
  if (!out) {
    const seen = new Set<string>();
    const flags = [...(followUp.red_flags ?? []), ...(question.red_flags ?? [])].filter(
      (f: RedFlag) => !seen.has(f.id) && seen.add(f.id),
    );
    out = {
      id: followUp.id,
      prompt: followUp.prompt,
      points: followUpPoints(followUp),
      time_limit: followUp.time_limit,
      // The scorer reads the pace (Chinese or English) off the answer: the prompt is in the same language.
      answer: followUp.prompt,
      analysis: '',
      key_points: followUp.key_points,
      ...(flags.length > 0 ? { red_flags: flags } : {}),
    };
    asQuestions.set(followUp, out);
  }
  return out;
}

/** What a follow-up is worth: one point per key point. */
export function followUpPoints(followUp: FollowUp): number {
  return followUp.key_points.length;
}

/**
 * Grades an answer to a follow-up: typed, by the scorer, without a length
 * verdict (a follow-up asks for a sentence or two, and its key points are
 * few); spoken, from the points ticked.
 */
export function gradeFollowUp(
  question: Question,
  followUp: FollowUp,
  input: { text: string; ticked?: readonly number[] },
): Grade {
  const asked = followUpQuestion(question, followUp);
  return input.ticked
    ? gradeFromTicks(asked, input.ticked)
    : scoreAnswer(asked, input.text, { timeLimit: 0 });
}

/** Totals of the follow-ups of some attempts: reported beside the main score, never in it. */
export function followUpTotals(attempts: readonly { followUps?: readonly FollowUpAttempt[] }[]): {
  asked: number;
  score: number;
  max: number;
} {
  let asked = 0;
  let score = 0;
  let max = 0;
  for (const attempt of attempts)
    for (const f of attempt.followUps ?? []) {
      asked += 1;
      score += f.grade.score;
      max += f.grade.max;
    }
  return { asked, score: Math.round(score * 10) / 10, max };
}
