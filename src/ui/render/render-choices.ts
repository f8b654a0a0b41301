/**
 * Choice items in the answer key, in each of its formats, and in JSON
 * (pure). Each format's own escaping is passed in, so this file only says
 * what is shown: the item, its options lettered, the right answer, why,
 * and the rule it rests on.
 */

import { type ChoiceItem, correctLetters, letterOf } from '../../bank/choice-types.js';
import type { Lang } from '../../lang.js';
import { neutralize } from '../../neutralize.js';
import { messages } from '../i18n.js';
import { quizText } from '../quiz-text.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';
import { formatScore } from './format.js';

/** The right answer as shown: letters (`A, C`), or `A 对` / `B 错` for true or false. */
export function correctShown(lang: Lang, item: ChoiceItem): string {
  const t = quizText(lang);
  if (item.type === 'true_false')
    return item.correct === true ? `A ${t.trueFalse.true}` : `B ${t.trueFalse.false}`;
  return correctLetters(item).join(', ');
}

/** The options as shown, lettered (对 / 错 for a true or false item). */
export function optionsShown(lang: Lang, item: ChoiceItem): { letter: string; text: string }[] {
  const t = quizText(lang);
  const texts = item.type === 'true_false' ? [t.trueFalse.true, t.trueFalse.false] : item.options;
  return texts.map((text, i) => ({ letter: letterOf(i), text }));
}

/** `id · 单选题 · 1 分`. */
export function choiceMeta(lang: Lang, item: ChoiceItem): string {
  return `${item.id} · ${quizText(lang).typeName[item.type]} · ${messages(lang).pointsUnit(formatScore(item.points))}`;
}

function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** One item of the text answer key. */
export function choiceKeyText(ctx: RenderContext, item: ChoiceItem, n: number): string[] {
  const t = quizText(ctx.lang);
  const { c } = ctx;
  const out = wrapText(`${n}. ${neutralize(item.prompt)}`, ctx.width, { indent: '   ' }).map((l) =>
    c.bold(l),
  );
  out.push(c.dim(`   ${neutralize(choiceMeta(ctx.lang, item))}`));
  for (const o of optionsShown(ctx.lang, item))
    out.push(
      ...wrapText(neutralize(o.text), ctx.width, {
        firstIndent: `   ${o.letter}. `,
        indent: '      ',
      }),
    );
  const right = `${t.correctAnswer}${colon(ctx.lang)}${correctShown(ctx.lang, item)}`;
  out.push(c.bold.green(`   ${right}`));
  out.push(
    ...wrapText(`${t.explanation}${colon(ctx.lang)}${neutralize(item.explanation)}`, ctx.width, {
      indent: '   ',
    }),
  );
  out.push(
    ...wrapText(`${t.source}${colon(ctx.lang)}${neutralize(item.source)}`, ctx.width, {
      indent: '   ',
    }).map((l) => c.dim(l)),
    '',
  );
  return out;
}

/** One item of the Markdown answer key; `escape` is Markdown's. */
export function choiceKeyMarkdown(
  lang: Lang,
  item: ChoiceItem,
  n: number,
  esc: (text: string) => string,
): string[] {
  const t = quizText(lang);
  return [
    `### ${n}. ${esc(item.prompt)}`,
    '',
    `*${esc(choiceMeta(lang, item))}*`,
    '',
    ...optionsShown(lang, item).map((o) => `- ${o.letter}. ${esc(o.text)}`),
    '',
    `**${t.correctAnswer}${colon(lang)}${esc(correctShown(lang, item))}**`,
    '',
    `${esc(t.explanation)}${colon(lang)}${esc(item.explanation)}`,
    '',
    `*${esc(t.source)}${colon(lang)}${esc(item.source)}*`,
    '',
  ];
}

/** One item of the printable HTML key; `escape` is HTML's. */
export function choiceKeyHtml(
  lang: Lang,
  item: ChoiceItem,
  n: number,
  esc: (text: string) => string,
): string {
  const t = quizText(lang);
  const m = messages(lang);
  const options = optionsShown(lang, item)
    .map((o) => `<li><span class="letter">${o.letter}.</span> ${esc(o.text)}</li>`)
    .join('\n');
  return `<article class="question choice">
<div class="margin"><span class="points">${esc(m.pointsUnit(formatScore(item.points)))}</span><span class="limit">${esc(t.typeName[item.type])}</span><span class="qid">${esc(item.id)}</span></div>
<div class="body">
<h3>${n}. ${esc(item.prompt)}</h3>
<ol class="options">
${options}
</ol>
<h4>${esc(t.correctAnswer)}</h4>
<p class="correct">${esc(correctShown(lang, item))}</p>
<h4>${esc(t.explanation)}</h4>
<p>${esc(item.explanation)}</p>
<p class="source">${esc(t.source)}${colon(lang)}${esc(item.source)}</p>
</div>
</article>`;
}

/** A choice item in `list --json` and `answers --format json`: the YAML format's fields. */
export function choiceToJson(item: ChoiceItem): unknown {
  return {
    id: item.id,
    type: item.type,
    prompt: item.prompt,
    ...(item.type === 'true_false' ? {} : { options: [...item.options] }),
    correct: Array.isArray(item.correct) ? [...item.correct] : item.correct,
    explanation: item.explanation,
    source: item.source,
    points: item.points,
    time_limit: item.time_limit,
  };
}

/** How many items a section has, open and choice, and their points. */
export function sectionSize(section: {
  questions: readonly { points: number }[];
  choices?: readonly { points: number }[];
}): { count: number; points: number } {
  const all = [...section.questions, ...(section.choices ?? [])];
  return { count: all.length, points: all.reduce((n, q) => n + q.points, 0) };
}
