/**
 * Lists of English phrases (each a list of words) looked up by their first
 * word: the scorer asks, at each word of an answer, whether one of a list
 * starts there, and trying every phrase at every word (two closures each)
 * was a large part of an English answer's negation scope and private-life
 * sentences.
 */

/** Phrases by their first word. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function phraseIndex(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0] ?? '';
    const list = index.get(first);
    if (list === undefined) index.set(first, [phrase]);
    else list.push(phrase);
  }
  return index;
}

/** Whether one of the phrases is said from word `w` on (as `phrase.every(…)` of each). */
export function phraseAt(
  index: PhraseIndex,
  words: readonly { word: string }[],
  w: number,
): boolean {
  const phrases = index.get(words[w]?.word ?? '');
  return phrases?.some((p) => p.every((x, j) => words[w + j]?.word === x)) === true;
}
