import type { Question } from '../../bank/types.js';
import { neutralize } from '../../neutralize.js';
import type { FollowUpAttempt } from '../../session/follow-ups.js';
import { followUpMessages } from '../follow-up-messages.js';
import { messages } from '../i18n.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';
import { formatClock } from './format.js';
import { renderChecklist, renderScoreNotes, scoreLine } from './render-feedback.js';

/** A follow-up as it is put to the candidate, before the answer prompt. */
export function renderFollowUpPrompt(
  ctx: RenderContext,
  prompt: string,
  timeLimit: number | null,
  index: number,
  total: number,
): string {
  const f = followUpMessages(ctx.lang);
  const limit = timeLimit === null ? null : formatClock(timeLimit * 1000);
  return [
    '',
    ...wrapText(f.header(index + 1, total, limit), ctx.width).map((l) => ctx.c.dim(l)),
    ...wrapText(neutralize(prompt), ctx.width).map((l) => ctx.c.bold(l)),
  ].join('\n');
}

/**
 * The follow-ups of an answer in its feedback: each prompt, what it probed,
 * its score line (key points, points, time), notes and checklist. A
 * follow-up no longer in the bank is shown by its id.
 */
export function renderFollowUpFeedback(
  ctx: RenderContext,
  question: Question,
  followUps: readonly FollowUpAttempt[] | undefined,
): string[] {
  if (!followUps || followUps.length === 0) return [];
  const f = followUpMessages(ctx.lang);
  const out = ['', ctx.c.bold.cyan(f.title)];
  followUps.forEach((answer, i) => {
    const asked = question.follow_ups?.find((x) => x.id === answer.followUpId);
    const probed = answer.after === undefined ? '' : f.probes(answer.after);
    out.push(
      ...wrapText(
        `${i + 1}. ${neutralize((asked?.prompt ?? answer.followUpId) + probed)}`,
        ctx.width,
        {
          indent: '   ',
        },
      ),
      ...wrapText(scoreLine(ctx.lang, answer.grade, answer), ctx.width, { indent: '   ' }).map(
        (l) => ctx.c.cyan(l),
      ),
      ...renderScoreNotes(ctx, answer.grade),
      ...renderChecklist(ctx, answer.grade),
    );
  });
  return out;
}

/**
 * The follow-ups answered after a saved answer (`history show`): each prompt
 * (the bank's, else its id), what it probes, the answer as saved, its score
 * line and checklist. The record keeps no matched words, so the checklist
 * has none, as the main answer's has not.
 */
export function renderFollowUpAnswers(
  ctx: RenderContext,
  question: Question | undefined,
  followUps: readonly FollowUpAttempt[] | undefined,
): string[] {
  if (!followUps || followUps.length === 0) return [];
  const f = followUpMessages(ctx.lang);
  const m = messages(ctx.lang);
  const out = ['', ctx.c.bold.cyan(f.title)];
  followUps.forEach((answer, i) => {
    const asked = question?.follow_ups?.find((x) => x.id === answer.followUpId);
    const probed = asked?.after === undefined ? '' : f.probes(asked.after);
    const text =
      answer.mode === 'oral'
        ? m.historyOralNoText
        : answer.text.trim() === ''
          ? m.noAnswer
          : answer.text.trimEnd();
    out.push(
      ...wrapText(
        `${i + 1}. ${neutralize((asked?.prompt ?? answer.followUpId) + probed)}`,
        ctx.width,
        { indent: '   ' },
      ).map((l) => ctx.c.bold(l)),
      `   ${ctx.c.cyan(m.yourAnswer)}`,
      ...wrapText(neutralize(text), ctx.width, { indent: '     ' }),
      ...wrapText(scoreLine(ctx.lang, answer.grade, answer), ctx.width, { indent: '   ' }).map(
        (l) => ctx.c.cyan(l),
      ),
      ...renderChecklist(ctx, answer.grade),
    );
  });
  return out;
}
