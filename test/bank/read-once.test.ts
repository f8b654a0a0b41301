import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BANK_FILE } from '../../src/bank/bank-file.js';
import { checkSection } from '../../src/bank/check-section.js';
import { messagesFor } from '../../src/bank/messages.js';
import { readPlainYaml } from '../../src/bank/plain-yaml.js';
import { readSectionFile } from '../../src/bank/read-section.js';
import { fastParseSection, loadPlainYaml } from './plain-reading.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * Reads a text and checks the promise of the reader: a file is read once,
 * as plain values (`fast`: yaml was not needed to confirm it), and a file
 * it accepts holds what yaml's own reading of the same text holds (the
 * section checked from yaml's values is the same). Returns whether it was
 * read once, and whether it was accepted.
 */
function readBothWays(text: string): { fast: boolean; valid: boolean } {
  const read = readSectionFile(text, 'f.yaml', 'en');
  const valid = read.issues.length === 0;
  const fast = fastParseSection(text, 'f.yaml');
  if (!valid) expect(fast, read.issues.map((i) => i.message).join('\n')).toBeUndefined();
  if (valid) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const bySlowValues = checkSection(parse(body, { schema: 'core' }), 'f.yaml', messagesFor('en'));
    expect(read.section).toStrictEqual(bySlowValues.section);
  }
  if (fast !== undefined) expect(fast).toStrictEqual(read.section);
  return { fast: fast !== undefined, valid };
}

/** The section files (`*.yaml`, `*.yml`) under a folder, as `loadBank` would take them. */
/** YAML files under a folder, but a bank's chat/ folder: chat files are no sections (src/chat/). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && basename(e.parentPath) !== 'chat')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const VALID = [
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
  '      - point: K',
  '        keywords: [w]',
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

/** VALID with translations of the section and of its question, each line changeable. */
const TRANSLATED_LINES = [
  'translations:',
  '  en:',
  '    title: T-en',
  'questions:',
  '  - id: q1',
  '    prompt: P',
  '    answer: A',
  '    analysis: N',
  '    key_points:',
  '      - point: K',
  '        keywords: [w]',
  '    translations:',
  '      en:',
  '        prompt: P-en',
  '        answer: |',
  '          A-en',
  '        analysis: N-en',
  '        key_points:',
  '          - point: K-en',
  '            keywords: [w-en]',
];
const TRANSLATED = `${VALID.split('\n').slice(0, 5).join('\n')}\n${TRANSLATED_LINES.join('\n')}\n`;

/** TRANSLATED with one line replaced (by its exact text). */
function translated(line: string, replacement: string): string {
  const lines = TRANSLATED.split('\n');
  const index = lines.indexOf(line);
  if (index === -1) throw new Error(`no line ${line}`);
  lines[index] = replacement;
  return lines.join('\n');
}

const title = (value: string) => edit('title: T', `title: ${value}`);
const points = (value: string) => edit('points: 5', `points: ${value}`);
const answer = (value: string) => edit('    answer: A', `    answer: ${value}`);

