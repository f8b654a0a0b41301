import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSectionFile as parseSectionFile } from '../../src/bank/read-section.js';
import type { BankIssue } from '../../src/bank/types.js';

const VALID = [
  'id: s', // 1
  'order: 1', // 2
  'title: T', // 3
  'points: 5', // 4
  'time_limit: 60', // 5
  'questions:', // 6
  '  - id: q1', // 7
  '    prompt: P', // 8
  '    answer: A', // 9
  '    analysis: N', // 10
  '    key_points:', // 11
  '      - point: K', // 12
  '        keywords: [w]', // 13
  '',
].join('\n');

/** VALID with one line replaced (by its exact text). */
function edit(line: string, replacement: string): string {
  const lines = VALID.split('\n');
  const index = lines.indexOf(line);
  if (index === -1) throw new Error(`no line ${line}`);
  lines[index] = replacement;
  return lines.join('\n');
}

const HEAD = VALID.split('\n').slice(0, 5).join('\n');
const SECTION_FIELDS =
  'id, order, title, description, points, time_limit, questions, red_flags, translations';
const SECTION_FIELDS_ZH =
  'id、order、title、description、points、time_limit、questions、red_flags、translations';

function lines(issues: BankIssue[]): string[] {
  return issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
}

interface Case {
  name: string;
  text: string;
  en: string[];
  zh: string[];
}

