import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import type { Section } from '../../src/bank/types.js';
import { ANSWER_FORMATS, type AnswersOptions, runAnswers } from '../../src/commands/answers.js';
import { ExpectedError, UsageError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { Lang } from '../../src/lang.js';
import { escapeHtml, renderAnswerKeyHtml } from '../../src/ui/render/render-answer-key-html.js';
import { fakeIO } from '../fake-io.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const has = (tool: string) => spawnSync(tool, ['-v']).error === undefined;
// Without a font that covers Chinese, Chromium draws every Chinese character as
// a box: a screenshot of boxes says nothing about the page, so that one check
// asks fontconfig (which Chromium draws with) first, and is skipped by name.
const hasCjkFont =
  (spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
const NO_CJK_FONT = hasCjkFont ? '' : ' (skipped: fc-list :lang=zh finds no Chinese font here)';
/** A notice for each check this machine cannot run, so a skip is never silent. */
const notices = hasChromium
  ? [
      hasCjkFont
        ? ''
        : 'fc-list :lang=zh finds no Chinese font: the Chinese screenshot check is skipped',
      has('pdftotext') ? '' : 'no pdftotext (poppler-utils): the page-by-page checks are skipped',
    ]
  : [`no ${CHROMIUM}: the browser checks are skipped`];
for (const notice of notices.filter(Boolean)) console.warn(`answer-key-html: ${notice}`);

// .ci/run installs all three, so CI always runs the checks that drive a browser.
if (process.env.CI && !(hasChromium && hasCjkFont && has('pdftotext')))
  throw new Error(`CI needs ${CHROMIUM}, a Chinese font and pdftotext (.ci/run installs them)`);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cs-key-'));
}

async function answers(options: Partial<AnswersOptions>, env: NodeJS.ProcessEnv = {}) {
  const { io, out, err } = fakeIO({ env });
  const code = await runAnswers({ lang: 'zh', color: true, format: 'text', ...options }, io);
  return { code, out: out(), err: err() };
}

/** Runs headless Chromium with no network, no sync and a profile of its own. */
function chromium(dir: string, ...args: string[]): string {
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.error) throw r.error;
  return r.stdout;
}

