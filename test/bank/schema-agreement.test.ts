import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BANK_FILE, readBankFile } from '../../src/bank/bank-file.js';

import { starterSections } from '../../src/bank/init-template.js';
import { messagesFor } from '../../src/bank/messages.js';
import { readSectionFile as parseSectionFile } from '../../src/bank/read-section.js';
import {
  ITEM_LIMITS,
  isSafeText,
  itemLimit,
  TEXT_LIMITS,
  textLimit,
} from '../../src/bank/section-limits.js';
import {
  CHOICE_SCHEMA,
  type FieldRule,
  FOLLOW_UP_SCHEMA,
  FOLLOW_UP_SECONDS,
  FOLLOW_UP_TRANSLATION_SCHEMA,
  KEY_POINT_SCHEMA,
  KEYWORD_RULE,
  LANGUAGE_KEY,
  QUESTION_SCHEMA,
  QUESTION_TRANSLATION_SCHEMA,
  RED_FLAG_SCHEMA,
  type RecordSchema,
  SECTION_SCHEMA,
  SECTION_TRANSLATION_SCHEMA,
} from '../../src/bank/section-schema.js';

/**
 * The JSON Schema shipped for editors (questions/section.schema.json) and
 * our own validator (parseSectionFile) must agree: the schema accepts a
 * file's data iff the validator reports no issue. Checked on every bank
 * fixture, the shipped bank, the starter bank of `init`, and a table of
 * small cases; the few things a schema cannot say are listed apart, each
 * with the reason, and shown to still disagree (so the list stays true).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMA_PATH = join(ROOT, 'questions/section.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;

interface JsonSchema {
  type?: string;
  $ref?: string;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  propertyNames?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  definitions?: Record<string, JsonSchema>;
  else?: JsonSchema;
  then?: JsonSchema;
}

function compile(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // The editors' extension for a friendlier message; an annotation to everyone else.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv.compile(schema);
}
const validate = compile();

/** Whether the schema accepts the YAML text, and whether our validator does. */
function judge(text: string): { schema: boolean; ours: boolean; issues: string[] } {
  const { issues } = parseSectionFile(text, 'case.yaml', 'en');
  const data: unknown = parse(text, { logLevel: 'error' });
  return {
    schema: validate(data) === true,
    ours: issues.length === 0,
    issues: issues.map((i) => `${i.line}:${i.col}: ${i.message}`),
  };
}

/**
 * Section files only: a bank file (bank.yaml) has its own schema, checked below;
 * chat files (a bank's chat/ folder) theirs, in test/chat/chat-schema.test.ts.
 */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (e) =>
        e.isFile() &&
        /\.ya?ml$/i.test(e.name) &&
        !BANK_FILE.test(e.name) &&
        basename(e.parentPath) !== 'chat',
    )
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Fixtures that are not YAML data at all, so no schema sees them: the YAML
 * reader refuses them before any value exists. Our validator must refuse them too.
 */
const NOT_DATA: Record<string, string> = {
  'test/fixtures/banks/alias-bomb.yaml': 'an alias bomb: refused while the YAML is read',
  'test/fixtures/banks/broken/2-syntax.yml': 'a YAML syntax error',
  'test/fixtures/banks/valid/extra/ignored.yaml': 'a YAML syntax error',
};

describe('the schema and the validator agree on every file', () => {
  const files = [
    ...yamlFiles(join(ROOT, 'test/fixtures/banks')),
    ...yamlFiles(join(ROOT, 'questions')),
  ].map((f) => relative(ROOT, f));

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const reason = NOT_DATA[file];
    if (reason !== undefined) {
      expect(() => parse(text)).toThrow();
      expect(parseSectionFile(text, file, 'en').issues).not.toEqual([]);
      return;
    }
    const verdict = judge(text);
    expect(verdict.schema, verdict.issues.join('\n')).toBe(verdict.ours);
  });

  it('accepts the shipped bank and the starter bank of init, in both languages', async () => {
    const texts = [
      ...yamlFiles(join(ROOT, 'questions')).map((f) => readFileSync(f, 'utf8')),
      ...(await starterSections('zh')).map((f) => f.text),
      ...(await starterSections('en')).map((f) => f.text),
    ];
    for (const text of texts) expect(judge(text)).toEqual({ schema: true, ours: true, issues: [] });
  });
});