const cases: Case[] = [
  {
    name: 'a string where a positive number belongs',
    text: edit('points: 5', 'points: 十'),
    en: ['f.yaml:4:9: points: expected a positive number, found the string "十"'],
    zh: ['f.yaml:4:9: points：应为正数，实际是字符串 "十"'],
  },
  {
    name: 'a fraction where a positive integer belongs',
    text: edit('order: 1', 'order: 1.5'),
    en: ['f.yaml:2:8: order: expected a positive integer, found the number 1.5'],
    zh: ['f.yaml:2:8: order：应为正整数，实际是数字 1.5'],
  },
  {
    name: 'zero time limit',
    text: edit('time_limit: 60', 'time_limit: 0'),
    en: ['f.yaml:5:13: time_limit: expected a positive integer, found the number 0'],
    zh: ['f.yaml:5:13: time_limit：应为正整数，实际是数字 0'],
  },
  {
    name: 'an empty string',
    text: edit('title: T', 'title: ""'),
    en: ['f.yaml:3:8: title: expected a non-empty string, found an empty string'],
    zh: ['f.yaml:3:8: title：应为非空字符串，实际是空字符串'],
  },
  {
    name: 'a blank string counts as empty',
    text: edit('title: T', 'title: "   "'),
    en: ['f.yaml:3:8: title: expected a non-empty string, found an empty string'],
    zh: ['f.yaml:3:8: title：应为非空字符串，实际是空字符串'],
  },
  {
    name: 'a boolean',
    text: edit('title: T', 'title: true'),
    en: ['f.yaml:3:8: title: expected a non-empty string, found the boolean true'],
    zh: ['f.yaml:3:8: title：应为非空字符串，实际是布尔值 true'],
  },
  {
    name: 'no value',
    text: edit('title: T', 'title:'),
    en: ['f.yaml:3:7: title: expected a non-empty string, found nothing'],
    zh: ['f.yaml:3:7: title：应为非空字符串，实际是空值'],
  },
  {
    name: 'a mapping',
    text: edit('title: T', 'title: {a: 1}'),
    en: ['f.yaml:3:8: title: expected a non-empty string, found a mapping'],
    zh: ['f.yaml:3:8: title：应为非空字符串，实际是映射'],
  },
  {
    name: 'a sequence',
    text: edit('title: T', 'title: [a]'),
    en: ['f.yaml:3:8: title: expected a non-empty string, found a sequence'],
    zh: ['f.yaml:3:8: title：应为非空字符串，实际是序列'],
  },
  {
    name: 'a description that is no string',
    text: edit('title: T', 'title: T\ndescription: 5'),
    en: ['f.yaml:4:14: description: expected a string, found the number 5'],
    zh: ['f.yaml:4:14: description：应为字符串，实际是数字 5'],
  },
  {
    name: 'empty questions',
    text: `${HEAD}\nquestions: []\n`,
    en: ['f.yaml:6:12: questions: expected a non-empty sequence, found an empty sequence'],
    zh: ['f.yaml:6:12: questions：应为非空序列，实际是空序列'],
  },
  {
    name: 'a question that is no mapping',
    text: `${HEAD}\nquestions:\n  - 5\n`,
    en: ['f.yaml:7:5: questions[0]: expected a mapping, found the number 5'],
    zh: ['f.yaml:7:5: questions[0]：应为映射，实际是数字 5'],
  },
  {
    name: 'a top level that is no mapping',
    text: '- a\n',
    en: ['f.yaml:1:1: expected a mapping, found a sequence'],
    zh: ['f.yaml:1:1: 应为映射，实际是序列'],
  },
  {
    name: 'a missing section field, at the mapping',
    text: VALID.replace('title: T\n', ''),
    en: ['f.yaml:1:1: missing field "title"'],
    zh: ['f.yaml:1:1: 缺少字段 "title"'],
  },
  {
    name: 'a missing question field',
    text: VALID.replace('    analysis: N\n', ''),
    en: ['f.yaml:7:5: questions[0]: missing field "analysis"'],
    zh: ['f.yaml:7:5: questions[0]：缺少字段 "analysis"'],
  },
  {
    name: 'a missing key point field',
    text: VALID.replace('        keywords: [w]\n', ''),
    en: ['f.yaml:12:9: questions[0].key_points[0]: missing field "keywords"'],
    zh: ['f.yaml:12:9: questions[0].key_points[0]：缺少字段 "keywords"'],
  },
  {
    name: 'a typo of a field, with a suggestion',
    text: edit('    analysis: N', '    analysys: N'),
    en: [
      'f.yaml:7:5: questions[0]: missing field "analysis"',
      'f.yaml:10:5: questions[0]: unknown field "analysys" (did you mean "analysis"?)',
    ],
    zh: [
      'f.yaml:7:5: questions[0]：缺少字段 "analysis"',
      'f.yaml:10:5: questions[0]：未知字段 "analysys"（是否应为 "analysis"？）',
    ],
  },
  {
    name: 'a dash for an underscore, with a suggestion',
    text: edit('time_limit: 60', 'time-limit: 60'),
    en: [
      'f.yaml:1:1: missing field "time_limit"',
      'f.yaml:5:1: unknown field "time-limit" (did you mean "time_limit"?)',
    ],
    zh: [
      'f.yaml:1:1: 缺少字段 "time_limit"',
      'f.yaml:5:1: 未知字段 "time-limit"（是否应为 "time_limit"？）',
    ],
  },
  {
    name: 'an unknown field, listing the known ones',
    text: edit('time_limit: 60', 'time_limit: 60\ncolour: red'),
    en: [`f.yaml:6:1: unknown field "colour" (allowed: ${SECTION_FIELDS})`],
    zh: [`f.yaml:6:1: 未知字段 "colour"（可用字段：${SECTION_FIELDS_ZH}）`],
  },
  {
    name: 'a number as a key',
    text: edit('time_limit: 60', 'time_limit: 60\n1: x'),
    en: [`f.yaml:6:1: unknown field "1" (allowed: ${SECTION_FIELDS})`],
    zh: [`f.yaml:6:1: 未知字段 "1"（可用字段：${SECTION_FIELDS_ZH}）`],
  },
  {
    name: 'a merge key is no merge, only an unknown field',
    text: edit('time_limit: 60', 'time_limit: 60\n<<: {title: X}'),
    en: [`f.yaml:6:1: unknown field "<<" (allowed: ${SECTION_FIELDS})`],
    zh: [`f.yaml:6:1: 未知字段 "<<"（可用字段：${SECTION_FIELDS_ZH}）`],
  },
  {
    name: 'a question id twice in the file',
    text: `${VALID}${VALID.split('\n').slice(6).join('\n')}`,
    en: ['f.yaml:14:9: duplicate question id "q1" (first at line 7)'],
    zh: ['f.yaml:14:9: 重复的题目 id "q1"（第一次出现在第 7 行）'],
  },
  {
    name: 'a key twice in a mapping',
    text: edit('title: T', 'title: T\ntitle: U'),
    en: ['f.yaml:4:1: duplicate key "title" (first at line 3)'],
    zh: ['f.yaml:4:1: 重复的键 "title"（第一次出现在第 3 行）'],
  },
  {
    name: 'a question point override that is negative',
    text: edit('    answer: A', '    answer: A\n    points: -1'),
    en: ['f.yaml:10:13: questions[0].points: expected a positive number, found the number -1'],
    zh: ['f.yaml:10:13: questions[0].points：应为正数，实际是数字 -1'],
  },
  {
    name: 'empty key points',
    text: `${VALID.split('\n').slice(0, 10).join('\n')}\n    key_points: []\n`,
    en: [
      'f.yaml:11:17: questions[0].key_points: expected a non-empty sequence, found an empty sequence',
    ],
    zh: ['f.yaml:11:17: questions[0].key_points：应为非空序列，实际是空序列'],
  },
  {
    name: 'empty keywords',
    text: edit('        keywords: [w]', '        keywords: []'),
    en: [
      'f.yaml:13:19: questions[0].key_points[0].keywords: expected a non-empty sequence, found an empty sequence',
    ],
    zh: ['f.yaml:13:19: questions[0].key_points[0].keywords：应为非空序列，实际是空序列'],
  },
  {
    name: 'keywords that are empty or no strings',
    text: edit('        keywords: [w]', '        keywords: [w, "", 3]'),
    en: [
      'f.yaml:13:23: questions[0].key_points[0].keywords[1]: expected a non-empty string, found an empty string',
      'f.yaml:13:27: questions[0].key_points[0].keywords[2]: expected a non-empty string, found the number 3',
    ],
    zh: [
      'f.yaml:13:23: questions[0].key_points[0].keywords[1]：应为非空字符串，实际是空字符串',
      'f.yaml:13:27: questions[0].key_points[0].keywords[2]：应为非空字符串，实际是数字 3',
    ],
  },
  {
    name: 'an escape character in a text',
    text: edit('    prompt: P', '    prompt: "P\\e[2J"'),
    en: [
      'f.yaml:8:13: questions[0].prompt: contains the control character \\x1b, which is not allowed',
    ],
    zh: ['f.yaml:8:13: questions[0].prompt：包含不允许的控制字符 \\x1b'],
  },
  {
    name: 'a bidi override in a text',
    text: edit('title: T', 'title: "a\\u202Eb"'),
    en: ['f.yaml:3:8: title: contains the control character \\u202e, which is not allowed'],
    zh: ['f.yaml:3:8: title：包含不允许的控制字符 \\u202e'],
  },
  {
    name: 'a quoted value is neutralised and cut at 40 characters',
    text: edit('points: 5', `points: "\\e[31m${'x'.repeat(50)}"`),
    en: [
      `f.yaml:4:9: points: expected a positive number, found the string "\\x1b[31m${'x'.repeat(35)}…"`,
    ],
    zh: [`f.yaml:4:9: points：应为正数，实际是字符串 "\\x1b[31m${'x'.repeat(35)}…"`],
  },
  {
    name: 'a binary tag',
    text: edit('title: T', 'title: !!binary aGk='),
    en: ['f.yaml:3:17: the tag "!!binary" is not allowed (only plain YAML values are)'],
    zh: ['f.yaml:3:17: 不允许使用标签 "!!binary"（只能使用普通 YAML 值）'],
  },
  {
    name: 'a custom tag',
    text: edit('title: T', 'title: !foo T'),
    en: ['f.yaml:3:13: the tag "!foo" is not allowed (only plain YAML values are)'],
    zh: ['f.yaml:3:13: 不允许使用标签 "!foo"（只能使用普通 YAML 值）'],
  },
  {
    name: 'an alias without an anchor',
    text: edit('title: T', 'title: *nope'),
    en: ['f.yaml:3:8: alias "*nope" refers to no anchor'],
    zh: ['f.yaml:3:8: 别名 "*nope" 没有对应的锚点'],
  },
  {
    name: 'a tab in an indent: said once, at the tab, whatever yaml reported around it',
    text: edit('        keywords: [w]', '        keywords:\n\t- w'),
    en: [
      'f.yaml:14:1: tabs are not allowed in indentation; use spaces (and 3 more syntax errors around it, most likely caused by this one: fix it and check again)',
    ],
    zh: [
      'f.yaml:14:1: 缩进中不能使用制表符（Tab），请使用空格（附近还有 3 处语法错误，多半由这一处引起：改正后再检查）',
    ],
  },
  {
    name: 'a YAML syntax error, with yaml’s own position',
    text: edit('order: 1', 'order: "1'),
    en: ['f.yaml:14:1: YAML syntax error: Missing closing "quote'],
    zh: ['f.yaml:14:1: YAML 语法错误：双引号没有闭合：这里缺少配对的 "'],
  },
  {
    name: 'a tab in the indentation',
    text: edit('    key_points:', '\tkey_points:'),
    en: ['f.yaml:11:1: tabs are not allowed in indentation; use spaces'],
    zh: ['f.yaml:11:1: 缩进中不能使用制表符（Tab），请使用空格'],
  },
  {
    name: 'several documents',
    text: `${VALID}---\nid: t\n`,
    en: ['f.yaml:14:1: several YAML documents in one file (put one section in each file)'],
    zh: ['f.yaml:14:1: 一个文件中有多个 YAML 文档（每个文件只能放一个部分）'],
  },
  {
    name: 'a NUL byte',
    text: edit('title: T', 'title: T\0'),
    en: ['f.yaml:3:9: the file contains a NUL byte (is it a binary file?)'],
    zh: ['f.yaml:3:9: 文件包含 NUL 字节（是否为二进制文件？）'],
  },
  {
    name: 'an empty file',
    text: '',
    en: ['f.yaml:1:1: the file is empty'],
    zh: ['f.yaml:1:1: 文件为空'],
  },
  {
    name: 'a file of comments only',
    text: '# nothing yet\n',
    en: ['f.yaml:1:1: the file is empty'],
    zh: ['f.yaml:1:1: 文件为空'],
  },
  {
    name: 'nesting too deep, at the collection past the limit',
    text: edit('title: T', `title: ${'['.repeat(60)}${']'.repeat(60)}`),
    // The top-level mapping is the first level, so the 50th bracket is the 51st level.
    en: ['f.yaml:3:57: the file is nested too deeply (more than 50 levels)'],
    zh: ['f.yaml:3:57: 文件嵌套层级过深（超过 50 层）'],
  },
  {
    name: 'an alias bomb',
    text: readFileSync(new URL('../fixtures/banks/alias-bomb.yaml', import.meta.url), 'utf8'),
    en: ['f.yaml:1:1: too many aliases (more than 100 once expanded); the file is refused'],
    zh: ['f.yaml:1:1: 别名过多（展开后超过 100 个），拒绝读取此文件'],
  },
];

