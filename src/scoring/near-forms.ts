/**
 * Near-forms of a CJK keyword: the keyword with one Han character inserted
 * between two of its own (订单编号 for 订单号). Found by hand, not by a
 * pattern per keyword: a pattern with `\p{Script=Han}` in each branch cost
 * about 0.3 ms to build and as much again to compile on first use, and
 * `validate` of a bank prepares thousands of keywords (most of its time).
 *
 * Same matches as the pattern `c0\p{Script=Han}c1…|c0c1\p{Script=Han}c2…|…`
 * (flags `gu`) under `matchAll`: tried at each code-point boundary from the
 * left, the branches in order (the gap after the first character first),
 * the next search from the end of a match.
 */

import { isHanChar } from './normalize.js';

/** The [start, end) of each near-form of `chars` (the keyword's code points) in `text`. */
export function findNearForms(chars: readonly string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  const first = chars[0];
  if (first === undefined || chars.length < 2) return out;
  for (let at = text.indexOf(first); at >= 0; ) {
    const end = nearFormAt(chars, text, at);
    if (end >= 0) {
      out.push([at, end]);
      at = text.indexOf(first, end);
    } else at = text.indexOf(first, at + first.length);
  }
  return out;
}

/** Where a near-form starting at `at` ends, by the first gap that fits; -1 when none does. */
function nearFormAt(chars: readonly string[], text: string, at: number): number {
  let prefixEnd = at;
  for (let gap = 1; gap < chars.length; gap++) {
    const before = chars[gap - 1] ?? '';
    // The characters before the gap, one more each time round.
    if (!text.startsWith(before, prefixEnd)) return -1;
    prefixEnd += before.length;
    const point = text.codePointAt(prefixEnd);
    if (point === undefined) return -1;
    const inserted = String.fromCodePoint(point);
    if (!isHanChar(inserted)) continue;
    let end = prefixEnd + inserted.length;
    let fits = true;
    for (let i = gap; i < chars.length && fits; i++) {
      const ch = chars[i] ?? '';
      fits = text.startsWith(ch, end);
      end += ch.length;
    }
    if (fits) return end;
  }
  return -1;
}
