/**
 * Which passage comes next (pure): one never typed before if there is one, else the one typed
 * longest ago, so a candidate works through all of them before seeing one again. Ties (every
 * never-typed passage) are broken by `random`, so two runs do not always start alike.
 */
/**
 * `lastTyped`: when each passage id was last typed (ISO 8601 UTC strings sort by time).
 * `random` returns [0, 1) like Math.random.
 */
export function choosePassage<T extends { readonly id: string }>(
  passages: readonly T[],
  lastTyped: ReadonlyMap<string, string>,
  random: () => number = Math.random,
): T {
  if (passages.length === 0) throw new Error('no passages to choose from');
  const fresh = passages.filter((p) => !lastTyped.has(p.id));
  if (fresh.length > 0) return fresh[Math.floor(random() * fresh.length)] ?? (fresh[0] as T);
  let oldest = passages[0] as T;
  for (const p of passages) {
    if ((lastTyped.get(p.id) ?? '') < (lastTyped.get(oldest.id) ?? '')) oldest = p;
  }
  return oldest;
}