/** VALID with a section translation and, after line 13, a question translation (lines 14–22). */
const TRANSLATED = `${edit('title: T', 'title: T\ntranslations:\n  en:\n    title: T-en')}${[
  '    translations:', // 17
  '      en:', // 18
  '        prompt: P-en', // 19
  '        answer: A-en', // 20
  '        analysis: N-en', // 21
  '        key_points:', // 22
  '          - point: K-en', // 23
  '            keywords: [w-en]', // 24
  '',
].join('\n')}`;

/** TRANSLATED with one line replaced (by its exact text). */
function editTranslated(line: string, replacement: string): string {
  const all = TRANSLATED.split('\n');
  const index = all.indexOf(line);
  if (index === -1) throw new Error(`no line ${line}`);
  all[index] = replacement;
  return all.join('\n');
}

const translationCases: Case[] = [
  {
    name: 'a language key in capitals',
    text: editTranslated('  en:', '  EN:'),
    en: [
      'f.yaml:5:3: translations: expected a language key such as en or pt-BR, found the string "EN"',
    ],
    zh: ['f.yaml:5:3: translations：应为语言代码（如 en、pt-BR），实际是字符串 "EN"'],
  },
  {
    name: '__proto__ as a language key',
    text: editTranslated('      en:', '      __proto__:'),
    en: [
      'f.yaml:18:7: questions[0].translations: expected a language key such as en or pt-BR, found the string "__proto__"',
    ],
    zh: [
      'f.yaml:18:7: questions[0].translations：应为语言代码（如 en、pt-BR），实际是字符串 "__proto__"',
    ],
  },
  {
    name: 'a number as a language key',
    text: editTranslated('  en:', '  1:'),
    en: [
      'f.yaml:5:3: translations: expected a language key such as en or pt-BR, found the number 1',
    ],
    zh: ['f.yaml:5:3: translations：应为语言代码（如 en、pt-BR），实际是数字 1'],
  },
  {
    name: 'translations that are no mapping',
    text: TRANSLATED.replace('translations:\n  en:\n    title: T-en', 'translations: [en]'),
    en: ['f.yaml:4:15: translations: expected a mapping, found a sequence'],
    zh: ['f.yaml:4:15: translations：应为映射，实际是序列'],
  },
  {
    name: 'a language with nothing in it',
    text: editTranslated('      en:', '      en:\n      de:'),
    en: ['f.yaml:18:10: questions[0].translations.en: expected a mapping, found nothing'],
    zh: ['f.yaml:18:10: questions[0].translations.en：应为映射，实际是空值'],
  },
  {
    name: 'an unknown field in a translation, with a suggestion',
    text: editTranslated('    title: T-en', '    titel: T-en'),
    en: [
      'f.yaml:6:5: translations.en: unknown field "titel" (did you mean "title"?)',
      'f.yaml:6:5: translations.en: missing field "title"',
    ],
    zh: [
      'f.yaml:6:5: translations.en：未知字段 "titel"（是否应为 "title"？）',
      'f.yaml:6:5: translations.en：缺少字段 "title"',
    ],
  },
  {
    name: 'a field that is not translated',
    text: editTranslated('        analysis: N-en', '        analysis: N-en\n        points: 3'),
    en: [
      'f.yaml:22:9: questions[0].translations.en: unknown field "points" (allowed: prompt, answer, analysis, key_points)',
    ],
    zh: [
      'f.yaml:22:9: questions[0].translations.en：未知字段 "points"（可用字段：prompt、answer、analysis、key_points）',
    ],
  },
  {
    name: 'a missing prompt in a translation',
    text: editTranslated('        prompt: P-en', ''),
    en: ['f.yaml:20:9: questions[0].translations.en: missing field "prompt"'],
    zh: ['f.yaml:20:9: questions[0].translations.en：缺少字段 "prompt"'],
  },
  {
    name: 'an empty translated answer',
    text: editTranslated('        answer: A-en', '        answer: ""'),
    en: [
      'f.yaml:20:17: questions[0].translations.en.answer: expected a non-empty string, found an empty string',
    ],
    zh: ['f.yaml:20:17: questions[0].translations.en.answer：应为非空字符串，实际是空字符串'],
  },
  {
    name: 'a control character in a translated title',
    text: editTranslated('    title: T-en', '    title: "T\\u0007"'),
    en: [
      'f.yaml:6:12: translations.en.title: contains the control character \\x07, which is not allowed',
    ],
    zh: ['f.yaml:6:12: translations.en.title：包含不允许的控制字符 \\x07'],
  },
  {
    name: 'a translated description that is no string',
    text: editTranslated('    title: T-en', '    title: T-en\n    description: 5'),
    en: ['f.yaml:7:18: translations.en.description: expected a string, found the number 5'],
    zh: ['f.yaml:7:18: translations.en.description：应为字符串，实际是数字 5'],
  },
  {
    name: 'translated key points of another number',
    text: editTranslated(
      '            keywords: [w-en]',
      '            keywords: [w-en]\n          - point: L-en\n            keywords: [v-en]',
    ),
    en: [
      'f.yaml:23:11: questions[0].translations.en.key_points: expected 1 key point (as many as the question has, in the same order), found 2',
    ],
    zh: [
      'f.yaml:23:11: questions[0].translations.en.key_points：应有 1 个要点（与原题数量相同、顺序一致），实际是 2 个',
    ],
  },
  {
    name: 'empty translated keywords',
    text: editTranslated('            keywords: [w-en]', '            keywords: []'),
    en: [
      'f.yaml:24:23: questions[0].translations.en.key_points[0].keywords: expected a non-empty sequence, found an empty sequence',
    ],
    zh: [
      'f.yaml:24:23: questions[0].translations.en.key_points[0].keywords：应为非空序列，实际是空序列',
    ],
  },
  {
    name: 'a translated key point without keywords',
    text: editTranslated('            keywords: [w-en]', ''),
    en: ['f.yaml:23:13: questions[0].translations.en.key_points[0]: missing field "keywords"'],
    zh: ['f.yaml:23:13: questions[0].translations.en.key_points[0]：缺少字段 "keywords"'],
  },
];

