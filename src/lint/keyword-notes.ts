/**
 * The warnings about a key point's keywords themselves, apart from what the
 * answer covers: a point with one keyword, and keywords that match the same
 * as another of the question's (`matchedAs`).
 */

import type { YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import type { KeyPoint } from '../bank/types.js';
import { matchedAs } from './text-keys.js';
import { showPath, type warningMessages } from './warning-messages.js';

type Say = (typeof warningMessages)[keyof typeof warningMessages];

/** A note on keywords: its code, where, and its text (without the path). */
export interface KeywordNote {
  code: 'single-keyword' | 'duplicate-keyword';
  path: YamlPath;
  text: string;
}

/** A point with a single keyword, at its keywords. */
export function singleKeywordNote(
  kp: KeyPoint,
  pointAt: YamlPath,
  say: Say,
): KeywordNote | undefined {
  if (kp.keywords.length !== 1) return undefined;
  const text = say.singleKeyword(quote(kp.keywords[0] ?? ''));
  return { code: 'single-keyword', path: [...pointAt, 'keywords'], text };
}

/** Keyword `w` of point `k` matches the same as keyword `firstW` of point `firstK`, the first. */
export interface Repeat {
  k: number;
  w: number;
  firstK: number;
  firstW: number;
}

/** Every keyword of a question's points that matches the same as one before it, in order. */
export function repeatedKeywords(keyPoints: readonly KeyPoint[]): Repeat[] {
  const seen = new Map<string, { k: number; w: number }>();
  const repeats: Repeat[] = [];
  keyPoints.forEach((kp, k) => {
    kp.keywords.forEach((keyword, w) => {
      const key = matchedAs(keyword);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, { k, w });
      else repeats.push({ k, w, firstK: first.k, firstW: first.w });
    });
  });
  return repeats;
}

/**
 * `repeatedKeywords` once for each distinct list of key points (`key`, the
 * judge's keys): the same points recur (the bench's copy holds each 16
 * times), and each check walked every keyword of each (~100 a point once
 * concepts are expanded), with a path made for each.
 */
export function repeatsOnce(
  key: (kps: readonly KeyPoint[]) => string,
): (kps: KeyPoint[]) => Repeat[] {
  const known = new Map<string, Repeat[]>();
  return (kps) => {
    const k = key(kps);
    let repeats = known.get(k);
    if (repeats === undefined) {
      repeats = repeatedKeywords(kps);
      known.set(k, repeats);
    }
    return repeats;
  };
}

/**
 * The notes of point `k`'s repeated keywords (of `repeats`, the question's),
 * each at the keyword, naming the first (`keyPointsAt`: the question's points).
 */
export function duplicateKeywordNotes(
  kp: KeyPoint,
  k: number,
  keyPointsAt: YamlPath,
  repeats: readonly Repeat[],
  say: Say,
): KeywordNote[] {
  const notes: KeywordNote[] = [];
  for (const r of repeats) {
    if (r.k !== k) continue;
    const first = showPath([...keyPointsAt, r.firstK, 'keywords', r.firstW]);
    const message = r.firstK === k ? say.repeatedKeyword : say.sharedKeyword;
    const text = message(quote(kp.keywords[r.w] ?? ''), first);
    notes.push({ code: 'duplicate-keyword', path: [...keyPointsAt, k, 'keywords', r.w], text });
  }
  return notes;
}
