import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/bank/types.js';
import type { Lang } from '../../../src/lang.js';
import { escapeHtml, renderAnswerKeyHtml } from '../../../src/ui/render/render-answer-key-html.js';
import { sampleSections } from '../../fixtures/sample-sections.js';

const sections = sampleSections();

function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern, 'g'))?.length ?? 0;
}

/** A section whose every field tries to become markup or to steer the terminal. */
function hostileSection(): Section {
  return {
    id: 'evil',
    order: 3,
    title: 'Title <b>bold</b> \u202eevil',
    points: 5,
    time_limit: 60,
    file: 'evil.yaml',
    questions: [
      {
        id: 'evil-1"><script>alert(1)</script>',
        prompt: '<script>alert("x")</script>',
        points: 5,
        time_limit: 60,
        answer: "first & 'second'\nnext line\u001b[2J",
        analysis: '<img src=x onerror=alert(1)>',
        key_points: [{ point: '</li><li>fake', keywords: ['<style>*{}</style>', 'a"b'] }],
      },
    ],
  };
}

describe('escapeHtml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"it's"`, '&quot;it&#39;s&quot;'],
    ['\u001b[31m', '\\x1b[31m'],
    ['\u202eevil', '\\u202eevil'],
    ['中文、emoji 😀', '中文、emoji 😀'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['en', 'en'],
])('renderAnswerKeyHtml in %s', (lang, htmlLang) => {
  const html = renderAnswerKeyHtml(lang, sections);

  it('is one HTML5 document in the right language', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="([^"]+)">/);
    expect(html).toContain(`<html lang="${htmlLang}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
    expect(count(html, /<html/)).toBe(1);
  });

  it('loads nothing: no scripts, links, images, fonts or URLs, and a CSP that forbids them', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face|https?:/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
  });

  it('has a font stack for Chinese on Linux, macOS and Windows', () => {
    for (const font of ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'])
      expect(html).toContain(font);
  });

  it('carries the print styles: A4, a page per section, lists and headings kept together', () => {
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toContain('section + section { break-before: page;');
    expect(html).toMatch(/\.key-points \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/h2, h3, h4[^{]*\{ break-after: avoid/);
    expect(html).toContain('max-width: 52em');
  });

  it('has one h1, an h2 per section and an h3 per question', () => {
    expect(count(html, /<h1>/)).toBe(1);
    expect(count(html, /<section>/)).toBe(sections.length);
    expect(count(html, /<h2>/)).toBe(sections.length);
    const questions = sections.flatMap((s) => s.questions);
    expect(count(html, /<h3>/)).toBe(questions.length);
    expect(count(html, /class="key-points"/)).toBe(questions.length);
    const points = questions.flatMap((q) => q.key_points);
    expect(count(html, /<li>/)).toBe(points.length);
  });
});

describe('renderAnswerKeyHtml content', () => {
  it('writes headings, margin notes and key points in Chinese', () => {
    const html = renderAnswerKeyHtml('zh', sections);
    expect(html).toContain('<title>参考答案</title>');
    expect(html).toContain('<h1>参考答案</h1>');
    expect(html).toContain('<h2>一、自我介绍与职业认知</h2>');
    expect(html).toContain('<p class="section-meta">1 题 · 5 分</p>');
    expect(html).toContain(
      '<div class="margin"><span class="points">5 分</span><span class="limit">限时 03:00</span><span class="qid">self-intro-1</span></div>',
    );
    expect(html).toContain(
      '<h3>1. 请用3分钟时间进行自我介绍，重点突出与客服岗位匹配的技能和经历。</h3>',
    );
    expect(html).toContain('<h4>参考答案</h4>');
    expect(html).toContain('<h4>解析</h4>');
    expect(html).toContain('<h4>要点</h4>');
    expect(html).toContain(
      '<li>用数据说明经验<span class="keywords">（数据、满意度、提升）</span></li>',
    );
  });

  it('writes its labels in English', () => {
    const html = renderAnswerKeyHtml('en', sections);
    expect(html).toContain('<h1>Answer key</h1>');
    expect(html).toContain('<h2>2. 情景模拟与问题解决</h2>');
    expect(html).toContain(
      '<span class="points">10 pts</span><span class="limit">limit 01:30</span>',
    );
    expect(html).toContain('<h4>Reference answer</h4>');
    expect(html).toContain('<span class="keywords"> (抱歉, 理解, 体谅)</span>');
  });

  it('prints one section alone when given one', () => {
    const one = sections[1];
    if (!one) throw new Error('fixture changed');
    const html = renderAnswerKeyHtml('zh', [one]);
    expect(count(html, /<section>/)).toBe(1);
    expect(html).toContain('<h2>二、情景模拟与问题解决</h2>');
    expect(html).not.toContain('自我介绍与职业认知');
  });

  it('takes a title', () => {
    const html = renderAnswerKeyHtml('en', sections, { title: 'Key <v2> & more' });
    expect(html).toContain('<title>Key &lt;v2&gt; &amp; more</title>');
    expect(html).toContain('<h1>Key &lt;v2&gt; &amp; more</h1>');
  });

  it('keeps the line breaks of answers as paragraphs', () => {
    const html = renderAnswerKeyHtml('zh', [hostileSection()]);
    expect(html).toContain('<p>first &amp; &#39;second&#39;</p>\n<p>next line\\x1b[2J</p>');
  });

  it('leaves bank text inert: markup escaped, controls and bidi shown as escapes', () => {
    const html = renderAnswerKeyHtml('zh', [hostileSection()]);
    expect(html).not.toMatch(/<script|<img|<b>|<style>\*|<\/li><li>fake/);
    expect(count(html, /<style>/)).toBe(1);
    expect(html).toContain('<h3>1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h3>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('<h2>三、Title &lt;b&gt;bold&lt;/b&gt; \\u202eevil</h2>');
    expect(html).toContain(
      '<span class="qid">evil-1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span>',
    );
    expect(html).toContain('&lt;/li&gt;&lt;li&gt;fake');
    expect(html).toContain('（&lt;style&gt;*{}&lt;/style&gt;、a&quot;b）');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