const BASE = {
  id: 's',
  order: 1,
  title: 'T',
  points: 5,
  time_limit: 60,
  questions: [
    {
      id: 'q-1',
      prompt: 'P',
      answer: 'A',
      analysis: 'B',
      key_points: [{ point: 'K', keywords: ['w', 'v'] }],
    },
  ],
};

/** A follow-up as JSON text. */
const FOLLOW_UP =
  '{"id": "f-0", "prompt": "P?", "time_limit": 45, "key_points": [{"point": "F", "keywords": ["f"]}]}';
/** The follow-up with more fields (JSON text starting with a comma). */
const fu = (extra: string) => `${FOLLOW_UP.slice(0, -1)}${extra}}`;

/**
 * The base section as YAML (JSON is YAML) with fields set or, for `null`,
 * removed: `title` on the section, `q.title` on its question, `kp.title`
 * on its key point. Values are raw YAML, so a case can use any YAML form.
 */
function sectionWith(edits: Record<string, string | null>): string {
  const top = { ...BASE } as Record<string, unknown>;
  const question = { ...BASE.questions[0] } as Record<string, unknown>;
  const keyPoint = { ...BASE.questions[0]?.key_points[0] } as Record<string, unknown>;
  const raw = new Map<string, string>();
  for (const [path, value] of Object.entries(edits)) {
    const [target, key] = path.startsWith('q.')
      ? [question, path.slice(2)]
      : path.startsWith('kp.')
        ? [keyPoint, path.slice(3)]
        : [top, path];
    if (value === null) {
      delete target[key];
      continue;
    }
    const marker = `__raw_${raw.size}__`;
    raw.set(marker, value);
    target[key] = marker;
  }
  if (!('q.key_points' in edits)) question.key_points = [keyPoint];
  if (!('questions' in edits)) top.questions = [question];
  let text = JSON.stringify(top, null, 2);
  for (const [marker, value] of raw) text = text.replace(`"${marker}"`, value);
  return text;
}

/** The fields of a choice item's own text limits (the others are a question's). */
const CHOICE_TEXTS = new Set(['options', 'explanation', 'source']);

const CHOICE = {
  id: 'c-1',
  type: 'single',
  prompt: 'P',
  options: ['A', 'B'],
  correct: 'B',
  explanation: 'E',
  source: 'S',
};

/** A section whose only question is a choice item with `fields` set (undefined: removed). */
function choiceSection(fields: Record<string, unknown>): string {
  const item: Record<string, unknown> = { ...CHOICE };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete item[key];
    else item[key] = value;
  }
  return JSON.stringify({ ...BASE, questions: [BASE.questions[0], item] }, null, 2);
}

