/** English negation: the scope of a negator forward, into a list, and of words that negate what precedes them. */
import type { AnswerText } from './answer-text.js';
import { AFTER, BEFORE } from './negation-lists.js';
import { EN_NEGATION_SCOPE, NEGATION_SCOPE } from './negation-scope.js';
import {
  EN_BREAKERS,
  EN_LIST_GOES_ON,
  EN_NEGATING_VERBS,
  EN_NEGATORS,
  EN_NEW_SUBJECT,
  EN_NOT_NEGATING,
  EN_PAIR_NEGATORS,
  EN_POST_NEGATORS,
  LAST_ITEM,
  SHORT_ITEM,
} from './negation-words-en.js';
import { phraseAt, phraseIndex } from './word-phrases.js';

/** `EN_POST_NEGATORS` by their first word: most of an answer's words start none. */
const POST_NEGATORS = phraseIndex(EN_POST_NEGATORS);

/** English words that negate what comes before them ("…are out", "…is banned"). */
export function markEnPostNegations(text: AnswerText, mask: Uint8Array): void {
  const { clause, words } = text;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    // The scope depends on where a phrase starts only: marked once however many match there.
    if (!phraseAt(POST_NEGATORS, words, w)) continue;
    // Back over the clause, and the quoted items before it ("'Lowest price', 'number one' are out").
    let current = clause[word.start] ?? 0;
    let from = w;
    const inQuote = text.quote[word.start] ?? 0;
    for (let k = w - 1; k >= 0 && from - k <= NEGATION_SCOPE; k--) {
      const before = words[k];
      if (!before || (inQuote !== 0 && text.quote[before.start] !== inQuote)) break;
      const c = clause[before.start] ?? 0;
      if (c !== current) {
        if (!text.clauseQuotedItem[current] || c !== current - 1) break;
        current = c;
        from = k + 1;
      }
      for (let j = before.start; j < before.end; j++) mask[j] = (mask[j] ?? 0) | AFTER;
    }
  }
}

/** English negators and their scope forward, into the items of a list. */
export function markEnNegations(text: AnswerText, mask: Uint8Array): void {
  const { clause, words } = text;
  const wordsIn: number[] = [];
  // Clauses that end a list: "…to WeChat, off-platform deals or direct transfers".
  const endsList: boolean[] = [];
  for (const w of words) {
    const c = clause[w.start] ?? 0;
    wordsIn[c] = (wordsIn[c] ?? 0) + 1;
    if (w.word === 'or' || w.word === 'nor') endsList[c] = true;
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    const next = words[w + 1];
    const sameClause = next !== undefined && clause[next.start] === clause[word.start];
    const pair = sameClause ? `${word.word} ${next.word}` : '';
    let from: number | undefined;
    if (EN_NOT_NEGATING.has(pair)) {
      w++;
      continue;
    }
    if (EN_PAIR_NEGATORS.has(pair) && next) from = w + 2;
    else if (EN_NEGATORS.has(word.word)) from = w + 1;
    if (from === undefined) continue;
    const id = clause[word.start];
    // A list after a comma goes on: "I won't bring up a return, a refund or the shipping".
    let current = id;
    let count = 0;
    // A negation inside a quotation ("item not received") ends at its closing mark.
    const inQuote = text.quote[word.start] ?? 0;
    for (let k = from; k < words.length && count < EN_NEGATION_SCOPE; k++, count++) {
      const inScope = words[k];
      if (!inScope || (inQuote !== 0 && text.quote[inScope.start] !== inQuote)) break;
      const c = clause[inScope.start];
      if (c !== current) {
        // A negation ends with its sentence: "…so no customer repeats it. Third, tools." lists nothing.
        if (text.clauseSentence[c ?? 0] !== text.clauseSentence[current ?? 0]) break;
        // After a short negated item, a clause that does not start a new subject
        // is the next item of the list: no "best online", "world number one" or …
        // …and so is a clause of a few words: "won't learn trade terms, MOQ, samples or customs".
        const size = wordsIn[c ?? 0] ?? 0;
        const short = size > 0 && (size <= SHORT_ITEM || (endsList[c ?? 0] && size <= LAST_ITEM));
        const listItem =
          (text.clauseQuotedItem[c ?? 0] === 1 || short) && !EN_NEW_SUBJECT.has(inScope.word);
        if (!EN_LIST_GOES_ON.has(inScope.word) && !listItem) break;
        current = c;
        count = 0;
      }
      if (EN_BREAKERS.has(inScope.word)) break;
      mask.fill(BEFORE, inScope.start, inScope.end);
      if (EN_NEGATING_VERBS.has(inScope.word)) break;
    }
  }
}
