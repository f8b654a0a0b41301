/**
 * The marks a red flag's sign part may start with, one reading for the bank's checker (which
 * expands `@concept`s inside a part) and the scorer (which judges it):
 * - none: said in the first part's sentence, near it;
 * - `-a|b`: none of them said in that sentence (a claim of "shipped" with no check in it);
 * - `>a|b`: said after the first part, in its sentence or one of the next three (a claim told,
 *   and the admission that it was not so further on);
 * - `-<a|b`: none of them said before the first part, in its sentence or one of the three
 *   before (an outcome told with no check before it: told first, checked after);
 * - `"a|b`: said first thing after a quotation in the speaker's own words, asserted (“您的退款
 *   商家已经同意了。”其实我还没问商家): the narrator stepping out of the line told to the customer.
 */
export type SignMark = '' | '-' | '>' | '-<' | '"';

/** A part's mark and its alternatives' text (`a|b`), the mark taken off. */
export function signPart(part: string): { mark: SignMark; text: string } {
  const trimmed = part.trim();
  const mark: SignMark = trimmed.startsWith('-<')
    ? '-<'
    : trimmed.startsWith('-')
      ? '-'
      : trimmed.startsWith('>')
        ? '>'
        : trimmed.startsWith('"')
          ? '"'
          : '';
  return { mark, text: trimmed.slice(mark.length).trim() };
}