const CHOICE_CASES: [string, string, boolean][] = [
  ['a single item', choiceSection({}), true],
  ['a multiple item', choiceSection({ type: 'multiple', correct: ['A', 'B'] }), true],
  [
    'a true_false item',
    choiceSection({ type: 'true_false', options: undefined, correct: false }),
    true,
  ],
  [
    'a choice item with its own points and limit',
    choiceSection({ points: 2, time_limit: 30 }),
    true,
  ],
  [
    'a translated choice item',
    choiceSection({
      translations: { en: { prompt: 'P', options: ['a', 'b'], explanation: 'E', source: 'S' } },
    }),
    true,
  ],
  ['an unknown type', choiceSection({ type: 'essay' }), false],
  [
    'a choice item with key points',
    choiceSection({ key_points: [{ point: 'K', keywords: ['w'] }] }),
    false,
  ],
  ['a choice item without source', choiceSection({ source: undefined }), false],
  ['a choice item without explanation', choiceSection({ explanation: undefined }), false],
  ['a single item without options', choiceSection({ options: undefined }), false],
  ['a single item with one option', choiceSection({ options: ['A'], correct: 'A' }), false],
  ['a single item with a list answer', choiceSection({ correct: ['B'] }), false],
  ['a single item with a lower-case letter', choiceSection({ correct: 'b' }), false],
  ['a multiple item with no answer', choiceSection({ type: 'multiple', correct: [] }), false],
  [
    'a multiple item with a letter twice',
    choiceSection({ type: 'multiple', correct: ['A', 'A'] }),
    false,
  ],
  [
    'a multiple item with a string answer',
    choiceSection({ type: 'multiple', correct: 'A' }),
    false,
  ],
  ['a true_false item with options', choiceSection({ type: 'true_false', correct: true }), false],
  [
    'a true_false item with a letter',
    choiceSection({ type: 'true_false', options: undefined, correct: 'A' }),
    false,
  ],
  ['two options the same', choiceSection({ options: ['A', 'A'] }), false],
  ['an empty option', choiceSection({ options: ['A', ''] }), false],
  ['an unsafe option', choiceSection({ options: ['A', '\u001b[2J'] }), false],
  ['27 options', choiceSection({ options: Array.from({ length: 27 }, (_, i) => `o${i}`) }), false],
  [
    'a translation without explanation',
    choiceSection({ translations: { en: { prompt: 'P' } } }),
    false,
  ],
];