function pageCount(pdf: string): number {
  if (has('pdfinfo')) {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  }
  return readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('answers --format html and --output', () => {
  it('lists html among the formats and in the bad-format message', async () => {
    expect(ANSWER_FORMATS).toContain('html');
    for (const lang of ['zh', 'en'] as const)
      await expect(answers({ format: 'pdf', lang })).rejects.toThrow(UsageError);
    await expect(answers({ format: 'pdf' })).rejects.toThrow(/html/);
    await expect(answers({ format: 'pdf', lang: 'en' })).rejects.toThrow(/json or html/);
  });

  it('prints the page to standard output without --output', async () => {
    const r = await answers({ format: 'html', section: '2' });
    expect(r.code).toBe(ExitCode.ok);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toMatch(/<\/html>\n$/);
    expect(r.out).toContain('<h2>二、情景模拟与问题解决</h2>');
    expect(r.err).toBe('');
  });

  it.each(ANSWER_FORMATS)(
    'writes %s to the file, nothing on stdout, one line on stderr',
    async (format) => {
      const file = join(tempDir(), `key.${format}`);
      const r = await answers({ format, output: file }, { FORCE_COLOR: '3' });
      expect(r.code).toBe(ExitCode.ok);
      expect(r.out).toBe('');
      expect(r.err).toBe(`已写入 ${file}\n`);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('自我介绍与职业认知');
      expect(text).toMatch(/[^\n]\n$/);
      // A file is not a terminal: colours stay out even when forced.
      expect(text).not.toContain('\u001b');
    },
  );

  it('names the file and the reason when it cannot be written, exit 1', async () => {
    const file = join(tempDir(), 'missing', 'key.html');
    const zh = answers({ format: 'html', output: file });
    await expect(zh).rejects.toThrow(ExpectedError);
    await expect(zh).rejects.toMatchObject({
      exitCode: ExitCode.badInput,
      message: `无法写入 “${file}”：所在文件夹不存在`,
    });
    const dir = tempDir();
    await expect(answers({ format: 'html', output: dir, lang: 'en' })).rejects.toMatchObject({
      exitCode: 1,
      message: `cannot write "${dir}": it is a folder`,
    });
  });
});

describe.skipIf(!hasChromium)('the HTML answer key in headless Chromium', () => {
  /** The shipped bank written as an HTML key in `lang`, with the bank it was made from. */
  async function writeKey(lang: Lang) {
    const dir = tempDir();
    const html = join(dir, 'key.html');
    expect((await answers({ format: 'html', output: html, lang })).code).toBe(ExitCode.ok);
    const bank = localizeBank(await loadBank(defaultBankPath(), { lang }), lang);
    return { dir, html, url: pathToFileURL(html).href, bank };
  }

  it.each<Lang>(['zh', 'en'])(
    'renders the shipped bank (%s) to A4 pages, a section per page',
    async (lang) => {
      const { dir, html, url, bank } = await writeKey(lang);
      // Open questions and choice items alike have a heading each.
      const questions = bank.sections.flatMap((s) => [...s.questions, ...(s.choices ?? [])]);
      expect(readFileSync(html, 'utf8').match(/<h3>/g)).toHaveLength(questions.length);
      // What the browser parsed holds every section and question, fonts or not.
      const dom = chromium(dir, '--dump-dom', url);
      expect(dom.match(/<h3>/g)).toHaveLength(questions.length);
      for (const s of bank.sections) expect(dom).toContain(escapeHtml(s.title));
      // A choice item shows its options, its right answer and the rule it rests on.
      const choice = bank.sections.flatMap((s) => s.choices ?? [])[0];
      if (choice === undefined) throw new Error('the shipped bank has no choice item');
      expect(dom).toContain(escapeHtml(choice.options[0] ?? ''));
      expect(dom).toContain(`<p class="correct">${String(choice.correct)}</p>`);
      expect(dom).toContain(escapeHtml(choice.source));

      const pdf = join(dir, 'key.pdf');
      chromium(dir, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(4);
      if (!has('pdftotext')) return;
      const tops = Array.from({ length: pages }, (_, i) => {
        const page = String(i + 1);
        const text = spawnSync('pdftotext', ['-f', page, '-l', page, pdf, '-'], {
          encoding: 'utf8',
        }).stdout;
        return text.trimStart().split('\n')[0] ?? '';
      });
      const sep = lang === 'zh' ? '、' : '. ';
      // Every section after the first opens a page of its own.
      for (const s of bank.sections.slice(1))
        expect(tops.some((top) => top.includes(`${sep}${s.title}`))).toBe(true);
      // Points and limits in the margin column are on the page, not clipped away.
      const first = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], {
        encoding: 'utf8',
      }).stdout;
      expect(first).toContain(lang === 'zh' ? '限时 03:00' : 'limit 03:00');
    },
    120_000,
  );

  /** A screenshot of the key's first screen in `lang`, checked to be a 1000×1400 PNG. */
  async function screenshot(lang: Lang): Promise<Buffer> {
    const { dir, url } = await writeKey(lang);
    const shot = join(dir, 'shot.png');
    chromium(dir, '--hide-scrollbars', `--screenshot=${shot}`, '--window-size=1000,1400', url);
    const png = readFileSync(shot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 1400]);
    return png;
  }

  // A blank or box-only page compresses to a few kilobytes (7 KB blank, 21–30 KB
  // of boxes were measured); a page of drawn text does not.
  it('draws the English key as text in a screenshot', async () => {
    expect((await screenshot('en')).length).toBeGreaterThan(50_000);
  }, 60_000);

  it.skipIf(!hasCjkFont)(
    `draws the Chinese key as text, not boxes, in a screenshot${NO_CJK_FONT}`,
    async () => {
      expect((await screenshot('zh')).length).toBeGreaterThan(50_000);
    },
    60_000,
  );

  it('runs no script from bank text', () => {
    const dir = tempDir();
    const evil: Section = {
      id: 'evil',
      order: 1,
      title: '<script>document.body.setAttribute("data-pwned", "1")</script>',
      points: 5,
      time_limit: 60,
      file: 'evil.yaml',
      questions: [
        {
          id: 'evil-1',
          prompt: "<img src=x onerror=\"document.body.setAttribute('data-pwned', '2')\">",
          points: 5,
          time_limit: 60,
          answer: '<iframe src="https://example.com"></iframe>',
          analysis: '分析',
          key_points: [{ point: '要点', keywords: ['<b>关键词</b>'] }],
        },
      ],
    };
    const file = join(dir, 'evil.html');
    writeFileSync(file, renderAnswerKeyHtml('zh', [evil]));
    const dom = chromium(dir, '--dump-dom', pathToFileURL(file).href);
    expect(dom).toContain('<h1>参考答案</h1>');
    expect(dom).toMatch(/<body>/);
    expect(dom).not.toMatch(/<body[^>]*data-pwned/);
    expect(dom).not.toMatch(/<(script|img|iframe|b)[\s>]/);
    expect(dom).toContain('&lt;script&gt;');
  }, 60_000);
});
