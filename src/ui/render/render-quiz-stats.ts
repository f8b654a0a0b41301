/** The rules quiz's lines of `stats` (pure): nothing when no item was answered. */

import type { QuizStats } from '../../quiz/quiz-stats.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';

export function renderQuizStats(ctx: RenderContext, stats: QuizStats): string {
  if (stats.answered === 0) return '';
  const zh = ctx.lang === 'zh';
  const percent = Math.round((stats.right / stats.answered) * 100);
  const line = zh
    ? `作答 ${stats.answered} 次 · 答对 ${stats.right}（${percent}%）· 做过 ${stats.items}/${stats.bank_items} 题`
    : `${stats.answered} answers · ${stats.right} right (${percent}%) · ${stats.items} of ${stats.bank_items} items tried`;
  const lines = [ctx.c.bold(zh ? '规则测验' : 'Rules quiz'), ...indented(ctx, line)];
  if (stats.wrong_last > 0)
    lines.push(
      ...indented(
        ctx,
        zh
          ? `上次答错 ${stats.wrong_last} 题：cs-interview review 会带回它们`
          : `${stats.wrong_last} wrong last time: cs-interview review brings them back`,
      ),
    );
  return lines.join('\n');
}

function indented(ctx: RenderContext, text: string): string[] {
  return wrapText(text, ctx.width, { indent: '  ', firstIndent: '  ' });
}
