/** English inflections of a keyword (-s/-ed/-ing), and the words inflection would turn into others. */
/**
 * Words that inflection would turn into another word: "seconds" is time, not
 * the second point; "dealing" is handling, not a deal; "meaning" is no "mean".
 */
const UNINFLECTED = new Set(['second', 'deal', 'mean', 'present', 'new', 'good', 'last', 'fine']);

const VOWEL = /[aeiou]/;

/**
 * A keyword's word with the regular forms an answer may use instead: plural
 * and third person (-s, -es, -ies), past (-ed, -d, -ied), -ing (dropping a
 * final e, doubling a final consonant: chat → chatted), and the possessive
 * ('s). Only one way: a keyword written as "photos" does not match "photo",
 * so a keyword that must stay exact ("another customer's") still does. Words
 * of one or two letters and numbers stay as they are.
 */
export function inflectedForms(word: string): ReadonlySet<string> {
  const forms = new Set([word]);
  if (word.length < 3 || !/^[a-z]+$/.test(word) || UNINFLECTED.has(word)) return forms;
  const last = word.at(-1) ?? '';
  const before = word.at(-2) ?? '';
  forms.add(`${word}'s`);
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (last === 'y' && !VOWEL.test(before)) {
    forms.add(`${word.slice(0, -1)}ies`).add(`${word.slice(0, -1)}ied`);
  } else forms.add(`${word}s`);
  if (last === 'e') {
    forms.add(`${word}d`).add(`${word.slice(0, -1)}ing`);
  } else {
    if (!(last === 'y' && !VOWEL.test(before))) forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // chat → chatted, log → logged, transfer → transferred (CVC endings).
    const third = word.at(-3) ?? '';
    if (!VOWEL.test(last) && !'wxy'.includes(last) && VOWEL.test(before) && !VOWEL.test(third)) {
      forms.add(`${word}${last}ed`).add(`${word}${last}ing`);
    }
  }
  return forms;
}
