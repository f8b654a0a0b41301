import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/store/parse-log.js';
import { encodeRecord } from '../../src/store/record-line.js';
import { draft, frame, sampleAttempt, sessionStart } from './sample-records.js';

const a = sampleAttempt({ id: 'a' });
const b = sampleAttempt({ id: 'b', text: '{"v":1,"kind":"attempt"} 在文本里' });
const lineA = encodeRecord(a);
const lineB = encodeRecord(b);

describe('parseLog', () => {
  it('reads an empty log', () => {
    expect(parseLog('')).toEqual({ records: [], issues: [], skipped: 0 });
  });

  it('reads records in order and skips empty lines and CRLF endings', () => {
    const text = `\n${lineA}\r\n\n${encodeRecord(sessionStart)}\n${lineB}\n${encodeRecord(draft)}`;
    expect(parseLog(text)).toEqual({
      records: [a, sessionStart, b, draft],
      issues: [],
      skipped: 0,
    });
  });

  it('reports a garbage line and a truncated last line by 1-based line number', () => {
    const text = `${lineA}\nnot json at all\n${lineB}\n${lineA.slice(0, 50)}`;
    expect(parseLog(text)).toEqual({
      records: [a, b],
      issues: [
        { line: 2, error: { code: 'incomplete' } },
        { line: 4, error: { code: 'incomplete' } },
      ],
      skipped: 0,
    });
  });

  it('cuts a torn record off the record glued to it', () => {
    const text = `${lineA}\n${lineB.slice(0, 70)}${lineA}\n${lineB}\n`;
    expect(parseLog(text)).toEqual({
      records: [a, a, b],
      issues: [{ line: 2, error: { code: 'incomplete' } }],
      skipped: 0,
    });
  });

  it('reports garbage before a record on the same line', () => {
    expect(parseLog(`xx${lineA}`)).toEqual({
      records: [a],
      issues: [{ line: 1, error: { code: 'incomplete' } }],
      skipped: 0,
    });
  });

  it('counts intact records of a newer version or unknown kind as skipped, not as problems', () => {
    const newer = frame('{"v":2,"kind":"attempt","score":{"total":3}}');
    const unknown = frame('{"v":1,"kind":"bookmark","question":"greeting-1"}');
    expect(parseLog(`${newer}\n${lineA}\n${unknown}\n`)).toEqual({
      records: [a],
      issues: [],
      skipped: 2,
    });
  });
});
