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

/** The first keyword of each key, where it is: by the question, across its key points. */
export type SeenKeywords = Map<string, { path: YamlPath; keyPoint: number }>;

/**
 * Each keyword of point `k` that matches the same as one before it in the
 * question (`seen`, which it adds to), at that keyword, naming the first.
 */
export function duplicateKeywordNotes(
  kp: KeyPoint,
  k: number,
  pointAt: YamlPath,
  seen: SeenKeywords,
  say: Say,
): KeywordNote[] {
  const notes: KeywordNote[] = [];
  kp.keywords.forEach((keyword, w) => {
    const key = matchedAs(keyword);
    const first = seen.get(key);
    const here: YamlPath = [...pointAt, 'keywords', w];
    if (first === undefined) seen.set(key, { path: here, keyPoint: k });
    else {
      const message = first.keyPoint === k ? say.repeatedKeyword : say.sharedKeyword;
      const text = message(quote(keyword), showPath(first.path));
      notes.push({ code: 'duplicate-keyword', path: here, text });
    }
  });
  return notes;
}
