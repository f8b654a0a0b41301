import type { Question } from '../../bank/types.js';
import type { Insights } from '../../insights/types.js';
import { neutralize } from '../../neutralize.js';
import { describeScoreNote } from '../../scoring/explain.js';
import type { Grade } from '../../scoring/score-answer.js';
import type { ScoreNote } from '../../scoring/types.js';
import { messages } from '../i18n.js';
import { wrapText } from '../wrap.js';
import { titledBlock } from './blocks.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore } from './format.js';
import { renderInsights } from './render-insights.js';

/** How the answer was given; absent for answers graded from a file. */
export interface Timing {
  elapsedMs: number;
  /** Seconds, or null without a timer. */
  timeLimit: number | null;
  timedOut: boolean;
}

/**
 * The key points as a checklist: ✓ covered (with the words that showed it),
 * ✗ missed, with the reason when keywords were there but did not count.
 */
export function renderChecklist(ctx: RenderContext, grade: Grade): string[] {
  const { c } = ctx;
  const separator = ctx.lang === 'zh' ? '、' : ', ';
  return grade.keyPoints.flatMap((kp) => {
    const mark = kp.covered ? c.green('✓') : c.red('✗');
    // Ticked (oral) or replayed from the history, a point has no words: no dash then.
    const words =
      kp.covered && kp.matched.length > 0
        ? ` — ${kp.matched.map((w) => neutralize(matchedWord(w, ctx.lang))).join(separator)}`
        : '';
    const lines = wrapText(`${neutralize(kp.point)}${words}`, ctx.width, { indent: '    ' });
    const out = lines.map((l, i) => (i === 0 ? `  ${mark} ${l.slice(4)}` : l));
    if (kp.reason && kp.reason.code !== 'no-keyword') {
      const why = neutralize(describeScoreNote(kp.reason, ctx.lang));
      out.push(...wrapText(why, ctx.width, { indent: '    ' }).map((l) => c.dim(l)));
    }
    return out;
  });
}

/**
 * A matched term as the checklist says it: a ruled-out behaviour (`!嘲笑口音`)
 * as what the answer said (不嘲笑口音, not mock), the length check in words.
 */
function matchedWord(term: string, lang: RenderContext['lang']): string {
  if (term === '~fits-time') return lang === 'zh' ? '长度合乎限时' : 'length fits the limit';
  if (term.startsWith('!')) return lang === 'zh' ? `不${term.slice(1)}` : `not ${term.slice(1)}`;
  return term;
}

/** Flags on the answer as a whole (too short, a keyword list, off-topic…) and the cap they caused. */
export function renderScoreNotes(ctx: RenderContext, grade: Grade): string[] {
  const notes: ScoreNote[] = [...(grade.flags ?? []), ...(grade.cap ? [grade.cap] : [])];
  return notes.flatMap((note) =>
    wrapText(neutralize(describeScoreNote(note, ctx.lang)), ctx.width, {
      firstIndent: '! ',
      indent: '  ',
    }).map((l) => ctx.c.yellow(l)),
  );
}

/** One plain line: covered count, score and time against the limit. */
export function scoreLine(lang: RenderContext['lang'], grade: Grade, timing?: Timing): string {
  const m = messages(lang);
  const covered = grade.keyPoints.filter((k) => k.covered).length;
  const parts = [
    `${m.keyPoints} ${covered}/${grade.keyPoints.length}`,
    `${m.score} ${formatScore(grade.score)} / ${formatScore(grade.max)}`,
  ];
  if (timing) {
    const used = formatClock(timing.elapsedMs);
    parts.push(
      timing.timeLimit === null
        ? m.timeUsedNoLimit(used)
        : m.timeUsed(used, formatClock(timing.timeLimit * 1000)),
    );
    if (timing.timedOut) parts.push(m.timeUp);
  }
  return parts.join(' · ');
}

/** What is shown after an answer: reference answer, analysis, the checklist, the score and the insights. */
export function renderFeedback(
  ctx: RenderContext,
  question: Question,
  grade: Grade,
  timing?: Timing,
  insights?: Insights,
): string {
  const m = messages(ctx.lang);
  const insightLines = insights ? renderInsights(insights, ctx.lang, ctx.width) : [];
  return [
    '',
    ...titledBlock(ctx, m.referenceAnswer, question.answer),
    '',
    ...titledBlock(ctx, m.analysis, question.analysis),
    '',
    ...wrapText(scoreLine(ctx.lang, grade, timing), ctx.width).map((l) => ctx.c.bold.cyan(l)),
    ...renderScoreNotes(ctx, grade),
    ...renderChecklist(ctx, grade),
    ...(insightLines.length > 0
      ? ['', ctx.c.bold.cyan(m.insights), ...insightLines.map((l) => ctx.c.dim(l))]
      : []),
  ].join('\n');
}
