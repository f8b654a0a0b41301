import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineBreakFinder } from '../../src/bank/plain-yaml.js';
import { readSectionFile as parseSectionFile } from '../../src/bank/read-section.js';
import { ITEM_LIMITS, TEXT_LIMITS } from '../../src/bank/section-limits.js';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';
import { fastParseSection, loadPlainYaml } from './plain-reading.js';

// A bank whose fields held 100,000 characters passed validate, and drill on
// it then died after the answer was given. Every text field has a limit,
// refused by both readers, with the field's path and the limit.

/** A valid section file with the text at `field` (a line of this template) replaced. */
function sectionWith(field: string, text: string): string {
  const quoted = JSON.stringify(text);
  const lines = [
    `id: ${field === 'id' ? quoted : 's'}`,
    'order: 1',
    `title: ${field === 'title' ? quoted : 'T'}`,
    `description: ${field === 'description' ? quoted : 'D'}`,
    'points: 5',
    'time_limit: 60',
    'questions:',
    `  - id: ${field === 'question id' ? quoted : 'q1'}`,
    `    prompt: ${field === 'prompt' ? quoted : 'P'}`,
    `    answer: ${field === 'answer' ? quoted : 'A'}`,
    `    analysis: ${field === 'analysis' ? quoted : 'N'}`,
    '    key_points:',
    `      - point: ${field === 'point' ? quoted : 'K'}`,
    `        keywords: [w, ${field === 'keywords' ? quoted : 'v'}]`,
    '    translations:',
    '      en:',
    `        prompt: ${field === 'translated prompt' ? quoted : 'P'}`,
    '        answer: A',
    '        analysis: N',
  ];
  return `${lines.join('\n')}\n`;
}

const FIELDS: [string, number, string, string][] = [
  ['id', TEXT_LIMITS.id, 'id', '1:5'],
  ['title', TEXT_LIMITS.title, 'title', '3:8'],
  ['description', TEXT_LIMITS.description, 'description', '4:14'],
  ['question id', TEXT_LIMITS.id, 'questions[0].id', '8:9'],
  ['prompt', TEXT_LIMITS.prompt, 'questions[0].prompt', '9:13'],
  ['answer', TEXT_LIMITS.answer, 'questions[0].answer', '10:13'],
  ['analysis', TEXT_LIMITS.analysis, 'questions[0].analysis', '11:15'],
  ['point', TEXT_LIMITS.point, 'questions[0].key_points[0].point', '13:16'],
  ['keywords', TEXT_LIMITS.keywords, 'questions[0].key_points[0].keywords[1]', '14:23'],
  ['translated prompt', TEXT_LIMITS.prompt, 'questions[0].translations.en.prompt', '17:17'],
];

/** `n` characters, the last an emoji: a character is a code point, not a UTF-16 unit. */
const textOf = (n: number) => `${'好'.repeat(n - 1)}😀`;

describe.each(FIELDS)('a %s', (field, limit, path, at) => {
  it(`of ${limit} characters is read by both readers`, () => {
    const text = sectionWith(field, textOf(limit));
    expect(parseSectionFile(text, 'f.yaml', 'en').issues).toEqual([]);
    expect(fastParseSection(text, 'f.yaml')).toBeDefined();
  });

  it(`of ${limit + 1} is refused with its path and the limit`, () => {
    const text = sectionWith(field, textOf(limit + 1));
    expect(fastParseSection(text, 'f.yaml')).toBeUndefined();
    const en = parseSectionFile(text, 'f.yaml', 'en').issues;
    const count = (n: number) => n.toLocaleString('en-US');
    expect(en.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([
      `${at}: ${path}: ${count(limit + 1)} characters, over the limit of ${count(limit)}`,
    ]);
    const zh = parseSectionFile(text, 'f.yaml', 'zh').issues;
    expect(zh[0]?.message).toBe(
      `${path}：有 ${count(limit + 1)} 个字符，超过 ${count(limit)} 个字符的上限`,
    );
  });
});

describe('validate and drill on a bank with a 100,000-character field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-limits-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, sectionWith('answer', '先共情安抚客户情绪，'.repeat(10_000)));

  it('validate refuses it, exit 1, naming the file, line, field and limit', async () => {
    const { io, out } = fakeIO();
    const code = await runCli(['validate', dir, '--lang', 'en'], io);
    expect(code).toBe(ExitCode.badInput);
    expect(out()).toContain(
      `${file}:10:13: error: questions[0].answer: 100,000 characters, over the limit of 10,000`,
    );
  });

  it('the interview commands refuse it before the first question', async () => {
    const { io, err } = fakeIO();
    const code = await runCli(['answers', '--bank', dir, '--lang', 'en'], io);
    expect(code).toBe(ExitCode.badInput);
    expect(err()).toContain('questions[0].answer: 100,000 characters, over the limit of 10,000');
  });
});

