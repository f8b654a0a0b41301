import { neutralize } from '../../neutralize.js';
import type { PlannedQuestion } from '../../session/plan.js';
import { messages } from '../i18n.js';
import { wrapText } from '../wrap.js';
import { rule } from './blocks.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore } from './format.js';

/** The question as it is put to the candidate, before the answer prompt. */
export function renderQuestion(
  ctx: RenderContext,
  item: PlannedQuestion,
  index: number,
  total: number,
): string {
  const m = messages(ctx.lang);
  const { c } = ctx;
  const limit = item.timeLimit === null ? m.noLimit : m.limit(formatClock(item.timeLimit * 1000));
  const meta = `${m.pointsUnit(formatScore(item.question.points))} · ${limit}`;
  const header = wrapText(
    `${m.questionHeader(index + 1, total, neutralize(item.section.title))} · ${meta}`,
    ctx.width,
  );
  const prompt = wrapText(neutralize(item.question.prompt), ctx.width);
  return ['', rule(ctx), ...header.map((l) => c.dim(l)), ...prompt.map((l) => c.bold(l))].join(
    '\n',
  );
}
