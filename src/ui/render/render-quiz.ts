/**
 * What `quiz` prints after each item and at the end (pure: strings out).
 */

import { letterOf } from '../../bank/choice-types.js';
import { neutralize } from '../../neutralize.js';
import { shownLetters } from '../../quiz/present.js';
import type { QuizAnswer, QuizScore } from '../../quiz/score.js';
import type { QuizText } from '../quiz-text.js';
import { truncateDisplay } from '../text-width.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';

const INDENT = '  ';

/** Right or wrong, the right option(s) with their text, the explanation and its source. */
export function renderQuizFeedback(ctx: RenderContext, answer: QuizAnswer, t: QuizText): string {
  const { c, width } = ctx;
  const room = Math.max(20, width - 1);
  const p = answer.presented;
  const yours =
    answer.chosen.length === 0 ? t.nothingChosen : shownLetters(answer.chosen).join(', ');
  const colon = ctx.lang === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  if (answer.timedOut) lines.push(c.red.bold(t.timedOut));
  lines.push(answer.right ? c.green.bold(t.right) : c.red.bold(t.wrong(yours)));
  lines.push(c.bold(`${t.correctAnswer}${ctx.lang === 'zh' ? '：' : ':'}`));
  for (const i of p.correct) {
    const option = neutralize(p.options[i]?.text ?? '');
    lines.push(
      ...wrapText(option, room, {
        firstIndent: `${INDENT}${letterOf(i)}. `,
        indent: `${INDENT}   `,
      }).map((row) => c.green(row)),
    );
  }
  lines.push(...wrapText(`${t.explanation}${colon}${neutralize(p.item.explanation)}`, room));
  lines.push(
    ...wrapText(`${t.source}${colon}${neutralize(p.item.source)}`, room).map((r) => c.dim(r)),
  );
  return lines.join('\n');
}

/** The score as `right/total`, then the items missed: each with its prompt's start and the right letters. */
export function renderQuizScore(
  ctx: RenderContext,
  score: QuizScore,
  t: QuizText,
  interrupted: boolean,
): string {
  const { c, width } = ctx;
  const room = Math.max(20, width - 1);
  const lines = [
    c.bold(
      interrupted ? t.scoreSoFar(score.right, score.total) : t.score(score.right, score.total),
    ),
  ];
  const line = (id: string, prompt: string, right: string) =>
    truncateDisplay(
      `${INDENT}${neutralize(id)}  ${right}  ${neutralize(prompt).replace(/\s+/g, ' ')}`,
      room,
    );
  if (score.wrong.length > 0) {
    lines.push(t.missed);
    for (const a of score.wrong) {
      const right = `${t.correctAnswer} ${shownLetters(a.presented.correct).join(', ')}`;
      lines.push(c.red(line(a.presented.item.id, a.presented.item.prompt, right)));
    }
  }
  if (score.unanswered.length > 0) {
    lines.push(t.unanswered);
    for (const p of score.unanswered) {
      const right = `${t.correctAnswer} ${shownLetters(p.correct).join(', ')}`;
      lines.push(c.yellow(line(p.item.id, p.item.prompt, right)));
    }
  }
  if (score.wrong.length === 0 && score.unanswered.length === 0 && score.total > 0)
    lines.push(c.green(t.allRight));
  return lines.join('\n');
}
