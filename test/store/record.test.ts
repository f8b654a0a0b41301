import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../src/store/crc32.js';
import { type HistoryRecord, newRecordId } from '../../src/store/record.js';
import { type DecodeResult, decodeLine, encodeRecord } from '../../src/store/record-line.js';
import { draft, frame, sampleAttempt, sessionEnd, sessionStart } from './sample-records.js';

const json = (value: unknown): string => JSON.stringify(value);
const line = encodeRecord(sampleAttempt());
const { missed: _missed, ...withoutMissed } = sampleAttempt();

describe('encodeRecord', () => {
  it('writes one line: the JSON, v first, with the CRC of the rest as the last field', () => {
    expect(line).not.toContain('\n');
    expect(line.startsWith('{"v":1,"kind":"attempt","id":"0123456789abcdef",')).toBe(true);
    const crc = /,"crc":"([0-9a-f]{8})"\}$/.exec(line)?.[1];
    expect(crc).toBe(crc32Hex(json(sampleAttempt())));
    expect(JSON.parse(line)).toEqual({ ...sampleAttempt(), crc });
  });

  it('puts v first whatever the key order of the object', () => {
    const { v, ...rest } = sampleAttempt();
    expect(encodeRecord({ ...rest, v } as HistoryRecord)).toBe(line);
  });

  it.each([
    ['attempt', sampleAttempt()],
    ['session-start', sessionStart],
    [
      'session-start with the run’s options',
      { ...sessionStart, time: 45, timer: true, oral: true },
    ],
    ['session-start untimed', { ...sessionStart, timer: false, oral: false }],
    ['session-start without follow-ups', { ...sessionStart, timer: true, follow_ups: false }],
    ['session-end', sessionEnd],
    ['draft', draft],
    [
      'attempt with self score, no timer, oral',
      sampleAttempt({ self_score: 4, time_limit: null, mode: 'oral', timed_out: true }),
    ],
    ['attempt with empty text and lone surrogate', sampleAttempt({ text: '\ud800' })],
    [
      'attempt with a record start inside its text',
      sampleAttempt({ text: '{"v":1,"kind":"attempt"}' }),
    ],
  ])('round-trips a %s', (_name, record) => {
    expect(decodeLine(encodeRecord(record))).toEqual({ record });
  });
});

describe('decodeLine', () => {
  const changed = line.replace('您好', '你好');
  const cases: [string, string, DecodeResult][] = [
    ['an empty line', '', { error: { code: 'incomplete' } }],
    ['garbage', 'garbage', { error: { code: 'incomplete' } }],
    ['a truncated line', line.slice(0, 80), { error: { code: 'incomplete' } }],
    ['a line cut just before its end', line.slice(0, -1), { error: { code: 'incomplete' } }],
    ['a changed character', changed, { error: { code: 'checksum' } }],
    [
      'a changed CRC',
      line.replace(/"crc":"[0-9a-f]{8}"/, '"crc":"00000000"'),
      { error: { code: 'checksum' } },
    ],
    ['framed invalid JSON', frame('{"v":1,]}'), { error: { code: 'json' } }],
    [
      'a version that is a string',
      frame('{"v":"1","kind":"attempt"}'),
      { error: { code: 'field', field: 'v', expected: 'version' } },
    ],
    [
      'version 0',
      frame('{"v":0,"kind":"attempt"}'),
      { error: { code: 'field', field: 'v', expected: 'version' } },
    ],
    ['no kind', frame('{"v":1}'), { error: { code: 'field', field: 'kind', expected: 'kind' } }],
    [
      'a missing field',
      frame(json(withoutMissed)),
      { error: { code: 'field', field: 'missed', expected: 'strings' } },
    ],
    [
      'an unknown mode',
      frame(json({ ...sampleAttempt(), mode: 'spoken' })),
      { error: { code: 'field', field: 'mode', expected: 'mode' } },
    ],
    [
      'a negative time',
      frame(json({ ...sampleAttempt(), elapsed_ms: -1 })),
      { error: { code: 'field', field: 'elapsed_ms', expected: 'count' } },
    ],
    [
      'a zero time limit',
      frame(json({ ...sampleAttempt(), time_limit: 0 })),
      { error: { code: 'field', field: 'time_limit', expected: 'seconds' } },
    ],
    [
      'a bad timestamp',
      frame(json({ ...sampleAttempt(), at: 'yesterday' })),
      { error: { code: 'field', field: 'at', expected: 'timestamp' } },
    ],
    [
      'a timestamp whose date is not four digits, two and two',
      frame(json({ ...sampleAttempt(), at: '2025-1-01T08:00:00Z' })),
      { error: { code: 'field', field: 'at', expected: 'timestamp' } },
    ],
    [
      'a timestamp in other digits',
      frame(json({ ...sampleAttempt(), at: '２０２５-01-01T08:00:00Z' })),
      { error: { code: 'field', field: 'at', expected: 'timestamp' } },
    ],
    [
      'a date without its time',
      frame(json({ ...sampleAttempt(), at: '2025-01-01' })),
      { error: { code: 'field', field: 'at', expected: 'timestamp' } },
    ],
    [
      'a non-string key point',
      frame(json({ ...sampleAttempt(), covered: [1] })),
      { error: { code: 'field', field: 'covered', expected: 'strings' } },
    ],
    [
      'an empty session id',
      frame(json({ ...sessionStart, session: '' })),
      { error: { code: 'field', field: 'session', expected: 'id' } },
    ],
    [
      'a --time of 0',
      frame(json({ ...sessionStart, time: 0 })),
      { error: { code: 'field', field: 'time', expected: 'optionalSeconds' } },
    ],
    [
      'an oral flag that is not a boolean',
      frame(json({ ...sessionStart, oral: 'yes' })),
      { error: { code: 'field', field: 'oral', expected: 'optionalBoolean' } },
    ],
    [
      'an unknown command',
      frame(json({ ...sessionStart, command: 'grade' })),
      { error: { code: 'field', field: 'command', expected: 'command' } },
    ],
    [
      'a newer version',
      frame('{"v":2,"kind":"attempt","score":{"x":1}}'),
      { skipped: { v: 2, kind: 'attempt' } },
    ],
    [
      'an unknown kind',
      frame('{"v":1,"kind":"bookmark","q":"x"}'),
      { skipped: { v: 1, kind: 'bookmark' } },
    ],
    [
      'extra fields (dropped)',
      frame(json({ ...sampleAttempt(), extra: true })),
      { record: sampleAttempt() },
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(decodeLine(input)).toEqual(expected);
  });
});

describe('newRecordId', () => {
  it('returns 16 hex digits, different each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRecordId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });
});
