import type { Section } from '../bank/types.js';
import { chineseNumeral } from '../chinese-numeral.js';

/**
 * Finds the section a user named: by its order (`2`, `二`), its id
 * (`scenarios`) or its title (`情景模拟与问题解决`, also a unique part of it).
 */
export function selectSection<S extends Pick<Section, 'id' | 'order' | 'title'>>(
  sections: readonly S[],
  name: string,
): S | undefined {
  const wanted = name.trim().normalize('NFKC').toLowerCase();
  if (!wanted) return undefined;
  const exact = sections.find(
    (s) =>
      String(s.order) === wanted ||
      chineseNumeral(s.order) === wanted ||
      s.id.toLowerCase() === wanted ||
      s.title.normalize('NFKC').toLowerCase() === wanted,
  );
  if (exact) return exact;
  const partial = sections.filter((s) => s.title.normalize('NFKC').toLowerCase().includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
}
