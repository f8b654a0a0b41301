/**
 * An answer turned into its graded record: the one place a session's run and
 * `grade`'s files build an Attempt (and a follow-up's), so both log, summarise
 * and resume the same shape.
 */

import type { FollowUp, Question } from '../bank/types.js';
import { gradeFromTicks } from '../scoring/grade-ticks.js';
import { type ScoreContext, scoreAnswer } from '../scoring/score-answer.js';
import type { Attempt } from './attempt.js';
import { type FollowUpAttempt, gradeFollowUp } from './follow-ups.js';
import type { PlannedQuestion } from './plan.js';
import type { AnswerInput } from './run-session.js';

/**
 * The attempt at one planned question, graded from the ticks (spoken) or the
 * text (typed) with `scoring`, whose timeLimit is the one its length is judged
 * against. `timeLimit` is the timer the candidate had (null: none), as recorded.
 */
export function gradeAttempt(
  item: PlannedQuestion,
  input: AnswerInput,
  scoring: ScoreContext,
  timeLimit: number | null,
  selfScore: number | null = null,
): Attempt {
  return {
    questionId: item.question.id,
    sectionId: item.section.id,
    text: input.text,
    timedOut: input.timedOut,
    elapsedMs: input.elapsedMs,
    timeLimit,
    grade: input.ticked
      ? gradeFromTicks(item.question, input.ticked)
      : scoreAnswer(item.question, input.text, scoring),
    selfScore,
    mode: input.ticked ? 'oral' : 'typed',
  };
}

/** The answer to a follow-up of `question`, graded on the follow-up's own key points. */
export function gradeFollowUpAttempt(
  question: Question,
  followUp: FollowUp,
  input: AnswerInput,
  timeLimit: number | null,
): FollowUpAttempt {
  return {
    followUpId: followUp.id,
    ...(followUp.after === undefined ? {} : { after: followUp.after }),
    text: input.text,
    timedOut: input.timedOut,
    elapsedMs: input.elapsedMs,
    timeLimit,
    grade: gradeFollowUp(question, followUp, input),
    mode: input.ticked ? 'oral' : 'typed',
  };
}
