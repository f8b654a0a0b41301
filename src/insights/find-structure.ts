import { normalizeForMatch } from '../scoring/normalize.js';
import type { PreparedPoint } from './question-profile.js';
import type { StructureInsight } from './types.js';

/**
 * Where each of `indices` (ascending offsets into `lowered`, each at a Latin
 * letter or digit) falls in `normalize(lowered)`. Normalised piece by piece:
 * normalising the whole prefix for each index made an answer that repeats a
 * Latin keyword quadratic. Exact, since a Latin letter or digit never joins
 * what comes before it in NFKC and the rest of the normalisation works
 * character by character.
 */
export function offsetsInNormalized(
  lowered: string,
  indices: readonly number[],
  normalize: (text: string) => string = normalizeForMatch,
): number[] {
  const out: number[] = [];
  let from = 0;
  let offset = 0;
  for (const index of indices) {
    offset += normalize(lowered.slice(from, index)).length;
    from = index;
    out.push(offset);
  }
  return out;
}

/**
 * Which UTF-16 codes the normalised answer holds (1), marked by
 * `findStructure` for the answer it looks at and cleared after: a keyword
 * whose first or last code is absent is not searched for.
 */
const present = new Uint8Array(0x10000);

/** Every place (in the normalised text) where one of the point's keywords occurs, in order. */
function occurrences(point: PreparedPoint, lowered: string, normalized: string): number[] {
  const found: number[] = [];
  for (const k of point.keywords) {
    if (k.word) {
      // The word is letters and digits: no match without it as a substring, which is cheaper to rule out.
      if (!lowered.includes(k.key)) continue;
      // A loop, not push(...): a long answer can hold more occurrences than a call takes arguments.
      const indices = Array.from(lowered.matchAll(k.word), (m) => m.index);
      for (const at of offsetsInNormalized(lowered, indices)) found.push(at);
    } else {
      if (!present[k.key.charCodeAt(0)] || !present[k.key.charCodeAt(k.key.length - 1)]) continue;
      for (
        let at = normalized.indexOf(k.key);
        at >= 0;
        at = normalized.indexOf(k.key, at + k.key.length)
      ) {
        found.push(at);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * Where the answer deals with a point: the median of its keyword
 * occurrences (the earlier one of two), or -1 when it has none. The first
 * occurrence would be thrown by an opening outline ("先安抚、再核实、给方案、
 * 做跟进") or a keyword mentioned in passing: it puts 14 of the bank's 16
 * reference answers out of order, the median 3. With one mention per point,
 * as in most typed answers, the two agree.
 */
function placeOf(point: PreparedPoint, lowered: string, normalized: string): number {
  const found = occurrences(point, lowered, normalized);
  return found[Math.floor((found.length - 1) / 2)] ?? -1;
}

/**
 * Points this many places apart in the bank's order must not be swapped;
 * neighbours may (empathy then verification, or the other way round, are
 * both sensible; following up before verifying is not).
 */
export const ORDER_TOLERANCE = 2;

/**
 * Whether the answer takes the key points in the bank's order: out of
 * order only when a point comes before one at least ORDER_TOLERANCE places
 * earlier in the bank. `ordered` says whether the question asks for an
 * order at all (see `questionProfile`). With `covered` (the points the grade
 * credits), only those are placed: a keyword the grade refused (negated, a
 * "don't" broken) is no point dealt with, in order or not.
 */
export function findStructure(
  points: PreparedPoint[],
  loweredText: string,
  ordered = true,
  covered?: readonly string[],
): StructureInsight {
  const normalized = normalizeForMatch(loweredText);
  for (let i = 0; i < normalized.length; i++) present[normalized.charCodeAt(i)] = 1;
  const positions = points.map((p) =>
    covered === undefined || covered.includes(p.name) ? placeOf(p, loweredText, normalized) : -1,
  );
  for (let i = 0; i < normalized.length; i++) present[normalized.charCodeAt(i)] = 0;
  const found = points
    .map((p, rank) => ({ name: p.name, rank, at: positions[rank] ?? -1 }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at || a.rank - b.rank);
  const outOfOrder = found.find((p, i) =>
    found.slice(i + 1).some((later) => p.rank - later.rank >= ORDER_TOLERANCE),
  );
  const insight: StructureInsight = {
    expected: points.map((p) => p.name),
    found: found.map((p) => p.name),
    inOrder: outOfOrder === undefined,
    ordered,
  };
  if (outOfOrder) insight.firstOutOfOrder = outOfOrder.name;
  return insight;
}
