import type { KeyPoint, Question, Section } from '../../bank/types.js';
import type { Lang } from '../../lang.js';
import { neutralize } from '../../neutralize.js';
import { followUpMessages } from '../follow-up-messages.js';
import { messages } from '../i18n.js';
import { formatClock, formatScore, sectionNumber, shownKeywords } from './format.js';
import { followUpMeta } from './render-answer-key.js';
import { choiceKeyHtml, sectionSize } from './render-choices.js';

/**
 * The answer key as one printable HTML page. It must open from a file with
 * no network and print well on A4, so everything is inline: no fonts,
 * scripts or images, and a CSP that would block them if bank text ever
 * smuggled one in past the escaping.
 */

export interface AnswerKeyHtmlOptions {
  /** The page's `<title>` and `<h1>`; the language's "Answer key" by default. */
  title?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bank text as HTML text: control and bidi characters shown as escapes, markup characters as entities. */
export function escapeHtml(text: string): string {
  return neutralize(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/*
 * CJK fonts first in both languages: the bank text stays Chinese under an
 * English interface, and a Latin font first would draw its “ ” as narrow
 * Latin quotes. One name per platform: Linux, macOS, Windows.
 */
const FONTS = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`;

const CSS = `
:root { --ink: #1d1d1f; --muted: #6b6b73; --rule: #d8d8de; --accent: #1f5fa8; --margin: 6.5em; }
* { box-sizing: border-box; }
html { font-family: ${FONTS}; color: var(--ink); background: #fff; line-height: 1.7; }
body { margin: 0; padding: 2em 1.25em 4em; }
main { max-width: 52em; margin: 0 auto; }
h1 { font-size: 1.75em; margin: 0 0 .75em; }
h2 { font-size: 1.35em; margin: 2em 0 .15em; padding-bottom: .2em; border-bottom: 2px solid var(--ink); }
.section-meta { color: var(--muted); margin: 0 0 1em; }
h3 { font-size: 1.05em; margin: 0 0 .4em; line-height: 1.5; }
h4 { font-size: .85em; color: var(--accent); margin: .8em 0 .2em; }
h2, h3, h4, .section-meta { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 .35em; orphans: 2; widows: 2; }
.question { display: grid; grid-template-columns: var(--margin) minmax(0, 1fr); column-gap: 1.25em; padding: 1em 0; border-top: 1px solid var(--rule); }
.section-meta + .question { border-top: 0; }
.margin { font-size: .8em; color: var(--muted); text-align: right; line-height: 1.5; padding-top: .2em; }
.margin .points { display: block; font-size: 1.25em; font-weight: 700; color: var(--ink); }
.margin .limit, .margin .qid { display: block; }
.margin .qid { overflow-wrap: anywhere; margin-top: .4em; font-size: .85em; }
.key-points { margin: 0; padding-left: 1.2em; break-inside: avoid; page-break-inside: avoid; }
.key-points li { margin: 0 0 .15em; }
.keywords { color: var(--muted); font-size: .9em; }
.follow-ups { margin: 0; padding-left: 1.4em; }
.follow-ups > li { margin: 0 0 .4em; break-inside: avoid; page-break-inside: avoid; }
.follow-up-prompt { margin: 0; }
.follow-up-meta { color: var(--muted); font-size: .85em; margin: 0 0 .1em; }
.options { margin: 0 0 .35em; padding-left: 0; list-style: none; }
.options .letter { font-weight: 700; }
.correct { font-weight: 700; }
.source { color: var(--muted); font-size: .9em; }
@media (max-width: 36em) {
  .question { grid-template-columns: minmax(0, 1fr); }
  .margin { text-align: left; }
  .margin .points, .margin .limit, .margin .qid { display: inline; margin: 0 .75em 0 0; }
}
/*
 * The left margin is 34 mm to the text, as a printed key with notes wants, but
 * Chromium clips whatever hangs outside the page box, so the page box keeps
 * 12 mm and the points and limits column fills the other 22 mm.
 */
@page {
  size: A4;
  margin: 18mm 16mm 18mm 12mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #6b6b73; }
}
@media print {
  html { font-size: 10.5pt; line-height: 1.6; }
  body { padding: 0; }
  main { max-width: none; }
  h2 { margin-top: 0; }
  section + section { break-before: page; page-break-before: always; }
  /*
   * Chromium moved a grid question that did not fit below the title to the next
   * page whole, leaving page 1 blank but for the title: on paper the margin
   * column is a float, which breaks across pages like the text beside it.
   */
  .question { --margin: 17mm; display: flow-root; }
  .margin { float: left; width: var(--margin); }
  .body { margin-left: calc(var(--margin) + 5mm); }
}
`;

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

function keyPoint(lang: Lang, kp: KeyPoint): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const keywords = shownKeywords(kp.keywords).map(escapeHtml).join(sep);
  return `<li>${escapeHtml(kp.point)}<span class="keywords">${open}${keywords}${close}</span></li>`;
}

/** A question's follow-ups: each prompt, when it is asked, its key points. */
function followUps(lang: Lang, q: Question): string {
  const list = q.follow_ups ?? [];
  if (list.length === 0) return '';
  const items = list.map(
    (f) => `<li><p class="follow-up-prompt">${escapeHtml(f.prompt)}</p>
<p class="follow-up-meta">${escapeHtml(followUpMeta(lang, f))}</p>
<ul class="key-points">
${f.key_points.map((kp) => keyPoint(lang, kp)).join('\n')}
</ul></li>`,
  );
  return `<h4>${escapeHtml(followUpMessages(lang).title)}</h4>
<ol class="follow-ups">
${items.join('\n')}
</ol>
`;
}

function question(lang: Lang, q: Question, n: number): string {
  const m = messages(lang);
  return `<article class="question">
<div class="margin"><span class="points">${escapeHtml(m.pointsUnit(formatScore(q.points)))}</span><span class="limit">${escapeHtml(m.limit(formatClock(q.time_limit * 1000)))}</span><span class="qid">${escapeHtml(q.id)}</span></div>
<div class="body">
<h3>${n}. ${escapeHtml(q.prompt)}</h3>
<h4>${escapeHtml(m.referenceAnswer)}</h4>
${paragraphs(q.answer)}
<h4>${escapeHtml(m.analysis)}</h4>
${paragraphs(q.analysis)}
<h4>${escapeHtml(m.keyPoints)}</h4>
<ul class="key-points">
${q.key_points.map((kp) => keyPoint(lang, kp)).join('\n')}
</ul>
${followUps(lang, q)}</div>
</article>`;
}

function section(lang: Lang, s: Section): string {
  const m = messages(lang);
  const sep = lang === 'zh' ? '、' : '. ';
  const size = sectionSize(s);
  const meta = `${m.questionCount(size.count)} · ${m.pointsUnit(formatScore(size.points))}`;
  const first = s.questions.length + 1;
  const choices = (s.choices ?? []).map((item, i) =>
    choiceKeyHtml(lang, item, first + i, escapeHtml),
  );
  return `<section>
<h2>${escapeHtml(sectionNumber(s.order, lang))}${sep}${escapeHtml(s.title)}</h2>
<p class="section-meta">${escapeHtml(meta)}</p>
${[...s.questions.map((q, i) => question(lang, q, i + 1)), ...choices].join('\n')}
</section>`;
}

/** The answer key as one self-contained, printable HTML5 document. */
export function renderAnswerKeyHtml(
  lang: Lang,
  sections: readonly Section[],
  options: AnswerKeyHtmlOptions = {},
): string {
  const title = escapeHtml(options.title ?? messages(lang).answerKeyTitle);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${sections.map((s) => section(lang, s)).join('\n')}
</main>
</body>
</html>
`;
}
