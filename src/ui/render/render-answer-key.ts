import type { Bank, FollowUp, KeyPoint, Question, Section } from '../../bank/types.js';
import { neutralize } from '../../neutralize.js';
import { followUpMessages } from '../follow-up-messages.js';
import { messages } from '../i18n.js';
import { wrapText } from '../wrap.js';
import { rule, titledBlock } from './blocks.js';
import type { RenderContext } from './context.js';
import { formatClock, formatScore, sectionNumber, shownKeywords } from './format.js';
import { choiceKeyMarkdown, choiceKeyText, choiceToJson, sectionSize } from './render-choices.js';

/** Brackets around an aside: full-width in Chinese text, Latin with a space in English. */
function brackets(lang: RenderContext['lang']): [string, string] {
  return lang === 'zh' ? ['（', '）'] : [' (', ')'];
}

function sectionHeading(ctx: RenderContext, section: Section): string {
  const m = messages(ctx.lang);
  const sep = ctx.lang === 'zh' ? '、' : '. ';
  const [open, close] = brackets(ctx.lang);
  const size = sectionSize(section);
  return `${sectionNumber(section.order, ctx.lang)}${sep}${neutralize(section.title)}${open}${m.questionCount(size.count)} · ${m.pointsUnit(formatScore(size.points))}${close}`;
}

function questionMeta(ctx: RenderContext, q: Question): string {
  const m = messages(ctx.lang);
  return `${q.id} · ${m.pointsUnit(formatScore(q.points))} · ${m.limit(formatClock(q.time_limit * 1000))}`;
}

function keyPointLines(ctx: RenderContext, points: readonly KeyPoint[], indent = ''): string[] {
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  return points.flatMap((kp) =>
    wrapText(
      `${neutralize(kp.point)}${brackets(ctx.lang)[0]}${shownKeywords(kp.keywords).map(neutralize).join(sep)}${brackets(ctx.lang)[1]}`,
      ctx.width,
      {
        firstIndent: `${indent}  · `,
        indent: `${indent}    `,
      },
    ),
  );
}

/**
 * A follow-up's line in the answer key: its id, points (one per key point),
 * time limit, and when it is asked. Shared by the text, Markdown and HTML keys.
 */
export function followUpMeta(lang: RenderContext['lang'], f: FollowUp): string {
  const m = messages(lang);
  return [
    f.id,
    m.pointsUnit(formatScore(f.key_points.length)),
    m.limit(formatClock(f.time_limit * 1000)),
    followUpMessages(lang).askedWhen(f.after),
  ].join(' · ');
}

/** A question's follow-ups in the text key: prompt, meta line, key points. */
function followUpLines(ctx: RenderContext, q: Question): string[] {
  const list = q.follow_ups ?? [];
  if (list.length === 0) return [];
  const { c } = ctx;
  const out = [c.bold.cyan(followUpMessages(ctx.lang).title)];
  list.forEach((f, i) => {
    out.push(
      ...wrapText(`${i + 1}. ${neutralize(f.prompt)}`, ctx.width, {
        firstIndent: '  ',
        indent: '     ',
      }),
      ...wrapText(neutralize(followUpMeta(ctx.lang, f)), ctx.width, { indent: '     ' }).map((l) =>
        c.dim(l),
      ),
      ...keyPointLines(ctx, f.key_points, '   '),
    );
  });
  out.push('');
  return out;
}

/** The answer key for reading in a terminal or piping to a file. */
export function renderAnswerKeyText(ctx: RenderContext, sections: readonly Section[]): string {
  const m = messages(ctx.lang);
  const { c } = ctx;
  const out: string[] = [];
  for (const section of sections) {
    out.push(
      rule(ctx),
      ...wrapText(sectionHeading(ctx, section), ctx.width).map((l) => c.bold(l)),
      '',
    );
    section.questions.forEach((q, i) => {
      out.push(
        ...wrapText(`${i + 1}. ${neutralize(q.prompt)}`, ctx.width, { indent: '   ' }).map((l) =>
          c.bold(l),
        ),
      );
      out.push(c.dim(`   ${questionMeta(ctx, q)}`), '');
      out.push(...titledBlock(ctx, m.referenceAnswer, q.answer), '');
      out.push(...titledBlock(ctx, m.analysis, q.analysis), '');
      out.push(c.bold.cyan(m.keyPoints), ...keyPointLines(ctx, q.key_points), '');
      out.push(...followUpLines(ctx, q));
    });
    const first = section.questions.length + 1;
    (section.choices ?? []).forEach((item, i) => {
      out.push(...choiceKeyText(ctx, item, first + i));
    });
  }
  return out.join('\n');
}

