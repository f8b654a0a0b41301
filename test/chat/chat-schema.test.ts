import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHAT_TABLES, type ChatRecordKind, requiredFields } from '../../src/chat/chat-tables.js';
import { checkChatFile } from '../../src/chat/check-scenarios.js';

/**
 * The JSON Schema shipped for editors (questions/chat.schema.json) and the
 * chat checker's tables agree on the structure: the same fields, the same required
 * ones, and the same verdict on sound and broken files. What a schema cannot
 * say (a `to` naming a missing state, an unreachable state, an unknown act,
 * a reference that does not resolve) is the checker's alone: the broken
 * fixture shows the schema accepting it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'questions/chat.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const validate = ajv.compile(schema);

const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;
const defs = schema.definitions as Record<string, { properties: object; required?: string[] }>;
const records: [ChatRecordKind, { properties: object; required?: string[] }][] = [
  ['file', schema],
  ['scenario', defs.scenario as never],
  ['order', (defs.scenario as { properties: { order: never } }).properties.order],
  ['state', defs.state as never],
  ['transition', defs.transition as never],
  ['translation', defs.translation as never],
];

describe('questions/chat.schema.json', () => {
  it.each(records)(
    'has the fields of the checker’s %s table, and requires the same',
    (kind, node) => {
      expect(Object.keys(node.properties).sort()).toEqual(
        [...CHAT_TABLES[kind].schema.known].sort(),
      );
      expect([...(node.required ?? [])].sort()).toEqual(requiredFields(kind).sort());
    },
  );

  it('accepts the shipped chat file and the sound fixture, as the checker does', () => {
    for (const path of [
      'questions/chat/chat.yaml',
      'test/fixtures/banks/chat-slow/chat/slow.yaml',
    ]) {
      const value = read(path);
      expect(validate(value), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(checkChatFile(value, path, 'en').issues).toEqual([]);
    }
  });

  it('accepts the broken fixture, whose problems only the checker can see', () => {
    const value = read('test/fixtures/banks/chat-broken/chat/broken.yaml');
    expect(validate(value)).toBe(true);
    expect(checkChatFile(value, 'broken.yaml', 'en').issues.length).toBeGreaterThan(0);
  });

  const base = () =>
    read('test/fixtures/banks/chat-slow/chat/slow.yaml') as {
      questions: Record<string, unknown>[];
    };
  type Fixture = ReturnType<typeof base>;
  const scenarioOf = (f: Fixture): Record<string, unknown> => f.questions[0] ?? {};
  const stateOf = (f: Fixture, name: string): Record<string, unknown> => {
    const state = (scenarioOf(f).states as Record<string, Record<string, unknown>>)[name];
    if (!state) throw new Error(`no state ${name}`);
    return state;
  };
  const broken: [string, (f: Fixture) => void][] = [
    [
      'an emotion past 5',
      (f) => {
        stateOf(f, 'upset').emotion = 9;
      },
    ],
    [
      'an unknown field',
      (f) => {
        scenarioOf(f).tittle = 'x';
      },
    ],
    [
      'a missing says',
      (f) => {
        delete stateOf(f, 'calm').says;
      },
    ],
    [
      'an unknown end',
      (f) => {
        stateOf(f, 'done').end = 'won';
      },
    ],
    [
      'a type other than chat',
      (f) => {
        scenarioOf(f).type = 'quiz';
      },
    ],
    [
      'an empty reference',
      (f) => {
        scenarioOf(f).reference = [];
      },
    ],
    [
      'a transition without to',
      (f) => void delete (stateOf(f, 'upset').on as { to?: string }[])[0]?.to,
    ],
  ];
  it.each(broken)('rejects %s, as the checker does', (_, breakIt) => {
    const value = base();
    breakIt(value);
    expect(validate(value)).toBe(false);
    expect(checkChatFile(value, 'x.yaml', 'en').issues.length).toBeGreaterThan(0);
  });
});
