/**
 * `history show` of a rules-quiz answer: the item, what was chosen, and the feedback `quiz`
 * gave after it (right or wrong, the right answer, why, its source), from the bank as it is
 * now; an item no longer in the bank (or a record of another bank) shows what the record holds.
 */

import { bankIdOf } from '../bank/bank-id.js';
import { indexOfLetter, letterOf } from '../bank/choice-types.js';
import type { Bank } from '../bank/types.js';
import { neutralize, neutralizeInline } from '../neutralize.js';
import { presentByIds } from '../quiz/review-answers.js';
import type { QuizAnswerRecord } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { quizText } from '../ui/quiz-text.js';
import type { RenderContext } from '../ui/render/context.js';
import { formatLocalDateTime, formatTimeTaken } from '../ui/render/format.js';
import { SHOWN_ID_LENGTH } from '../ui/render/render-history.js';
import { renderQuizFeedback } from '../ui/render/render-quiz.js';
import { wrapText } from '../ui/wrap.js';

export function renderQuizAnswerShown(
  ctx: RenderContext,
  record: QuizAnswerRecord,
  bank: Bank,
): string {
  const m = messages(ctx.lang);
  const t = quizText(ctx.lang);
  const head = [
    neutralizeInline(record.id.slice(0, SHOWN_ID_LENGTH)),
    neutralizeInline(record.question),
    formatLocalDateTime(new Date(record.at)),
    m.historyQuiz,
    formatTimeTaken(record.elapsed_ms, record.time_limit),
  ].join(' · ');
  const out = [ctx.c.dim(head)];
  // An id of another bank may name a different item here: as for open answers, it is gone.
  const [presented] =
    bankIdOf(bank) === record.bank
      ? presentByIds(bank.sections, [record.question], t.trueFalse)
      : [];
  const chosen = presented
    ? record.chosen.map((l) => indexOfLetter(l, presented.options.length)).filter((i) => i >= 0)
    : [];
  if (!presented) {
    out.push(...wrapText(m.historyQuestionGone, ctx.width).map((l) => ctx.c.yellow(l)));
    const yours = record.chosen.length === 0 ? t.nothingChosen : record.chosen.join(', ');
    out.push(record.right ? t.right : t.wrong(neutralizeInline(yours)));
    return out.join('\n');
  }
  out.push(...wrapText(neutralize(presented.item.prompt), ctx.width).map((l) => ctx.c.bold(l)));
  presented.options.forEach((o, i) => {
    out.push(
      ...wrapText(neutralize(o.text), ctx.width, {
        firstIndent: `  ${letterOf(i)}. `,
        indent: '     ',
      }),
    );
  });
  out.push('');
  const answer = {
    presented,
    chosen,
    right: record.right,
    timedOut: record.timed_out,
    elapsedMs: record.elapsed_ms,
  };
  out.push(renderQuizFeedback(ctx, answer, t));
  return out.join('\n');
}
