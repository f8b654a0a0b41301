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

/** Every place (in the normalised text) where one of the point's keywords occurs, in order. */
function occurrences(point: PreparedPoint, lowered: string, normalized: string): number[] {
  const found: number[] = [];
  for (const k of point.keywords) {
    if (k.word) {
      // A loop, not push(...): a long answer can hold more occurrences than a call takes arguments.
      const indices = Array.from(lowered.matchAll(k.word), (m) => m.index);
      for (const at of offsetsInNormalized(lowered, indices)) found.push(at);
    } else {
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
 * Indices (into `ranks`) of the longest increasing run of ranks; among equally
 * long ones, the one that keeps the earliest-mentioned points.
 */
function longestInOrder(ranks: number[]): Set<number> {
  const n = ranks.length;
  const longestFrom = ranks.map(() => 1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if ((ranks[j] ?? 0) > (ranks[i] ?? 0)) {
        longestFrom[i] = Math.max(longestFrom[i] ?? 1, (longestFrom[j] ?? 0) + 1);
      }
    }
  }
  const kept = new Set<number>();
  let need = Math.max(0, ...longestFrom);
  let last = -1;
  for (let i = 0; i < n && need > 0; i++) {
    const rank = ranks[i] ?? 0;
    if (longestFrom[i] === need && (last < 0 || rank > (ranks[last] ?? 0))) {
      kept.add(i);
      last = i;
      need--;
    }
  }
  return kept;
}

/** Whether the answer takes the key points in the bank's order. */
export function findStructure(points: PreparedPoint[], loweredText: string): StructureInsight {
  const normalized = normalizeForMatch(loweredText);
  const positions = points.map((p) => placeOf(p, loweredText, normalized));
  const found = points
    .map((p, rank) => ({ name: p.name, rank, at: positions[rank] ?? -1 }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at || a.rank - b.rank);
  const kept = longestInOrder(found.map((p) => p.rank));
  const outOfOrder = found.find((_, i) => !kept.has(i));
  const insight: StructureInsight = {
    expected: points.map((p) => p.name),
    found: found.map((p) => p.name),
    inOrder: outOfOrder === undefined,
  };
  if (outOfOrder) insight.firstOutOfOrder = outOfOrder.name;
  return insight;
}
