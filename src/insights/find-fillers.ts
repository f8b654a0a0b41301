import type { WordCount } from './types.js';

/**
 * How a filler is recognised.
 * - `standalone`: only where it cannot be part of a sentence — 嗯/呃 at a
 *   clause start or before a pause; 啊 only at a clause start (at the end
 *   of a clause it is an ordinary particle: 是啊。); 那个/这个 only before a
 *   pause (这个问题 is a normal phrase). A run (嗯嗯, 那个那个) counts once.
 *   Reported from the first occurrence.
 * - `overuse`: normal connectors (然后, 就是 …) that become fillers through
 *   repetition; every occurrence counts, and they are reported only at
 *   3 or more, or at 2 or more when that is at least one per 60 字.
 */
type FillerRule =
  | { word: string; kind: 'standalone'; before: boolean; after: boolean }
  | { word: string; kind: 'overuse' };

export const FILLERS: readonly FillerRule[] = [
  { word: '嗯', kind: 'standalone', before: true, after: true },
  { word: '呃', kind: 'standalone', before: true, after: true },
  { word: '啊', kind: 'standalone', before: true, after: false },
  { word: '那个', kind: 'standalone', before: false, after: true },
  { word: '这个', kind: 'standalone', before: false, after: true },
  { word: '然后', kind: 'overuse' },
  { word: '就是', kind: 'overuse' },
  { word: '其实', kind: 'overuse' },
  { word: '反正', kind: 'overuse' },
  { word: '对吧', kind: 'overuse' },
];

/** Overused when used this often or more… */
export const OVERUSE_MIN_COUNT = 3;
/** …or at least twice and once per this many 字. */
export const OVERUSE_CHARS_PER_USE = 60;

const PAUSE = /[\p{P}\p{S}\p{Z}\s]/u;

function isPause(ch: string | undefined): boolean {
  return ch === undefined || PAUSE.test(ch);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RUNS = new Map(FILLERS.map((f) => [f.word, new RegExp(`(?:${escapeRegExp(f.word)})+`, 'g')]));

function countStandalone(text: string, word: string, before: boolean, after: boolean): number {
  const runs = RUNS.get(word);
  if (!runs) return 0;
  let count = 0;
  for (const m of text.matchAll(runs)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((before && isPause(text[start - 1])) || (after && isPause(text[end]))) count++;
  }
  return count;
}

function countAll(text: string, word: string): number {
  let count = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) count++;
  return count;
}

/** The filler words in an NFKC text of `chars` 字, most used first. */
export function findFillers(nfkcText: string, chars: number): WordCount[] {
  const found: WordCount[] = [];
  for (const rule of FILLERS) {
    if (!nfkcText.includes(rule.word)) continue;
    if (rule.kind === 'standalone') {
      const count = countStandalone(nfkcText, rule.word, rule.before, rule.after);
      if (count > 0) found.push({ word: rule.word, count });
    } else {
      const count = countAll(nfkcText, rule.word);
      const overused =
        count >= OVERUSE_MIN_COUNT || (count >= 2 && count * OVERUSE_CHARS_PER_USE >= chars);
      if (overused) found.push({ word: rule.word, count });
    }
  }
  // Stable sort: equal counts keep the list order.
  return found.sort((a, b) => b.count - a.count);
}

/** Every filler word, for leaving them out of the most-used words. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(FILLERS.map((f) => f.word));