/** A valid section whose question has `points` key points, the first with `keywords` keywords. */
function sectionWithLists(points: number, keywords: number): string {
  const keywordList = Array.from({ length: keywords }, (_, i) => `w${i}`).join(', ');
  const lines = [
    'id: s',
    'order: 1',
    'title: T',
    'points: 5',
    'time_limit: 60',
    'questions:',
    '  - id: q1',
    '    prompt: P',
    '    answer: A',
    '    analysis: N',
    '    key_points:',
    ...Array.from({ length: points }, (_, i) => [
      `      - point: K${i}`,
      `        keywords: [${i === 0 ? keywordList : 'v'}]`,
    ]).flat(),
  ];
  return `${lines.join('\n')}\n`;
}

describe('lists', () => {
  it(`take ${ITEM_LIMITS.key_points} key points and ${ITEM_LIMITS.keywords} keywords to a point, in both readers`, () => {
    const text = sectionWithLists(ITEM_LIMITS.key_points, ITEM_LIMITS.keywords);
    expect(parseSectionFile(text, 'f.yaml', 'en').issues).toEqual([]);
    expect(fastParseSection(text, 'f.yaml')).toBeDefined();
  });

  it.each([
    [
      ITEM_LIMITS.key_points + 1,
      1,
      '12:7: questions[0].key_points: 21 items, over the limit of 20',
    ],
    [
      1,
      ITEM_LIMITS.keywords + 1,
      '13:19: questions[0].key_points[0].keywords: 51 items, over the limit of 50',
    ],
  ])(
    'refuse %i key points with %i keywords, with the path and the limit',
    (points, keywords, message) => {
      const text = sectionWithLists(points, keywords);
      expect(fastParseSection(text, 'f.yaml')).toBeUndefined();
      const issues = parseSectionFile(text, 'f.yaml', 'en').issues;
      expect(issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([message]);
      expect(parseSectionFile(text, 'f.yaml', 'zh').issues[0]?.message).toMatch(
        /：有 \d+ 项，超过 \d+ 项的上限$/,
      );
    },
  );
});

describe('the fast reader on a long one-line list', () => {
  it('finds line breaks within a range exactly', () => {
    const text = 'a: [x,\n y]\nb: 1\n';
    const within = lineBreakFinder(text);
    const naive = (from: number, to: number) => text.slice(from, to).includes('\n');
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(within(from, to)).toBe(naive(from, to));
    }
  });

  it('reads a flow list far longer than the limit, so that the precise reader can say where', () => {
    const keywords = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(', ');
    const text = sectionWithLists(1, 1).replace('keywords: [w0]', `keywords: [${keywords}]`);
    expect(loadPlainYaml(text)).toBeDefined();
    expect(fastParseSection(text, 'f.yaml')).toBeUndefined();
    expect(parseSectionFile(text, 'f.yaml', 'en').issues.map((i) => i.message)).toEqual([
      'questions[0].key_points[0].keywords: 20,000 items, over the limit of 50',
    ]);
  });
});
