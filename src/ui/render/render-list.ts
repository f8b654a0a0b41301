import type { Section } from '../../bank/types.js';
import { neutralize } from '../../neutralize.js';
import { messages } from '../i18n.js';
import { displayWidth, padEndDisplay, truncateDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore, sectionNumber } from './format.js';
import { sectionSize } from './render-choices.js';

/** Sections and their questions, one line each, with points and time limits. */
export function renderList(ctx: RenderContext, sections: readonly Section[]): string {
  const m = messages(ctx.lang);
  const { c } = ctx;
  const out: string[] = [];
  const idWidth = Math.max(
    ...sections.flatMap((s) =>
      [...s.questions, ...(s.choices ?? [])].map((q) => displayWidth(neutralize(q.id))),
    ),
  );
  for (const s of sections) {
    const { count, points: total } = sectionSize(s);
    out.push(
      c.bold(
        truncateDisplay(
          `${sectionNumber(s.order, ctx.lang)} ${neutralize(s.title)} [${s.id}] · ${m.questionCount(count)} · ${m.pointsUnit(formatScore(total))}`,
          ctx.width,
        ),
      ),
    );
    for (const q of [...s.questions, ...(s.choices ?? [])]) {
      const meta = `  ${padEndDisplay(neutralize(q.id), idWidth)}  ${formatScore(q.points).padStart(2)}  ${formatClock(q.time_limit * 1000)}  `;
      out.push(
        c.dim(meta) +
          truncateDisplay(
            neutralize(q.prompt).replace(/\n/g, ' '),
            Math.max(8, ctx.width - displayWidth(meta)),
          ),
      );
    }
  }
  return out.join('\n');
}