describe('parseSectionFile messages on translations', () => {
  it('reads the translated base text without an issue', () => {
    expect(parseSectionFile(TRANSLATED, 'f.yaml', 'en').issues).toEqual([]);
  });

  it.each(translationCases)('$name (en)', ({ text, en }) => {
    const result = parseSectionFile(text, 'f.yaml', 'en');
    expect(lines(result.issues)).toEqual(en);
    expect(result.section).toBeUndefined();
  });

  it.each(translationCases)('$name (zh)', ({ text, zh }) => {
    expect(lines(parseSectionFile(text, 'f.yaml', 'zh').issues)).toEqual(zh);
  });

  it('reports every translation problem of a file, in position order', () => {
    const text = readFileSync(
      new URL('../fixtures/banks/translation-errors.yaml', import.meta.url),
      'utf8',
    );
    expect(lines(parseSectionFile(text, 'e.yaml', 'en').issues)).toEqual([
      'e.yaml:7:3: translations: expected a language key such as en or pt-BR, found the string "EN"',
      'e.yaml:9:3: translations: expected a language key such as en or pt-BR, found the string "__proto__"',
      'e.yaml:12:5: translations.de: unknown field "titel" (did you mean "title"?)',
      'e.yaml:12:5: translations.de: missing field "title"',
      'e.yaml:25:17: questions[0].translations.en.prompt: expected a non-empty string, found an empty string',
      'e.yaml:28:9: questions[0].translations.en: unknown field "hint" (allowed: prompt, answer, analysis, key_points)',
      'e.yaml:30:11: questions[0].translations.en.key_points: expected 2 key points (as many as the question has, in the same order), found 1',
      'e.yaml:31:23: questions[0].translations.en.key_points[0].keywords: expected a non-empty sequence, found an empty sequence',
      'e.yaml:37:11: questions[0].translations.fr.key_points: expected 2 key points (as many as the question has, in the same order), found 1',
      'e.yaml:39:11: questions[0].translations.es: expected a mapping, found the string "Hola"',
    ]);
  });
});

