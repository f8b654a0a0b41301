/**
 * The user's day, as the review schedule counts days (pure: the time zone
 * is an argument, the system's when omitted).
 *
 * A day runs from the rollover hour (4:00 by default, as in Anki) to the
 * same hour the next day, on the user's wall clock: 07:50 and 08:10 in
 * Beijing are the same day, though UTC midnight falls between them, and an
 * answer at 01:00 still belongs to the evening before. Days are numbered
 * from 1970-01-01 so that `dayNumber(t) * DAY_MS` is the UTC midnight of a
 * date with the same number: fed that instant, ts-fsrs (which counts days
 * between UTC dates) counts the user's days.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The default rollover hour: a day starts at 4:00 local time. */
export const DEFAULT_ROLLOVER_HOUR = 4;

export interface DayOptions {
  /** IANA time zone; the system's (TZ, Intl) when omitted. */
  timeZone?: string | undefined;
  /** The hour (0–23) a new day starts at; 4 when omitted. */
  rolloverHour?: number | undefined;
}

export interface UserDay {
  /** The number of the user's day an instant (ms since the epoch) falls in. */
  dayNumber(ms: number): number;
  /** The instant day `n` begins: its date at the rollover hour, local time. */
  dayStart(n: number): number;
}

/**
 * A day counter for one time zone. Offsets are looked up once per UTC day
 * seen, and once per hour only on a day whose offset changes: `Intl` is
 * slow enough to matter on a history of 100,000 answers (an hour of
 * answers each was still a thirtieth of `stats`).
 */
export function userDay(options: DayOptions = {}): UserDay {
  const rollover = (options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR) * HOUR_MS;
  const offsetOfHour = hourOffsets(options.timeZone);
  /** Per UTC day: its offset when the same all day, NaN when it changes during it. */
  const dayOffsets = new Map<number, number>();
  let lastHour = Number.NaN;
  let lastOffset = 0;
  /** Wall clock minus UTC at `ms`, in ms (Beijing: +8 h). */
  const offsetAt = (ms: number): number => {
    const hour = Math.floor(ms / HOUR_MS);
    // Answers in time order mostly share the hour of the one before.
    if (hour === lastHour) return lastOffset;
    const day = Math.floor(hour / 24);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      // The same at both ends of the day: the same all day, as zones change
      // their offset weeks or months apart, never there and back in a day.
      const start = offsetOfHour(day * 24);
      offset = start === offsetOfHour(day * 24 + 24) ? start : Number.NaN;
      if (dayOffsets.size > 10_000) dayOffsets.clear();
      dayOffsets.set(day, offset);
    }
    if (Number.isNaN(offset)) offset = offsetOfHour(hour);
    lastHour = hour;
    lastOffset = offset;
    return offset;
  };
  return {
    dayNumber: (ms) => Math.floor((ms + offsetAt(ms) - rollover) / DAY_MS),
    dayStart: (n) => {
      // The wall-clock time wanted, then the instant showing it; twice, for a DST change between.
      const wall = n * DAY_MS + rollover;
      let ms = wall - offsetAt(wall);
      ms = wall - offsetAt(ms);
      return ms;
    },
  };
}

/**
 * The offset (wall clock minus UTC, in ms) of each UTC hour in `timeZone`,
 * from `Intl`, remembered. Offsets change on a whole quarter hour at least:
 * the start of the hour stands for it.
 */
function hourOffsets(timeZone: string | undefined): (hour: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsets = new Map<number, number>();
  return (hour) => {
    let offset = offsets.get(hour);
    if (offset !== undefined) return offset;
    const at = hour * HOUR_MS;
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(at))) p[part.type] = Number(part.value);
    const wall = Date.UTC(
      p.year as number,
      (p.month as number) - 1,
      p.day as number,
      p.hour as number,
      p.minute as number,
      p.second as number,
    );
    offset = wall - at;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, offset);
    return offset;
  };
}
