/**
 * The known name that `name` is most likely a typo of, or undefined when
 * none is close: same letters but for case, `-`/`_`/spaces, or at most one
 * edit (two for names of five letters or more; a swap of neighbours is one).
 */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  const normalised = normalise(name);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const target = normalise(candidate);
    if (target === normalised) return candidate;
    const limit = target.length >= 5 ? 2 : 1;
    if (Math.abs(target.length - normalised.length) > limit) continue;
    const distance = editDistance(normalised, target);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Up to `max` known names nearest to `name` by edit distance, nearest first, for a "did you
 * mean": within three edits (one for names under five letters), and at most one edit
 * further than the nearest, so a near miss is not buried under far ones.
 */
export function nearestNames(name: string, known: readonly string[], max = 3): string[] {
  const normalised = normalise(name);
  const limit = normalised.length >= 5 ? 3 : 1;
  const near: { candidate: string; distance: number }[] = [];
  for (const candidate of known) {
    const target = normalise(candidate);
    if (Math.abs(target.length - normalised.length) > limit) continue;
    const distance = editDistance(normalised, target);
    if (distance <= limit) near.push({ candidate, distance });
  }
  near.sort((a, b) => a.distance - b.distance);
  const best = near[0]?.distance ?? 0;
  return near
    .filter((n) => n.distance <= best + 1)
    .slice(0, max)
    .map((n) => n.candidate);
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}
