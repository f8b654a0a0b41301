import { chineseNumeral } from '../../chinese-numeral.js';
import type { Lang } from '../../lang.js';

/** `mm:ss` of a duration in milliseconds, rounded down to the second. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The time an answer took, `mm:ss`, and `/mm:ss` of its limit when it had one. */
export function formatTimeTaken(elapsedMs: number, timeLimit: number | null): string {
  const elapsed = formatClock(elapsedMs);
  return timeLimit === null ? elapsed : `${elapsed}/${formatClock(timeLimit * 1000)}`;
}

/** A moment as local `YYYY-MM-DD hh:mm`, for history lines and due dates. */
export function formatLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A score for display: integers without decimals, others with one. */
export function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** How a section is numbered in the current language: 一 or 1. */
export function sectionNumber(order: number, lang: Lang): string {
  return lang === 'zh' ? chineseNumeral(order) : String(order);
}

/** At most this many of a key point's words are shown in an answer key. */
export const SHOWN_KEYWORDS = 12;

/**
 * A key point's words as an answer key shows them: the plain words a reader
 * can say (not `!term`, which rules something out, nor `{n}` patterns or
 * `~fits-time`), the first SHOWN_KEYWORDS of them. A point's concepts make
 * for long lists; `answers --format json` keeps them all.
 */
export function shownKeywords(keywords: readonly string[]): string[] {
  const plain = keywords.filter(
    (k) => !k.startsWith('!') && !k.startsWith('~') && !k.includes('{n}'),
  );
  return plain.length > SHOWN_KEYWORDS ? [...plain.slice(0, SHOWN_KEYWORDS), '…'] : plain;
}
