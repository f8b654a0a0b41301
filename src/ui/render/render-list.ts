import type { Section } from '../../bank/types.js';
import { neutralize } from '../../neutralize.js';
import { messages } from '../i18n.js';
import { displayWidth, padEndDisplay, truncateDisplay } from '../text-width.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore, sectionNumber } from './format.js';
import { sectionSize } from './render-choices.js';

/** What `list` shows of a question or a choice item. */
export type ListedItem = Pick<
  Section['questions'][number],
  'id' | 'prompt' | 'points' | 'time_limit'
>;

/** What `list` shows of a section: a bank's sections are these, and so is the cached list. */
export interface ListedSection extends Pick<Section, 'order' | 'title' | 'id'> {
  questions: readonly ListedItem[];
  choices?: readonly ListedItem[];
}

/** The listed part of sections, and nothing else: what the bank cache keeps for `list`. */
export function listedSections(sections: readonly ListedSection[]): ListedSection[] {
  const item = ({ id, prompt, points, time_limit }: ListedItem): ListedItem => ({
    id,
    prompt,
    points,
    time_limit,
  });
  return sections.map((s) => ({
    order: s.order,
    title: s.title,
    id: s.id,
    questions: s.questions.map(item),
    ...(s.choices === undefined ? {} : { choices: s.choices.map(item) }),
  }));
}

/** Sections and their questions, one line each, with points and time limits. */
export function renderList(ctx: RenderContext, sections: readonly ListedSection[]): string {
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