/** Small cases: [name, YAML text, expected verdict of both]. */
const CASES: [string, string, boolean][] = [
  ['the base', sectionWith({}), true],
  ['an empty description', sectionWith({ description: '""' }), true],
  ['a description', sectionWith({ description: '"About"' }), true],
  ['a fractional points', sectionWith({ points: '7.5' }), true],
  ['an integer written as 2.0', sectionWith({ order: '2.0' }), true],
  ['question overrides', sectionWith({ 'q.points': '10', 'q.time_limit': '90' }), true],
  ['a tab and a newline in a text', sectionWith({ title: '"a\\tb\\nc"' }), true],
  ['emoji and CJK', sectionWith({ title: '"客服 😀"' }), true],
  [
    'section translations',
    sectionWith({
      translations: '{"en": {"title": "T"}, "pt-BR": {"title": "T", "description": ""}}',
    }),
    true,
  ],
  ['empty translations', sectionWith({ translations: '{}' }), true],
  [
    'question translations',
    sectionWith({
      'q.translations': '{"zh-Hant": {"prompt": "P", "answer": "A", "analysis": "B"}}',
    }),
    true,
  ],
  [
    'translated key points',
    sectionWith({
      'q.translations':
        '{"yue": {"prompt": "P", "answer": "A", "analysis": "B", "key_points": [{"point": "K", "keywords": ["x"]}]}}',
    }),
    true,
  ],

  ['a core question', sectionWith({ 'q.core': 'true' }), true],
  ['core not a boolean', sectionWith({ 'q.core': '"yes"' }), false],
  ['a follow-up', sectionWith({ 'q.follow_ups': `[${FOLLOW_UP}]` }), true],
  [
    'a follow-up on a key point, translated',
    sectionWith({
      'q.follow_ups': `[${fu(', "after": "K", "translations": {"en": {"prompt": "P?", "key_points": [{"point": "L", "keywords": ["x"]}]}}')}]`,
    }),
    true,
  ],
  ['no follow-ups', sectionWith({ 'q.follow_ups': '[]' }), false],
  [
    'a follow-up without a time limit',
    sectionWith({ 'q.follow_ups': `[${FOLLOW_UP.replace(', "time_limit": 45', '')}]` }),
    false,
  ],
  [
    'a follow-up timed 20 s',
    sectionWith({ 'q.follow_ups': `[${FOLLOW_UP.replace('45', '20')}]` }),
    false,
  ],
  [
    'a follow-up timed 61 s',
    sectionWith({ 'q.follow_ups': `[${FOLLOW_UP.replace('45', '61')}]` }),
    false,
  ],
  [
    'a follow-up with an unknown field',
    sectionWith({ 'q.follow_ups': `[${fu(', "points": 2')}]` }),
    false,
  ],
  ['no document', '', false],
  ['only a comment', '# nothing\n', false],
  ['a list at the top', '- a\n', false],
  ['a scalar at the top', 'hello\n', false],
  ...SECTION_SCHEMA.required.map((f): [string, string, boolean] => [
    `no ${f}`,
    sectionWith({ [f]: null }),
    false,
  ]),
  ...QUESTION_SCHEMA.required.map((f): [string, string, boolean] => [
    `no question ${f}`,
    sectionWith({ [`q.${f}`]: null }),
    false,
  ]),
  ...KEY_POINT_SCHEMA.required.map((f): [string, string, boolean] => [
    `no key point ${f}`,
    sectionWith({ [`kp.${f}`]: null }),
    false,
  ]),
  ['an unknown field', sectionWith({ time_limt: '60' }), false],
  ['an unknown question field', sectionWith({ 'q.hint': '"h"' }), false],
  ['an unknown key point field', sectionWith({ 'kp.weight': '2' }), false],
  ['a __proto__ field', sectionWith({}).replace('{', '{\n  "__proto__": {"x": 1},'), false],
  ['a constructor field', sectionWith({ constructor: '"x"' }), false],
  ['an empty id', sectionWith({ id: '""' }), false],
  ['a blank title', sectionWith({ title: '"   "' }), false],
  ['an ideographic-space title', sectionWith({ title: '"\\u3000"' }), false],
  ['a number id', sectionWith({ id: '12' }), false],
  ['a null title', sectionWith({ title: 'null' }), false],
  ['a number description', sectionWith({ description: '5' }), false],
  ['a null description', sectionWith({ description: 'null' }), false],
  ['order 0', sectionWith({ order: '0' }), false],
  ['order -1', sectionWith({ order: '-1' }), false],
  ['order 1.5', sectionWith({ order: '1.5' }), false],
  ['order "1"', sectionWith({ order: '"1"' }), false],
  ['order true', sectionWith({ order: 'true' }), false],
  ['order past the safe integers', sectionWith({ order: '9007199254740993' }), false],
  ['points 0', sectionWith({ points: '0' }), false],
  ['points -2', sectionWith({ points: '-2' }), false],
  ['points .inf', sectionWith({ points: '.inf' }), false],
  ['points .nan', sectionWith({ points: '.nan' }), false],
  ['points "five"', sectionWith({ points: '"five"' }), false],
  ['time_limit 1.5', sectionWith({ time_limit: '1.5' }), false],
  ['question time_limit 0', sectionWith({ 'q.time_limit': '0' }), false],
  ['question points null', sectionWith({ 'q.points': 'null' }), false],
  ['no questions', sectionWith({ questions: '[]' }), false],
  ['questions a mapping', sectionWith({ questions: '{}' }), false],
  ['a question that is a string', sectionWith({ questions: '["q"]' }), false],
  ['no key points', sectionWith({ 'q.key_points': '[]' }), false],
  ['no keywords', sectionWith({ 'kp.keywords': '[]' }), false],
  ['an empty keyword', sectionWith({ 'kp.keywords': '[""]' }), false],
  ['a number keyword', sectionWith({ 'kp.keywords': '[1]' }), false],
  ['keywords a string', sectionWith({ 'kp.keywords': '"w"' }), false],
  ['an escape sequence', sectionWith({ title: '"\\u001b[31mred"' }), false],
  ['a carriage return', sectionWith({ 'q.answer': '"a\\rb"' }), false],
  ['a C1 control', sectionWith({ title: '"\\u009b2J"' }), false],
  ['a bidi override', sectionWith({ 'kp.point': '"\\u202eK"' }), false],
  ['a line separator', sectionWith({ 'q.prompt': '"a\\u2028b"' }), false],
  ['a !!binary value', sectionWith({ title: '!!binary aGVsbG8=' }), false],
  ['a lone surrogate', sectionWith({ 'q.analysis': '"\\ud800"' }), false],
  ['an unsafe keyword', sectionWith({ 'kp.keywords': '["\\u0007"]' }), false],
  ...Object.entries(TEXT_LIMITS).flatMap(([name, limit]): [string, string, boolean][] => {
    if (CHOICE_TEXTS.has(name)) {
      const text = (n: number) => `${'好'.repeat(n - 1)}😀`;
      const at = (n: number) =>
        name === 'options' ? { options: [text(n), 'B'] } : { [name]: text(n) };
      return [
        [`a ${name} of ${limit} characters`, choiceSection(at(limit)), true],
        [`a ${name} of ${limit + 1} characters`, choiceSection(at(limit + 1)), false],
      ];
    }
    const path =
      name === 'keywords'
        ? 'kp.keywords'
        : name === 'point'
          ? 'kp.point'
          : name === 'after'
            ? 'q.follow_ups'
            : name === 'id' || name === 'title' || name === 'description'
              ? name
              : `q.${name}`;
    const text = (n: number) => JSON.stringify(`${'好'.repeat(n - 1)}😀`);
    const value = (n: number) =>
      name === 'keywords'
        ? `[${text(n)}]`
        : name === 'after'
          ? `[${fu(`, "after": ${text(n)}`)}]`
          : text(n);
    // A follow-up's `after` names a key point: the point is as long.
    const edits = (n: number) => ({
      [path]: value(n),
      ...(name === 'after' ? { 'kp.point': text(n) } : {}),
    });
    return [
      [`a ${name} of ${limit} characters`, sectionWith(edits(limit)), true],
      [`a ${name} of ${limit + 1} characters`, sectionWith(edits(limit + 1)), false],
    ];
  }),
  ...Object.entries(ITEM_LIMITS).flatMap(([name, limit]): [string, string, boolean][] => {
    const path =
      name === 'keywords' ? 'kp.keywords' : name === 'follow_ups' ? 'q.follow_ups' : 'q.key_points';
    const item =
      name === 'keywords'
        ? '"w"'
        : name === 'follow_ups'
          ? FOLLOW_UP
          : '{"point": "K", "keywords": ["w"]}';
    const list = (n: number) =>
      `[${Array.from({ length: n }, (_, i) => item.replace('"f-0"', `"f-${i}"`)).join(', ')}]`;
    return [
      [`${limit} ${name}`, sectionWith({ [path]: list(limit) }), true],
      [`${limit + 1} ${name}`, sectionWith({ [path]: list(limit + 1) }), false],
    ];
  }),
  ['translations a list', sectionWith({ translations: '[]' }), false],
  ['translations null', sectionWith({ translations: 'null' }), false],
  ['a language in capitals', sectionWith({ translations: '{"EN": {"title": "T"}}' }), false],
  ['a language named in full', sectionWith({ translations: '{"english": {"title": "T"}}' }), false],
  ['a __proto__ language', sectionWith({ translations: '{"__proto__": {"title": "T"}}' }), false],
  [
    'a translation without title',
    sectionWith({ translations: '{"en": {"description": "D"}}' }),
    false,
  ],
  [
    'a translation with an unknown field',
    sectionWith({ translations: '{"en": {"title": "T", "titel": "T"}}' }),
    false,
  ],
  ['a translation that is a string', sectionWith({ 'q.translations': '{"en": "Hello"}' }), false],
  [
    'a question translation without answer',
    sectionWith({ 'q.translations': '{"en": {"prompt": "P", "analysis": "B"}}' }),
    false,
  ],
  [
    'an empty translated prompt',
    sectionWith({ 'q.translations': '{"en": {"prompt": "", "answer": "A", "analysis": "B"}}' }),
    false,
  ],
  [
    'translated key points empty',
    sectionWith({
      'q.translations': '{"en": {"prompt": "P", "answer": "A", "analysis": "B", "key_points": []}}',
    }),
    false,
  ],
  ...CHOICE_CASES,
];