// Markdown would otherwise read `*`, `_`, `#` or `<` in bank text as markup.
function escapeMarkdown(text: string): string {
  return neutralize(text).replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function markdownParagraphs(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => escapeMarkdown(l))
    .join('  \n');
}

/** The answer key as a Markdown study sheet. */
export function renderAnswerKeyMarkdown(
  lang: RenderContext['lang'],
  sections: readonly Section[],
): string {
  const m = messages(lang);
  const ctx = { lang } as RenderContext;
  const out = [`# ${m.answerKeyTitle}`, ''];
  for (const section of sections) {
    out.push(`## ${escapeMarkdown(sectionHeading(ctx, section))}`, '');
    section.questions.forEach((q, i) => {
      out.push(
        `### ${i + 1}. ${escapeMarkdown(q.prompt)}`,
        '',
        `*${escapeMarkdown(questionMeta(ctx, q))}*`,
        '',
      );
      out.push(`**${m.referenceAnswer}**`, '', markdownParagraphs(q.answer), '');
      out.push(`**${m.analysis}**`, '', markdownParagraphs(q.analysis), '');
      out.push(`**${m.keyPoints}**`, '');
      const sep = lang === 'zh' ? '、' : ', ';
      for (const kp of q.key_points) {
        const [open, close] = brackets(lang);
        out.push(
          `- ${escapeMarkdown(kp.point)}${open}${shownKeywords(kp.keywords).map(escapeMarkdown).join(sep)}${close}`,
        );
      }
      out.push('');
      const followUps = q.follow_ups ?? [];
      if (followUps.length > 0) out.push(`**${followUpMessages(lang).title}**`, '');
      followUps.forEach((f, n) => {
        const [open, close] = brackets(lang);
        out.push(
          `${n + 1}. ${escapeMarkdown(f.prompt)}  `,
          `   *${escapeMarkdown(followUpMeta(lang, f))}*`,
          ...f.key_points.map(
            (kp) =>
              `   - ${escapeMarkdown(kp.point)}${open}${shownKeywords(kp.keywords).map(escapeMarkdown).join(sep)}${close}`,
          ),
        );
      });
      if (followUps.length > 0) out.push('');
    });
    const first = section.questions.length + 1;
    (section.choices ?? []).forEach((item, i) => {
      out.push(...choiceKeyMarkdown(lang, item, first + i, escapeMarkdown));
    });
  }
  return out.join('\n');
}

/** The bank with the contract's field names: `sections[].questions[]`. */
export function bankToJson(bank: Bank, sections: readonly Section[] = bank.sections): unknown {
  return {
    sections: sections.map((s) => ({
      id: s.id,
      order: s.order,
      title: s.title,
      points: s.points,
      time_limit: s.time_limit,
      questions: s.questions.map((q) => ({
        id: q.id,
        prompt: q.prompt,
        points: q.points,
        time_limit: q.time_limit,
        answer: q.answer,
        analysis: q.analysis,
        key_points: q.key_points.map((k) => ({ point: k.point, keywords: [...k.keywords] })),
        core: q.core === true,
        follow_ups: (q.follow_ups ?? []).map((f) => ({
          id: f.id,
          prompt: f.prompt,
          ...(f.after === undefined ? {} : { after: f.after }),
          time_limit: f.time_limit,
          key_points: f.key_points.map((k) => ({ point: k.point, keywords: [...k.keywords] })),
        })),
      })),
      // Apart from `questions`, whose items every consumer reads as open questions.
      ...(s.choices === undefined ? {} : { choices: s.choices.map(choiceToJson) }),
    })),
  };
}
