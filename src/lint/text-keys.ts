/**
 * Keys for texts that the scorer matches alike: two keywords with the same
 * key are found in the same answers, so one of them is redundant.
 */

import { prepareText } from '../scoring/answer-text.js';
import { isLatinKeyword, normalizeForMatch } from '../scoring/normalize.js';
import { NUMBER_MARK, prepareKeyword } from '../scoring/prepare-question.js';

/**
 * A keyword as the scorer matches it: Latin keywords as a run of whole
 * words ("follow-up" and "follow up" alike, "followup" not), others as
 * normalised text (訂單號 and 订单号 alike).
 */
export function matchedAs(keyword: string): string {
  let key = matchKeys.get(keyword);
  if (key === undefined) {
    key = matchedAsOnce(keyword);
    matchKeys.set(keyword, key);
  }
  return key;
}

/** `matchedAs` of each keyword, for the process: a concept's terms recur in every question. */
const matchKeys = new Map<string, string>();

function matchedAsOnce(keyword: string): string {
  // `!term` (the behaviour ruled out) matches where `term` does not.
  if (keyword.startsWith('!')) return `!${matchedAs(keyword.slice(1))}`;
  // The scorer prepared the term already (the question is judged first), with the same key and
  // words: cutting each Latin keyword into words again was a sixth of the warnings' time. A
  // term with a number is prepared otherwise (its key has a 0 for the number), so it is not.
  if (!keyword.includes(NUMBER_MARK)) {
    const prepared = prepareKeyword(keyword);
    return prepared.latin === null ? prepared.key : prepared.latin.join(' ');
  }
  const key = normalizeForMatch(keyword);
  return isLatinKeyword(key)
    ? prepareText(keyword)
        .words.map((w) => w.word)
        .join(' ')
    : key;
}