/** A generated section like `generateBank` in bench/run.js makes. */
function generatedSection(questions: number): string {
  const lines = [
    'id: s0',
    'order: 1',
    'title: 第1部分',
    'points: 10',
    'time_limit: 90',
    'questions:',
  ];
  for (let q = 0; q < questions; q++) {
    lines.push(
      `  - id: s0-q${q}`,
      `    prompt: 客户第${q}次投诉商品质量，你会如何安抚并解决？`,
      '    answer: |',
      '      先共情安抚客户的情绪，再请客户提供订单号和照片进行核实，最后按平台规则给出退款或换货方案。',
      '    analysis: |',
      '      共情、核实、方案、跟进四步缺一不可。',
      '    key_points:',
      '      - point: 先共情',
      '        keywords: [抱歉, 理解, 体谅]',
      '      - point: 核实',
      '        keywords: [订单号, 照片, 核实]',
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a section file is read once, to what yaml reads', () => {
  const fixtures = [
    ...filesUnder(join(root, 'test/fixtures/banks')),
    ...filesUnder(join(root, 'questions')),
  ]
    .filter((file) => !BANK_FILE.test(basename(file)))
    .map((file) => relative(root, file));

  it.each(fixtures)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    readBothWays(text);
    // With a BOM and CRLF line ends too.
    readBothWays(`\uFEFF${text.replaceAll('\n', '\r\n')}`);
  });

  it('reads the shipped bank fast, every file', () => {
    const files = filesUnder(join(root, 'questions')).filter((f) => !BANK_FILE.test(basename(f)));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readBothWays(readFileSync(file, 'utf8')), file).toEqual({ fast: true, valid: true });
    }
    // The bank file is no section, but it too is read without loading yaml.
    const bankFile = readPlainYaml(readFileSync(join(root, 'questions/bank.yaml'), 'utf8'));
    expect(bankFile).toMatchObject({ suspect: false });
    expect('documents' in bankFile).toBe(true);
  });

  it('takes a `!` or `&` inside a quoted value for text, and suspects it anywhere else', () => {
    const suspect = (text: string) => readPlainYaml(text).suspect;
    expect(suspect("a: 'x + !y|!z & w'\n")).toBe(false);
    expect(suspect("- - ' !x' # !c\n")).toBe(false);
    expect(suspect('a: "\\" !x"\n')).toBe(false);
    expect(suspect("a: 'it''s !x'\nb: ok\n")).toBe(false);
    expect(suspect("a: !x 'y'\n")).toBe(true);
    expect(suspect("a: 'b' !x\n")).toBe(true);
    expect(suspect("a: &x 'b'\nc: *x\n")).toBe(true);
    expect(suspect("a: '!x'\nb: !!str y\n")).toBe(true);
    // A line that looks like one quoted value but is inside a longer scalar or flow collection.
    expect(suspect("a: 'x\n  - '!y'\n")).toBe(true);
    expect(suspect("a: [\n  '!y' ]\n")).toBe(true);
  });

  it('reads the dup-across fixture fast, so loadBank finds its positions afterwards', () => {
    for (const name of ['a.yaml', 'b.yaml']) {
      const text = readFileSync(join(root, 'test/fixtures/banks/dup-across', name), 'utf8');
      expect(readBothWays(text)).toEqual({ fast: true, valid: true });
    }
  });

  it('reads a generated 1,000-question file fast', () => {
    expect(readBothWays(generatedSection(1000))).toEqual({ fast: true, valid: true });
  });

  // `fast: false, valid: true` is a sound file the fast reader leaves to the precise one.
  const cases: { name: string; text: string; fast: boolean; valid: boolean }[] = [
    { name: 'the plain valid file', text: VALID, fast: true, valid: true },
    { name: 'yes is a string', text: title('yes'), fast: true, valid: true },
    { name: 'no is a string', text: title('no'), fast: true, valid: true },
    { name: 'on and off are strings', text: title('on off'), fast: true, valid: true },
    { name: '~ is null', text: title('~'), fast: false, valid: false },
    { name: 'Null is null', text: title('Null'), fast: false, valid: false },
    { name: 'TRUE is a boolean', text: title('TRUE'), fast: false, valid: false },
    { name: 'an empty value is null', text: title(''), fast: false, valid: false },
    { name: 'a quoted number is a string', text: title('"5"'), fast: true, valid: true },
    { name: 'a single-quoted number is a string', text: title("'5'"), fast: true, valid: true },
    { name: 'a quoted number is no number', text: points('"5"'), fast: false, valid: false },
    { name: '1e3 is a number', text: points('1e3'), fast: true, valid: true },
    { name: '1E3 is a number', text: edit('order: 1', 'order: 1E3'), fast: true, valid: true },
    { name: '0x10 is 16', text: points('0x10'), fast: true, valid: true },
    { name: '0o10 is 8', text: points('0o10'), fast: true, valid: true },
    { name: '010 is 10 (no octal)', text: points('010'), fast: true, valid: true },
    { name: '+5 is 5', text: points('+5'), fast: true, valid: true },
    { name: '5.0 is 5', text: points('5.0'), fast: true, valid: true },
    { name: '5. is 5', text: points('5.'), fast: true, valid: true },
    { name: '.5 is 0.5', text: points('.5'), fast: true, valid: true },
    { name: '-.5 is a number, not a title', text: title('-.5'), fast: false, valid: false },
    { name: '.inf is no valid number', text: points('.inf'), fast: false, valid: false },
    { name: '.nan is no valid number', text: points('.NaN'), fast: false, valid: false },
    { name: '0b101 is a string', text: title('0b101'), fast: true, valid: true },
    { name: '1_000 is a string', text: title('1_000'), fast: true, valid: true },
    { name: '-0x10 is a string', text: title('-0x10'), fast: true, valid: true },
    { name: '+0x10 is no number', text: points('+0x10'), fast: false, valid: false },
    {
      name: 'a 400-digit number is a number',
      text: title('1'.repeat(400)),
      fast: false,
      valid: false,
    },
    {
      name: 'an order of 1e3 is an integer',
      text: edit('order: 1', 'order: 1e3'),
      fast: true,
      valid: true,
    },
    { name: 'a fractional order', text: edit('order: 1', 'order: 1.5'), fast: false, valid: false },
    { name: 'negative points', text: points('-1'), fast: false, valid: false },
    { name: 'an empty description', text: `${VALID}description: ""\n`, fast: true, valid: true },
    { name: 'a null description', text: `${VALID}description:\n`, fast: false, valid: false },
    { name: 'an empty title', text: title('""'), fast: false, valid: false },
    { name: 'a blank title', text: title('"  "'), fast: false, valid: false },
    {
      name: 'fields in another order',
      text: `${VALID.split('\n').slice(5).join('\n')}${VALID.split('\n').slice(0, 5).reverse().join('\n')}\n`,
      fast: true,
      valid: true,
    },
    { name: 'CRLF line ends', text: VALID.replaceAll('\n', '\r\n'), fast: true, valid: true },
    { name: 'a BOM', text: `\uFEFF${VALID}`, fast: true, valid: true },
    {
      name: 'a lone CR',
      text: VALID.replace('title: T\n', 'title: T\r'),
      fast: false,
      valid: false,
    },
    { name: 'no line end at the end', text: VALID.trimEnd(), fast: true, valid: true },
    { name: 'a tab inside a value', text: title('a\tb'), fast: true, valid: true },
    { name: 'a tab after the colon', text: edit('title: T', 'title:\tT'), fast: true, valid: true },
    {
      name: 'a tab in the indentation',
      text: answer('A').replace('    answer', '\tanswer'),
      fast: false,
      valid: false,
    },
    {
      name: 'escapes in double quotes',
      text: title('"\\u00e9\\U0001F600\\x41\\t\\/\\_"'),
      fast: true,
      valid: true,
    },
    { name: 'an escape character', text: title('"a\\eb"'), fast: false, valid: false },
    { name: 'a next-line character', text: title('"a\\Nb"'), fast: false, valid: false },
    { name: 'a line separator', text: title('"a\\Lb"'), fast: false, valid: false },
    { name: 'a raw bidi override', text: title('a\u202eb'), fast: false, valid: false },
    { name: 'a no-break space', text: title('a\u00a0b'), fast: true, valid: true },
    { name: 'an apostrophe in single quotes', text: title("'it''s'"), fast: true, valid: true },
    { name: 'a literal block', text: answer('|\n      a\n      b\n'), fast: true, valid: true },
    { name: 'a literal block, strip', text: answer('|-\n      a\n\n'), fast: true, valid: true },
    { name: 'a literal block, keep', text: answer('|+\n      a\n\n'), fast: true, valid: true },
    {
      name: 'a literal block, indented',
      text: answer('|2\n        a\n       b'),
      fast: true,
      valid: true,
    },
    {
      name: 'a folded block',
      text: answer('>\n      a\n      b\n\n      c\n        d\n      e'),
      fast: true,
      valid: true,
    },
    {
      name: 'a folded block, strip',
      text: answer('>-\n      a\n      b'),
      fast: true,
      valid: true,
    },
    {
      name: 'a block with leading blank lines',
      text: answer('|\n\n      a'),
      fast: true,
      valid: true,
    },
    {
      name: 'a block with a more-indented blank first line',
      text: answer('|\n        \n      a'),
      fast: false,
      valid: false,
    },
    {
      name: 'a block with a comment-like line',
      text: answer('|\n      a\n      # b'),
      fast: true,
      valid: true,
    },
    { name: 'comments', text: `# head\n${title('T # tail')}# end\n`, fast: true, valid: true },
    { name: 'a # without space is text', text: title('T#c'), fast: true, valid: true },
    { name: 'a # right after a quote', text: title('"T"#c'), fast: false, valid: false },
    {
      name: 'a # right after a bracket',
      text: edit('        keywords: [w]', '        keywords: [w]#c'),
      fast: false,
      valid: false,
    },
    {
      name: 'a tab line less indented than a block',
      text: answer('|\n       a\n      \t\n'),
      fast: false,
      valid: false,
    },
    {
      name: 'a tab inside a block line',
      text: answer('|\n      a\n      \tb'),
      fast: false,
      valid: true,
    },
    {
      name: 'a value on the next line',
      text: edit('title: T', 'title:\n  T'),
      fast: true,
      valid: true,
    },
    { name: 'a multi-line plain value', text: answer('a\n      b'), fast: false, valid: true },
    { name: 'a multi-line quoted value', text: answer('"a\n      b"'), fast: false, valid: true },
    {
      name: 'a quoted value indented too little',
      text: answer('"a\n  b"'),
      fast: false,
      valid: false,
    },
    {
      name: 'block sequences for keywords',
      text: edit('        keywords: [w]', '        keywords:\n          - w\n          - v'),
      fast: true,
      valid: true,
    },
    {
      name: 'flow mappings for key points',
      text: edit('      - point: K', '      - {point: K, keywords: [w, "v"]}').replace(
        '        keywords: [w]\n',
        '',
      ),
      fast: true,
      valid: true,
    },
    {
      name: 'a flow sequence on two lines',
      text: edit('        keywords: [w]', '        keywords: [w,\n          v]'),
      fast: false,
      valid: true,
    },
    {
      name: 'a flow sequence closed too far left',
      text: edit('        keywords: [w]', '        keywords: [w,\n  v]'),
      fast: false,
      valid: false,
    },
    {
      name: 'empty keywords',
      text: edit('        keywords: [w]', '        keywords: []'),
      fast: false,
      valid: false,
    },
    {
      name: 'a number keyword',
      text: edit('        keywords: [w]', '        keywords: [1]'),
      fast: false,
      valid: false,
    },
    {
      name: 'a question points override',
      text: answer('A\n    points: 2.5\n    time_limit: 9'),
      fast: true,
      valid: true,
    },
    { name: 'a null points override', text: answer('A\n    points:'), fast: false, valid: false },
    { name: 'an unknown field', text: `${VALID}colour: red\n`, fast: false, valid: false },
    {
      name: 'a __proto__ field',
      text: `${VALID}__proto__: {title: X}\n`,
      fast: false,
      valid: false,
    },
    { name: 'a merge key', text: `${VALID}<<: {description: X}\n`, fast: false, valid: false },
    { name: 'a repeated key', text: `${VALID}title: U\n`, fast: false, valid: false },
    {
      name: 'a repeated question id',
      text: `${VALID}${VALID.split('\n').slice(6).join('\n')}`,
      fast: false,
      valid: false,
    },
    { name: 'a sequence as a key', text: title('T\n[description]: x'), fast: false, valid: false },
    { name: 'an explicit key', text: edit('title: T', '? title\n: T'), fast: false, valid: true },
    {
      name: 'an anchor and an alias',
      text: title('&t T\ndescription: *t'),
      fast: false,
      valid: true,
    },
    { name: 'a core tag', text: title('!!str 5'), fast: false, valid: true },
    { name: 'a foreign tag', text: title('!foo T'), fast: false, valid: false },
    { name: 'a directive', text: `%YAML 1.2\n---\n${VALID}`, fast: false, valid: true },
    { name: 'a document start', text: `---\n${VALID}`, fast: true, valid: true },
    { name: 'a document end', text: `${VALID}...\n`, fast: true, valid: true },
    { name: 'two documents', text: `${VALID}---\n${VALID}`, fast: false, valid: false },
    { name: 'a NUL', text: title('T\0'), fast: false, valid: false },
    { name: 'an empty file', text: '', fast: false, valid: false },
    { name: 'a list at the top', text: '- a\n', fast: false, valid: false },
    {
      name: 'deep nesting',
      text: title(`${'['.repeat(60)}${']'.repeat(60)}`),
      fast: false,
      valid: false,
    },
  ];

  it.each(cases)('$name', ({ text, fast, valid }) => {
    expect(readBothWays(text)).toEqual({ fast, valid });
  });

  const sectionLang = (key: string) => translated('  en:', `  ${key}:`);
  const questionLang = (key: string) => translated('      en:', `      ${key}:`);
  const keywords = (value: string) => translated('            keywords: [w-en]', value);
  const translationCases: typeof cases = [
    { name: 'translations', text: TRANSLATED, fast: true, valid: true },
    {
      name: 'a translated description',
      text: translated('    title: T-en', '    title: T-en\n    description: D-en'),
      fast: true,
      valid: true,
    },
    {
      name: 'an empty translated description',
      text: translated('    title: T-en', '    title: T-en\n    description: ""'),
      fast: true,
      valid: true,
    },
    {
      name: 'a null translated description',
      text: translated('    title: T-en', '    title: T-en\n    description:'),
      fast: false,
      valid: false,
    },
    {
      name: 'a translation without key points',
      text: TRANSLATED.replace(
        '        key_points:\n          - point: K-en\n            keywords: [w-en]\n',
        '',
      ),
      fast: true,
      valid: true,
    },
    {
      name: 'several languages',
      text: translated(
        '    title: T-en',
        '    title: T-en\n  pt-BR:\n    title: T-pt\n  zh-Hant:\n    title: T-tw',
      ),
      fast: true,
      valid: true,
    },
    { name: 'no as a language key (a string)', text: sectionLang('no'), fast: true, valid: true },
    { name: 'yes as a language key (a string)', text: sectionLang('yes'), fast: true, valid: true },
    { name: 'a quoted language key', text: questionLang('"en"'), fast: true, valid: true },
    {
      name: 'empty translations',
      text: translated('translations:', 'translations: {}').replace('  en:\n    title: T-en\n', ''),
      fast: true,
      valid: true,
    },
    {
      name: 'a flow mapping for a language',
      text: translated('  en:', '  en: {title: T-en}').replace('    title: T-en\n', ''),
      fast: true,
      valid: true,
    },
    {
      name: 'null translations',
      text: translated('translations:', 'translations:').replace('  en:\n    title: T-en\n', ''),
      fast: false,
      valid: false,
    },
    {
      name: 'a language with nothing',
      text: questionLang('en:\n      de'),
      fast: false,
      valid: false,
    },
    { name: 'a language key in capitals', text: sectionLang('EN'), fast: false, valid: false },
    {
      name: 'a language key with an underscore',
      text: sectionLang('en_US'),
      fast: false,
      valid: false,
    },
    {
      name: '__proto__ as a language key',
      text: questionLang('__proto__'),
      fast: false,
      valid: false,
    },
    {
      name: 'constructor as a language key',
      text: sectionLang('constructor'),
      fast: false,
      valid: false,
    },
    { name: 'a number as a language key', text: sectionLang('12'), fast: false, valid: false },
    { name: 'null as a language key', text: sectionLang('~'), fast: false, valid: false },
    { name: 'true as a language key', text: sectionLang('true'), fast: false, valid: false },
    {
      name: 'a repeated language',
      text: translated('    title: T-en', '    title: T-en\n  en:\n    title: U'),
      fast: false,
      valid: false,
    },
    {
      name: 'an unknown field in a translation',
      text: translated('        prompt: P-en', '        promt: P-en'),
      fast: false,
      valid: false,
    },
    {
      name: 'points in a translation',
      text: translated('        prompt: P-en', '        prompt: P-en\n        points: 3'),
      fast: false,
      valid: false,
    },
    {
      name: 'a missing translated title',
      text: translated('    title: T-en', '    description: D-en'),
      fast: false,
      valid: false,
    },
    {
      name: 'a missing translated answer',
      text: translated('        answer: |', '        hint: |'),
      fast: false,
      valid: false,
    },
    {
      name: 'a blank translated prompt',
      text: translated('        prompt: P-en', '        prompt: " "'),
      fast: false,
      valid: false,
    },
    {
      name: 'a number as a translated prompt',
      text: translated('        prompt: P-en', '        prompt: 5'),
      fast: false,
      valid: false,
    },
    {
      name: 'a control character in a translation',
      text: translated('        prompt: P-en', '        prompt: "P\\a"'),
      fast: false,
      valid: false,
    },
    {
      name: 'a quoted false keyword',
      text: keywords("            keywords: [w-en, 'false']"),
      fast: true,
      valid: true,
    },
    {
      name: 'a false keyword',
      text: keywords('            keywords: [w-en, false]'),
      fast: false,
      valid: false,
    },
    {
      name: 'empty translated keywords',
      text: keywords('            keywords: []'),
      fast: false,
      valid: false,
    },
    {
      name: 'empty translated key points',
      text: TRANSLATED.replace(
        '        key_points:\n          - point: K-en\n            keywords: [w-en]\n',
        '        key_points: []\n',
      ),
      fast: false,
      valid: false,
    },
    {
      name: 'more translated key points than the question has',
      text: keywords(
        '            keywords: [w-en]\n          - point: L-en\n            keywords: [v-en]',
      ),
      fast: false,
      valid: false,
    },
    {
      name: 'fewer translated key points than the question has',
      text: translated(
        '        keywords: [w]',
        '        keywords: [w]\n      - point: L\n        keywords: [v]',
      ),
      fast: false,
      valid: false,
    },
    {
      name: 'translations as a sequence',
      text: `${TRANSLATED.slice(0, TRANSLATED.indexOf('    translations:'))}    translations: [en]\n`,
      fast: false,
      valid: false,
    },
  ];

  it.each(translationCases)('translations: $name', ({ text, fast, valid }) => {
    expect(readBothWays(text)).toEqual({ fast, valid });
  });

  it('builds translations as null-prototype objects both ways', () => {
    const fast = fastParseSection(TRANSLATED, 'f.yaml');
    expect(Object.getPrototypeOf(fast?.translations)).toBeNull();
    expect(Object.getPrototypeOf(fast?.questions[0]?.translations)).toBeNull();
    expect(fast?.questions[0]?.translations?.en).toStrictEqual({
      prompt: 'P-en',
      answer: 'A-en\n',
      analysis: 'N-en',
      key_points: [{ point: 'K-en', keywords: ['w-en'] }],
    });
  });

  it('agrees on 2,000 small random edits of a translated file', () => {
    const pieces = [
      'EN',
      '__proto__',
      '~',
      "'",
      '"',
      ':',
      ': ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      '\n  ',
      '#',
      'é',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 48271) % 0x7fffffff;
      return seed % n;
    };
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      const at = random(TRANSLATED.length);
      const text = `${TRANSLATED.slice(0, at)}${pieces[random(pieces.length)]}${TRANSLATED.slice(at + random(3))}`;
      if (readBothWays(text).fast) fast++;
    }
    expect(fast).toBeGreaterThan(50);
    // Two thousand parses each way: seconds alone, far more on a loaded shared machine.
  }, 120_000);

  it('agrees on 2,000 small random edits of a valid file', () => {
    const pieces = [
      'yes',
      '~',
      '0x1',
      '-.5',
      '1e3',
      '"',
      "'",
      ':',
      ': ',
      '- ',
      '#',
      ' #',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '\n',
      '\n  ',
      '\t',
      '\r',
      '&a',
      '*a',
      '!',
      '?',
      '---',
      '...',
      'é',
      '\\',
    ];
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 48271) % 0x7fffffff;
      return seed % n;
    };
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      const at = random(VALID.length);
      const text = `${VALID.slice(0, at)}${pieces[random(pieces.length)]}${VALID.slice(at + random(3))}`;
      if (readBothWays(text).fast) fast++;
    }
    // Most edits break the file; enough must not, or the test tests little.
    expect(fast).toBeGreaterThan(50);
    // Two thousand parses each way: seconds alone, far more on a loaded shared machine.
  }, 120_000);
});

describe('readPlainYaml resolves plain scalars as yaml does', () => {
  const scalars = [
    'yes',
    'No',
    'on',
    '~',
    'null',
    'NULL',
    'nULL',
    'true',
    'True',
    'tRUE',
    'false',
    '0',
    '-0',
    '+1',
    '007',
    '0x1F',
    '0X1F',
    '-0x1F',
    '0o17',
    '0O17',
    '0b11',
    '1_000',
    '1e3',
    '1E+3',
    '-1e-3',
    '1.',
    '.5',
    '-.5',
    '+.5',
    '1.5e',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    'NaN',
    'inf',
    '1'.repeat(400),
    '2001-12-14',
    '12:30:00',
    '0.1.2',
    '"5"',
    "'5'",
  ];

  it.each(scalars)('%s', (scalar) => {
    const fast = loadPlainYaml(`v: ${scalar}\n`)?.value as { v: unknown } | undefined;
    const slow = parse(`v: ${scalar}\n`, { schema: 'core' }) as { v: unknown };
    expect(fast).toBeDefined();
    expect(Object.is(fast?.v, slow.v) || fast?.v === slow.v).toBe(true);
  });
});