describe('parseSectionFile messages', () => {
  it.each(cases)('$name (en)', ({ text, en }) => {
    const result = parseSectionFile(text, 'f.yaml', 'en');
    expect(lines(result.issues)).toEqual(en);
    expect(result.section).toBeUndefined();
  });

  it.each(cases)('$name (zh)', ({ text, zh }) => {
    expect(lines(parseSectionFile(text, 'f.yaml', 'zh').issues)).toEqual(zh);
  });

  it('says syntax errors without a tab once: the first, in the interface language, and how many came with it', () => {
    const text = edit('        keywords: [w]', '        keywords: [w\n  - x: y: z');
    const [en, ...moreEn] = lines(parseSectionFile(text, 'f.yaml', 'en').issues);
    expect(moreEn).toEqual([]);
    expect(en).toMatch(
      /^f\.yaml:\d+:\d+: YAML syntax error: [A-Z][^\n]* \(and \d+ more syntax errors? around it, most likely caused by this one: fix it and check again\)$/,
    );
    const [zh, ...moreZh] = lines(parseSectionFile(text, 'f.yaml', 'zh').issues);
    expect(moreZh).toEqual([]);
    expect(zh).toMatch(/^f\.yaml:\d+:\d+: YAML 语法错误：[^A-Za-z]+（附近还有 \d+ 处语法错误/);
  });

  it('says a YAML warning on its own, not as one of the syntax errors it sits beside', () => {
    const text = '%YAML 1.3\n---\na: [1\n';
    expect(lines(parseSectionFile(text, 'f.yaml', 'en').issues)).toEqual([
      'f.yaml:1:7: YAML syntax error: Unsupported YAML version 1.3',
      'f.yaml:4:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(lines(parseSectionFile(text, 'f.yaml', 'zh').issues)).toEqual([
      'f.yaml:1:7: YAML 语法错误：% 开头的指令有误',
      'f.yaml:4:1: YAML 语法错误：方括号列表 [ ]缩进不够，或缺少结尾的 ]',
    ]);
  });

  it('says a second document on its own, beside a syntax error', () => {
    const text = 'a: [1\n---\nb: 2\n';
    expect(lines(parseSectionFile(text, 'f.yaml', 'en').issues)).toEqual([
      'f.yaml:2:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'f.yaml:2:1: several YAML documents in one file (put one section in each file)',
    ]);
    expect(lines(parseSectionFile(text, 'f.yaml', 'zh').issues)).toEqual([
      'f.yaml:2:1: YAML 语法错误：方括号列表 [ ]缩进不够，或缺少结尾的 ]',
      'f.yaml:2:1: 一个文件中有多个 YAML 文档（每个文件只能放一个部分）',
    ]);
  });

  it('reports every problem of a file, in position order', () => {
    const text = [
      'id: ""',
      'order: 0',
      'title: T',
      'points: 十',
      'questions:',
      '  - id: q1',
      '    prompt: P',
      '    answer: A',
      '    analysys: N',
      '    key_points:',
      '      - point: K',
      '        keywords: [w]',
      '  - id: q1',
      '',
    ].join('\n');
    expect(lines(parseSectionFile(text, 'f.yaml', 'en').issues)).toEqual([
      'f.yaml:1:1: missing field "time_limit"',
      'f.yaml:1:5: id: expected a non-empty string, found an empty string',
      'f.yaml:2:8: order: expected a positive integer, found the number 0',
      'f.yaml:4:9: points: expected a positive number, found the string "十"',
      'f.yaml:6:5: questions[0]: missing field "analysis"',
      'f.yaml:9:5: questions[0]: unknown field "analysys" (did you mean "analysis"?)',
      'f.yaml:13:5: questions[1]: missing field "prompt"',
      'f.yaml:13:5: questions[1]: missing field "answer"',
      'f.yaml:13:5: questions[1]: missing field "analysis"',
      'f.yaml:13:5: questions[1]: missing field "key_points"',
      'f.yaml:13:9: duplicate question id "q1" (first at line 6)',
    ]);
  });
});

