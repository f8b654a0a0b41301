/** The English word lists of the negation scope (`negation.ts`): data, kept apart from the logic. */

export const EN_EXAMPLE_OPENERS = new Set(['like', 'such', 'e', 'eg', 'including', 'say']);

/** English words and phrases that negate what comes before them in the clause. */
export const EN_POST_NEGATORS = [
  ['banned'],
  ['prohibited'],
  ['forbidden'],
  ['not', 'allowed'],
  ['against', 'the', 'rules'],
  ['against', 'platform', 'rules'],
  ['breaks', 'the', 'rules'],
  ['break', 'the', 'rules'],
  ['violates'],
  ['violate'],
  ['off-limits'],
  // "'Lowest price online', 'number one' are all out": named to rule them out.
  ['are', 'all', 'out'],
  ['are', 'out'],
  ['are', 'off', 'limits'],
  ['is', 'wrong'],
  ['is', 'a', 'mistake'],
  ["don't", 'allow'],
  ["doesn't", 'allow'],
  ["don't", 'permit'],
  ["doesn't", 'permit'],
  ["isn't", 'allowed'],
  ["aren't", 'allowed'],
  ['not', 'permitted'],
];

export const EN_NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nor',
  'neither',
  'without',
  'avoid',
  'avoiding',
  'refuse',
  'refusing',
  'cannot',
  "don't",
  "won't",
  "can't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "wouldn't",
  "shouldn't",
  "mustn't",
  "couldn't",
  "haven't",
  "hasn't",
  'dont',
  'wont',
  'cant',
]);

/** Pairs that do not negate what follows: "not only", "no matter", "don't worry". */
export const EN_NOT_NEGATING = new Set([
  'not only',
  'not just',
  'no matter',
  'no problem',
  "don't worry",
  'never mind',
  "don't just",
  "won't just",
  'no worries',
]);

/** Two-word negators: "instead of arguing", "rather than blaming". */
export const EN_PAIR_NEGATORS = new Set([
  'instead of',
  'rather than',
  'even if',
  'even though',
  // What a shop is punished for is named, not done: "shops penalised for telling buyers to add them on WeChat".
  'penalised for',
  'penalized for',
  'punished for',
  'fined for',
  'banned for',
]);

/** Words that open a clause with a subject of its own: a list ends there. */
export const EN_NEW_SUBJECT = new Set([
  'i',
  "i'll",
  "i'd",
  "i'm",
  'we',
  "we'll",
  "we'd",
  'you',
  "you'll",
  'they',
  "they'll",
  'he',
  'she',
  'it',
  "it's",
  'this',
  'that',
  'there',
  "there's",
  'then',
  'if',
  'when',
  'so',
  'but',
  'and',
]);

/** A clause of at most this many words inside a negation is an item of its list. */
export const SHORT_ITEM = 3;

/** A clause with "or" of at most this many words is the last items of such a list. */
export const LAST_ITEM = 6;

/** Words that open a clause continuing a list in the scope of a negation. */
export const EN_LIST_GOES_ON = new Set(['a', 'an', 'or', 'nor', 'any']);

export const EN_BREAKERS = new Set([
  'but',
  'instead',
  'and',
  'so',
  'then',
  'because',
  'while',
  'which',
  'although',
  'though',
  'however',
  'yet',
  'rather',
  'until',
  'unless',
]);

/**
 * Verbs that mean leaving something undone: in the scope of a negation they
 * turn it round ("I can't abandon my own queue", "won't ignore the other
 * customer": the queue is kept, the customer answered), so what follows
 * them is not negated. The verb itself stays negated.
 */
export const EN_NEGATING_VERBS = new Set([
  'abandon',
  'abandoning',
  'neglect',
  'neglecting',
  'ignore',
  'ignoring',
  'forget',
  'forgetting',
  'skip',
  'skipping',
  'drop',
  'dropping',
]);
