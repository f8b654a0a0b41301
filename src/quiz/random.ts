/**
 * A seeded generator, so a shuffled quiz can be fixed (tests) or replayed
 * (the seed is a number); `Math.random` cannot be seeded.
 */

/** xorshift32 in [0, 1): small, fast and plenty for ordering a quiz. */
export function randomFromSeed(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffledWith<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