describe('parseSectionFile results', () => {
  it('builds the section and resolves points and time limits from its defaults', () => {
    const text = edit('    answer: A', '    answer: A\n    points: 2.5\n    time_limit: 90');
    const result = parseSectionFile(text, 'f.yaml', 'en');
    expect(result.issues).toEqual([]);
    expect(result.section).toEqual({
      id: 's',
      order: 1,
      title: 'T',
      points: 5,
      time_limit: 60,
      file: 'f.yaml',
      questions: [
        {
          id: 'q1',
          prompt: 'P',
          points: 2.5,
          time_limit: 90,
          answer: 'A',
          analysis: 'N',
          key_points: [{ point: 'K', keywords: ['w'] }],
        },
      ],
    });
    // Positions are found when asked for, by path.
    expect(result.locate(['id'])).toEqual({ line: 1, col: 5 });
    expect(result.locate(['order'])).toEqual({ line: 2, col: 8 });
    expect(result.locate(['questions', 0, 'id'])).toEqual({ line: 7, col: 9 });
    expect(result.locate(['questions', 0, 'id'], 'key')).toEqual({ line: 7, col: 5 });
  });

  it('keeps translations, in null-prototype objects, and the description', () => {
    const text = readFileSync(
      new URL('../fixtures/banks/translated.yaml', import.meta.url),
      'utf8',
    );
    const result = parseSectionFile(text, 'translated.yaml', 'en');
    expect(result.issues).toEqual([]);
    const section = result.section;
    expect(section?.description).toBe('开场白');
    expect(Object.getPrototypeOf(section?.translations)).toBeNull();
    expect({ ...section?.translations }).toEqual({
      en: { title: 'Greetings', description: 'Opening lines' },
      'pt-BR': { title: 'Saudações' },
    });
    const [first, second] = section?.questions ?? [];
    expect(Object.getPrototypeOf(first?.translations)).toBeNull();
    expect(first?.translations?.en).toEqual({
      prompt: 'How do you greet a customer?',
      answer: "Hello, I'm glad to help you today.\n",
      analysis: 'Polite and warm.\n',
      key_points: [
        { point: 'Polite greeting', keywords: ['hello', 'hi'] },
        { point: 'Offers help', keywords: ['help you', 'glad to help', 'false'] },
      ],
    });
    // Without key_points the translation has none (the question's own are used).
    expect(second?.translations?.en).toStrictEqual({
      prompt: 'How do you close a conversation?',
      answer: 'Thank you for your patience, and have a nice day.',
      analysis: 'Thank and wish well.',
    });
    expect(section?.translations?.constructor).toBeUndefined();
  });

  it('uses the section defaults when a question sets nothing', () => {
    const question = parseSectionFile(VALID, 'f.yaml', 'en').section?.questions[0];
    expect(question?.points).toBe(5);
    expect(question?.time_limit).toBe(60);
  });

  it('accepts a UTF-8 BOM and CRLF line ends, with the same positions', () => {
    const text = `\uFEFF${edit('points: 5', 'points: 十').replaceAll('\n', '\r\n')}`;
    expect(lines(parseSectionFile(text, 'f.yaml', 'en').issues)).toEqual([
      'f.yaml:4:9: points: expected a positive number, found the string "十"',
    ]);
    const valid = parseSectionFile(`\uFEFF${VALID.replaceAll('\n', '\r\n')}`, 'f.yaml', 'en');
    expect(valid.issues).toEqual([]);
    expect(valid.section?.id).toBe('s');
    expect(valid.section?.title).toBe('T');
  });

  it('keeps block scalars as written, with newlines', () => {
    const text = edit('    answer: A', '    answer: |\n      line 1\n      line 2');
    expect(parseSectionFile(text, 'f.yaml', 'en').section?.questions[0]?.answer).toBe(
      'line 1\nline 2\n',
    );
  });

  it('follows a few aliases', () => {
    const text = edit('        keywords: [w]', '        keywords: &kw [w, v]');
    const twice = `${text}${text.split('\n').slice(6).join('\n').replace('id: q1', 'id: q2').replace('&kw [w, v]', '*kw')}`;
    const result = parseSectionFile(twice, 'f.yaml', 'en');
    expect(result.issues).toEqual([]);
    expect(result.section?.questions.map((q) => q.key_points[0]?.keywords)).toEqual([
      ['w', 'v'],
      ['w', 'v'],
    ]);
  });

  it('refuses an alias bomb', () => {
    const text = readFileSync(
      new URL('../fixtures/banks/alias-bomb.yaml', import.meta.url),
      'utf8',
    );
    const result = parseSectionFile(text, 'f.yaml', 'en');
    expect(result.section).toBeUndefined();
    expect(result.issues).toHaveLength(1);
  });

  it('treats __proto__, constructor and prototype as unknown fields and pollutes nothing', () => {
    const text = readFileSync(new URL('../fixtures/banks/proto.yaml', import.meta.url), 'utf8');
    const result = parseSectionFile(text, 'proto.yaml', 'en');
    expect(lines(result.issues)).toEqual([
      `proto.yaml:6:1: unknown field "__proto__" (allowed: ${SECTION_FIELDS})`,
      `proto.yaml:8:1: unknown field "constructor" (allowed: ${SECTION_FIELDS})`,
      'proto.yaml:14:5: questions[0]: unknown field "prototype" (allowed: id, prompt, points, time_limit, answer, analysis, key_points, red_flags, translations, core, follow_ups)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('survives nesting far past the limit without overflowing the stack', () => {
    const deep = `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}-`).join('\n')} 1\n`;
    for (let i = 0; i < 3; i++) {
      expect(lines(parseSectionFile(deep, 'f.yaml', 'en').issues)).toEqual([
        'f.yaml:51:51: the file is nested too deeply (more than 50 levels)',
      ]);
    }
  });
});