describe('the schema and the validator agree on small cases', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const verdict = judge(text);
    expect({ schema: verdict.schema, ours: verdict.ours }, verdict.issues.join('\n')).toEqual({
      schema: expected,
      ours: expected,
    });
  });
});

/**
 * What JSON Schema cannot say, by design. Each is shown to still hold: our
 * validator refuses the file while the schema accepts its data, or there
 * is no data for a schema to see.
 */
const BEYOND_SCHEMA: [string, string, string][] = [
  [
    'a question id repeated in the file',
    'draft-07 has no "unique by property" (uniqueItems compares whole items)',
    sectionWith({ questions: `${JSON.stringify([BASE.questions[0], BASE.questions[0]])}` }),
  ],
  [
    'translated key points not as many as the question has',
    'a schema cannot compare the lengths of two arrays',
    sectionWith({
      'q.translations':
        '{"en": {"prompt": "P", "answer": "A", "analysis": "B", "key_points": [{"point": "K", "keywords": ["x"]}, {"point": "L", "keywords": ["y"]}]}}',
    }),
  ],
  [
    'a single item whose correct names no option',
    'a schema cannot compare a letter with the length of the options',
    choiceSection({ correct: 'C' }),
  ],
  [
    'translated options not as many as the item has',
    'a schema cannot compare the lengths of two arrays',
    choiceSection({ translations: { en: { prompt: 'P', options: ['a'], explanation: 'E' } } }),
  ],
  [
    "a follow-up's after that names no key point of its question",
    'a schema cannot compare a value with the values of another field',
    sectionWith({ 'q.follow_ups': `[${fu(', "after": "Nope"')}]` }),
  ],
  [
    "a follow-up's translated key points not as many as it has",
    'a schema cannot compare the lengths of two arrays',
    sectionWith({
      'q.follow_ups': `[${fu(', "translations": {"en": {"prompt": "P", "key_points": [{"point": "A", "keywords": ["a"]}, {"point": "B", "keywords": ["b"]}]}}')}]`,
    }),
  ],
  [
    'a custom tag',
    'YAML level: an unknown tag is dropped once the text is data, leaving a plain string',
    sectionWith({ title: '!shout hello' }),
  ],
];

