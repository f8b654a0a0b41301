import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../src/store/record.js';
import { type DecodeResult, decodeLineBytes, encodeRecord } from '../../src/store/record-line.js';
import { fieldsOf } from '../../src/store/validate-record.js';
import { seededRandom as random } from '../seeded-random.js';
import { draft, sampleAttempt } from './sample-records.js';

// What a text can hold: escapes JSON writes, quotes, backslashes, CJK (and
// punctuation sharing a lead byte with bidi marks), surrogate pairs, lone
// surrogates, C1 controls, bidi marks, spaces of several kinds.
const PIECES = [
  '您好',
  '，',
  '“引号”',
  '——',
  '"',
  '\\',
  '\\"',
  '\n',
  '\t',
  '\r',
  '\u0000',
  '\u001b',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200f',
  '😀',
  '\ud83d',
  '\ude00',
  ' ',
  '\u3000',
  '\u00a0',
  'a',
  '{"v":1}',
  '"text":"',
  '"kind":"attempt"',
  '\u2028',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 12);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function decode(line: string, read: 'whole' | 'slim' | 'textJson'): DecodeResult {
  // Inside a larger buffer, as the store reads it: nothing outside the line may count.
  const bytes = Buffer.from(`{"v":1,"text":"x"}\n${line}\n{"v":1,"text":"y"}`, 'utf8');
  const start = bytes.indexOf(0x0a) + 1;
  return decodeLineBytes(bytes, start, bytes.lastIndexOf(0x0a), read);
}

function recordOf(result: DecodeResult): HistoryRecord {
  if (!('record' in result)) throw new Error(`no record: ${JSON.stringify(result)}`);
  return result.record;
}

describe('reading an attempt without its text (slim) or with its JSON (textJson)', () => {
  it('gives what a whole read gives, over random texts and field orders', () => {
    const next = random(20261201);
    for (let n = 0; n < 2000; n++) {
      const attempt = sampleAttempt({
        id: `a${n}`,
        text: randomText(next),
        covered: [randomText(next)],
        question: next() < 0.1 ? randomText(next) || 'q' : 'greeting-1',
      });
      const entries = Object.entries(attempt);
      const record = Object.fromEntries(
        next() < 0.5 ? entries : shuffled(entries, next),
      ) as unknown as HistoryRecord;
      const line = encodeRecord(record);
      const whole = recordOf(decode(line, 'whole'));
      expect(whole).toEqual(attempt);
      // A whole read has the fields in the order `history --json` writes them.
      expect(Object.keys(whole)).toEqual(fieldsOf('attempt'));

      const slim = recordOf(decode(line, 'slim'));
      const { text, ...rest } = whole as typeof attempt;
      expect(slim).toMatchObject(rest);
      expect(Object.keys(slim).sort()).toEqual(Object.keys(whole).sort());
      // What stats keeps of a text: whether it is empty, by its first character.
      const first = (s: string) => s.trimStart().slice(0, 1);
      expect(first((slim as typeof attempt).text)).toBe(first(text));

      const withJson = decode(line, 'textJson');
      const read = recordOf(withJson) as typeof attempt;
      expect(read).toMatchObject(rest);
      if ('textJson' in withJson) {
        expect(withJson.textJson.toString('utf8')).toBe(JSON.stringify(text));
        expect(text).not.toMatch(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      } else {
        // Without its JSON the text is read whole, for the output to escape it.
        expect(read.text).toBe(text);
      }
    }
  });

  it('reads other kinds whole, and a damaged line as the whole read does', () => {
    const line = encodeRecord({ ...draft, text: '草稿 "引号" \\ 😀' });
    for (const read of ['slim', 'textJson'] as const) {
      expect(decode(line, read)).toEqual(decode(line, 'whole'));
      const damaged = line.replace('草稿', '草搞');
      expect(decode(damaged, read)).toEqual({ error: { code: 'checksum' } });
    }
  });
});
