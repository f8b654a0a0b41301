import { describe, expect, it } from 'vitest';
import { parseFlatObject } from '../../src/store/flat-json.js';
import type { RecordKind } from '../../src/store/record.js';
import { encodeRecord } from '../../src/store/record-line.js';
import {
  FIELD_NAMES,
  fieldsOf,
  makeRecord,
  type Slots,
  slotsOf,
} from '../../src/store/validate-record.js';
import { seededRandom } from '../seeded-random.js';

// Pieces of JSON (good and bad) that a line's object is made of at random.
const KEYS = [
  '"kind"',
  '"text"',
  '"a"',
  '"v"',
  '"__proto__"',
  '"k\\u0065y"',
  '"键"',
  '"x\ty"',
  '""',
];
const VALUES = [
  '"attempt"',
  '"plain"',
  '"您好，世界"',
  '""',
  '"a\\"b"',
  '"line\\nbreak"',
  '"\\u00e9\\ud83d\\ude00"',
  '"bad \\q escape"',
  '"raw\ttab"',
  '"\u0085\u202e"',
  '0',
  '-0',
  '7',
  '-12',
  '1.5',
  '-0.25e-3',
  '1E+2',
  '123456789012345678901',
  '01',
  '1.',
  '.5',
  '-',
  '1e',
  'true',
  'false',
  'null',
  'tru',
  'nul',
  '[]',
  '[ ]',
  '["a","b"]',
  '[ "a" , "\\n" ]',
  '["a",]',
  '["a" "b"]',
  '[1]',
  '[["a"]]',
  '{}',
  '{"a":1}',
  'NaN',
  '"unterminated',
];
const SPACES = ['', '', '', ' ', '\t', '\r', '\n '];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Object.is on every value, lists compared item by item. */
function sameAsParse(actual: Slots, expected: Slots): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    if (Array.isArray(e)) expect([...(a as unknown[])]).toEqual(e);
    else expect(Object.is(a, e), `${FIELD_NAMES[i]}: ${String(a)} vs ${String(e)}`).toBe(true);
  }
}

describe('the quick parse of a flat object', () => {
  it('gives what JSON.parse gives, or nothing (then JSON.parse decides), over random objects', () => {
    const next = seededRandom(20261202);
    let read = 0;
    for (let n = 0; n < 20_000; n++) {
      const fields: string[] = [];
      const count = Math.floor(next() * 5);
      for (let i = 0; i < count; i++) {
        const s = () => pick(SPACES, next);
        fields.push(`${s()}${pick(KEYS, next)}${s()}:${s()}${pick(VALUES, next)}${s()}`);
      }
      const body = `{${fields.join(next() < 0.03 ? ',,' : ',')}`;
      const bytes = Buffer.from(`xx${body}}yy`, 'utf8');
      const quick = parseFlatObject(bytes, 2, bytes.length - 3, 'whole');
      let parsed: unknown;
      try {
        parsed = JSON.parse(`${body}}`);
      } catch {
        expect(quick, body).toBeUndefined();
        continue;
      }
      if (quick === undefined) continue;
      read++;
      sameAsParse(quick.slots, slotsOf(parsed as Record<string, unknown>));
    }
    // Most of what it is given, it reads itself.
    expect(read).toBeGreaterThan(2000);
    // Twenty thousand cases: seconds alone, far more on a loaded shared machine.
  }, 120_000);

  it('reads every line the log writes', () => {
    const line = encodeRecord({
      v: 1,
      kind: 'attempt',
      id: 'a1',
      session: 's1',
      bank: 'builtin',
      question: 'q1',
      section: 'sec',
      mode: 'typed',
      text: '第一行\n第二行 "引号" \\ 😀',
      elapsed_ms: 61000,
      time_limit: null,
      timed_out: false,
      auto_score: 7.5,
      self_score: null,
      points: 10,
      covered: ['先共情'],
      missed: [],
      at: '2026-12-01T00:00:00.000Z',
    });
    const body = line.slice(0, line.indexOf(',"crc":'));
    const bytes = Buffer.from(body, 'utf8');
    const quick = parseFlatObject(bytes, 0, bytes.length, 'whole');
    expect(quick).toBeDefined();
    sameAsParse(quick?.slots ?? [], slotsOf(JSON.parse(`${body}}`)));
  });

  it('shares a repeated list of strings (frozen) unless reading whole', () => {
    const bytes = Buffer.from('{"covered":["a","b"]', 'utf8');
    const one = parseFlatObject(bytes, 0, bytes.length, 'slim')?.slots[
      FIELD_NAMES.indexOf('covered')
    ];
    const two = parseFlatObject(bytes, 0, bytes.length, 'slim')?.slots[
      FIELD_NAMES.indexOf('covered')
    ];
    expect(one).toEqual(['a', 'b']);
    expect(two).toBe(one);
    expect(Object.isFrozen(one)).toBe(true);
    const whole = parseFlatObject(bytes, 0, bytes.length, 'whole')?.slots[
      FIELD_NAMES.indexOf('covered')
    ];
    expect(whole).not.toBe(one);
    expect(Object.isFrozen(whole)).toBe(false);
  });
});

describe('records made from checked fields', () => {
  it('have every field of their kind, and only those, in the order of fieldsOf', () => {
    const kinds: RecordKind[] = ['attempt', 'session-start', 'session-end', 'draft', 'rating'];
    for (const kind of kinds) {
      const fields = Object.fromEntries(
        [...fieldsOf(kind), 'extra'].reverse().map((f) => [f, `${f}!`]),
      );
      const record = makeRecord(kind, slotsOf(fields)) as unknown as Record<string, unknown>;
      expect(Object.keys(record)).toEqual(fieldsOf(kind));
      for (const f of fieldsOf(kind)) if (f !== 'kind') expect(record[f]).toBe(`${f}!`);
      expect(record.kind).toBe(kind);
    }
  });
});