/** Refused as YAML before there is any data; listed to show the validator refuses them too. */
const NOT_DATA_CASES: [string, string][] = [
  ['a syntax error', 'id: [s\n'],
  ['a repeated key', 'id: a\nid: b\n'],
  ['two documents', `${sectionWith({})}\n---\n${sectionWith({})}\n`],
  ['a tab in the indentation', 'questions:\n\t- id: q\n'],
];

describe('what the schema cannot express', () => {
  it.each(BEYOND_SCHEMA)('%s (%s)', (_name, _why, text) => {
    const verdict = judge(text);
    expect({ schema: verdict.schema, ours: verdict.ours }).toEqual({ schema: true, ours: false });
  });

  it.each(NOT_DATA_CASES)('%s: no data, refused by the validator', (_name, text) => {
    expect(() => parse(text)).toThrow();
    expect(parseSectionFile(text, 'case.yaml', 'en').issues).not.toEqual([]);
  });
  // Between files, not in one: repeated section ids, orders and question
  // ids across a bank are checked by loadBank (see load-bank.test.ts).
});

describe('the schema mirrors section-schema.ts', () => {
  const defs = schema.definitions ?? {};
  const def = (ref: string | undefined): JsonSchema => {
    const name = ref?.replace('#/definitions/', '') ?? '';
    const found = defs[name];
    if (found === undefined) throw new Error(`no definition ${String(ref)}`);
    return found;
  };

  /** A text field: its definition, under `allOf` next to the limit of its field. */
  function expectText(field: JsonSchema, ref: string | undefined, name: string, where: string) {
    expect(
      { type: field.type, maxLength: field.maxLength, ref: field.allOf?.[0]?.$ref },
      where,
    ).toEqual({ type: 'string', maxLength: textLimit(name), ref });
  }

  /** What a field of a given rule must look like in the schema. */
  function expectRule(field: JsonSchema, rule: FieldRule, where: string, name: string): void {
    // Said by the kind's own check, and by the schema's if/then branches (see BEYOND_SCHEMA).
    if (rule === 'byKind') return;
    if (typeof rule === 'object') {
      expect(field.type, where).toBe('object');
      expect(field.propertyNames?.$ref, where).toBe('#/definitions/languageTag');
      const inner = field.additionalProperties as JsonSchema;
      expectRecord(def(inner.$ref), rule.translations, where);
      return;
    }
    const refs: Record<string, string> = {
      nonEmptyString: '#/definitions/nonEmptyText',
      string: '#/definitions/text',
      positiveNumber: '#/definitions/positiveNumber',
      positiveInteger: '#/definitions/positiveInteger',
    };
    if (rule === 'boolean') {
      expect(field.type, where).toBe('boolean');
      return;
    }
    if (rule === 'nonEmptySequence') {
      expect(
        { type: field.type, minItems: field.minItems, maxItems: field.maxItems },
        where,
      ).toEqual({ type: 'array', minItems: 1, maxItems: itemLimit(name) });
    } else if (rule === 'nonEmptyString' || rule === 'string') {
      expectText(field, refs[rule], name, where);
    } else {
      expect(field.$ref, where).toBe(refs[rule]);
    }
  }

  function expectRecord(node: JsonSchema, record: RecordSchema, where: string): void {
    expect(node.type, where).toBe('object');
    expect(node.additionalProperties, where).toBe(false);
    expect(Object.keys(node.properties ?? {}), where).toEqual(record.known);
    expect(node.required, where).toEqual(record.required);
    for (const name of record.known) {
      const rule = record.rules[name];
      const field = node.properties?.[name];
      if (rule === undefined || field === undefined) throw new Error(`${where}.${name}`);
      expectRule(field, rule, `${where}.${name}`, name);
    }
  }

  it('has the same fields, required fields and rules at every level', () => {
    expectRecord(schema, SECTION_SCHEMA, 'section');
    const items = schema.properties?.questions?.items;
    const question = def(items?.else?.$ref);
    expectRecord(question, QUESTION_SCHEMA, 'question');
    // A choice item: its table; what type, options and correct hold is checkChoiceItem's.
    expectRecord(def(items?.then?.$ref), CHOICE_SCHEMA, 'choice');
    const keyPoint = def(question.properties?.key_points?.items?.$ref);
    expectRecord(keyPoint, KEY_POINT_SCHEMA, 'key point');
    const keyword = keyPoint.properties?.keywords?.items ?? {};
    expectText(keyword, '#/definitions/nonEmptyText', 'keywords', 'keyword');
    expect(KEYWORD_RULE).toBe('nonEmptyString');
    expectRecord(
      def('#/definitions/sectionTranslation'),
      SECTION_TRANSLATION_SCHEMA,
      'section translation',
    );
    const translated = def('#/definitions/questionTranslation');
    expectRecord(translated, QUESTION_TRANSLATION_SCHEMA, 'question translation');
    expect(translated.properties?.key_points?.items?.$ref).toBe('#/definitions/keyPoint');
    const redFlag = def(question.properties?.red_flags?.items?.$ref);
    expect(schema.properties?.red_flags?.items?.$ref).toBe(
      question.properties?.red_flags?.items?.$ref,
    );
    expectRecord(redFlag, RED_FLAG_SCHEMA, 'red flag');
    expect(redFlag.properties?.signs?.items?.$ref).toBe('#/definitions/nonEmptyText');
    expect(keyPoint.properties?.avoid?.items?.$ref).toBe('#/definitions/nonEmptyText');
    const followUp = def(question.properties?.follow_ups?.items?.$ref);
    expectRecord(followUp, FOLLOW_UP_SCHEMA, 'follow-up');
    expect(followUp.properties?.key_points?.items?.$ref).toBe('#/definitions/keyPoint');
    expect(followUp.properties?.red_flags?.items?.$ref).toBe('#/definitions/redFlag');
    expect(followUp.properties?.time_limit).toMatchObject({
      minimum: FOLLOW_UP_SECONDS.min,
      maximum: FOLLOW_UP_SECONDS.max,
    });
    expectRecord(
      def('#/definitions/followUpTranslation'),
      FOLLOW_UP_TRANSLATION_SCHEMA,
      'follow-up translation',
    );
  });

  it('has the same language tags', () => {
    expect(def('#/definitions/languageTag').pattern).toBe(LANGUAGE_KEY.source);
  });

  it('refuses exactly the characters isSafeText refuses', () => {
    const text = compileDefinition('text');
    const samples: string[] = [];
    for (let code = 0; code <= 0xffff; code++) samples.push(String.fromCharCode(code));
    samples.push('😀', '𠀀', '\ud83d', '\ude00', 'a\ud800b');
    const disagree = samples.filter((s) => text(s) !== isSafeText(s));
    expect(disagree.map((s) => s.charCodeAt(0).toString(16))).toEqual([]);
  });
});

