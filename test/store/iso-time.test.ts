import { describe, expect, it } from 'vitest';
import { canonicalTime, parseIsoTime } from '../../src/store/iso-time.js';
import { seededRandom } from '../seeded-random.js';

/** Date.parse and parseIsoTime give the same number (NaN alike). */
function expectSame(s: string): void {
  expect(Object.is(parseIsoTime(s), Date.parse(s)), s).toBe(true);
}

describe('parseIsoTime', () => {
  it('reads what toISOString writes, over random instants of years 0–9999', () => {
    const random = seededRandom(8);
    const low = Date.parse('0000-01-01T00:00:00.000Z');
    const high = Date.parse('9999-12-31T23:59:59.999Z');
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(low + random() * (high - low));
      const s = new Date(ms).toISOString();
      expect(parseIsoTime(s)).toBe(ms);
    }
  });

  it('gives what Date.parse gives for days, months and times out of range, and leap days', () => {
    for (const year of ['1900', '2000', '2023', '2024', '2100', '0000'])
      for (const month of ['00', '01', '02', '04', '06', '09', '11', '12', '13'])
        for (const day of ['00', '01', '28', '29', '30', '31', '32'])
          expectSame(`${year}-${month}-${day}T12:00:00.000Z`);
    for (const time of [
      '24:00:00.000',
      '23:60:00.000',
      '23:59:60.000',
      '23:59:59.999',
      '00:00:00.000',
    ])
      expectSame(`2025-06-30T${time}Z`);
  });

  it('gives what Date.parse gives for other forms and for damaged strings', () => {
    const base = '2025-01-01T08:00:00.000Z';
    const others = [
      base.toLowerCase(),
      '2025-01-01T08:00:00Z',
      '2025-01-01T08:00:00.000+08:00',
      '2025-01-01',
      '+002025-01-01T08:00:00.000Z',
      '2025-01-01 08:00:00.000Z',
      '',
      'not a date at all, not at all',
    ];
    for (const s of others) expectSame(s);
    // Every character of the canonical form replaced by each of a few others.
    for (let i = 0; i < base.length; i++)
      for (const c of ['0', '9', '-', ':', '.', 'T', 'Z', ' ', '/', 'a', '\u0660'])
        expectSame(base.slice(0, i) + c + base.slice(i + 1));
  });
});

describe('canonicalTime', () => {
  it('reads only the form toISOString writes, and then as Date.parse does', () => {
    expect(canonicalTime('2025-01-01T08:00:00.000Z')).toBe(Date.parse('2025-01-01T08:00:00.000Z'));
    for (const s of [
      '2025-01-01T08:00:00Z',
      '2025-02-30T08:00:00.000Z',
      '2025-01-01T08:00:00.000z',
    ])
      expect(canonicalTime(s), s).toBeNaN();
  });
});
