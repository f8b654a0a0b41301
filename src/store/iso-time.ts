/**
 * The instant of a record's `at` (pure). Every record's time is checked on
 * reading and every answer's read again by the review schedule: `Date.parse`
 * of 100,000 strings was a twentieth of `stats`. The log holds what
 * `toISOString()` writes (`2025-01-01T08:00:00.000Z`); that one form is
 * read here by arithmetic, and anything else (another form, a field out of
 * range) by `Date.parse`, so the result is always the one `Date.parse` gives
 * (a test holds the two equal over random and edge-case strings).
 */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of `s`, as `Date.parse(s)` (NaN when it is no date). */
export function parseIsoTime(s: string): number {
  const time = canonicalTime(s);
  return Number.isNaN(time) ? Date.parse(s) : time;
}

/**
 * The instant of `s` when it is in the form `toISOString()` writes, with
 * every field in range (then `Date.parse(s)` gives the same); NaN otherwise.
 */
export function canonicalTime(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 0x5a) return Number.NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  const ms = digits(s, 20, 3);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    ms < 0 ||
    s.charCodeAt(4) !== 0x2d ||
    s.charCodeAt(7) !== 0x2d ||
    s.charCodeAt(10) !== 0x54 ||
    s.charCodeAt(13) !== 0x3a ||
    s.charCodeAt(16) !== 0x3a ||
    s.charCodeAt(19) !== 0x2e
  )
    return Number.NaN;
  return (
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms
  );
}

/** The number written in `count` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