/** A validator for one definition of the schema alone. */
function compileDefinition(name: string): ValidateFunction {
  const ajv = new Ajv({ strict: true });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addSchema(schema, 'section');
  const validator = ajv.getSchema(`section#/definitions/${name}`);
  if (validator === undefined) throw new Error(`no definition ${name}`);
  return validator;
}

describe('the bank file schema (questions/bank.schema.json)', () => {
  const bankSchema = JSON.parse(readFileSync(join(ROOT, 'questions/bank.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  const validateBankFile = ajv.compile(bankSchema);
  const judgeBankFile = async (text: string) => ({
    schema: validateBankFile(parse(text)) === true,
    ours: (await readBankFile(text, 'bank.yaml', messagesFor('en'))).issues.length === 0,
  });

  it('accepts the shipped bank file, and so does our reader', async () => {
    const text = readFileSync(join(ROOT, 'questions/bank.yaml'), 'utf8');
    expect(await judgeBankFile(text)).toEqual({ schema: true, ours: true });
  });

  it.each([
    ['an unknown field', 'concept: {}\n'],
    ['a concept that is not a list', 'concepts:\n  道歉: sorry\n'],
    ['an empty concept', 'concepts:\n  道歉: []\n'],
    ['a concept name with a space', "concepts:\n  'a b': [x]\n"],
    ['a red flag without signs', 'red_flags:\n  - id: a\n    wrong: b\n'],
    [
      'a red flag with an unknown field',
      'red_flags:\n  - id: a\n    wrong: b\n    signs: [c]\n    cap: 1\n',
    ],
    [
      'a translation without wrong',
      'red_flags:\n  - id: a\n    wrong: b\n    signs: [c]\n    translations: {en: {}}\n',
    ],
  ])('refuses %s, as our reader does', async (_name, text) => {
    expect(await judgeBankFile(text)).toEqual({ schema: false, ours: false });
  });
});
