/** How far a negation reaches (see `negation.ts`). */

/** Forward from a negating word, in 字 of the compact text. */
export const NEGATION_SCOPE = 10;

/** Back from a word that negates what precedes it: it often follows a list ("全网最低""百分百有效"这种话不能讲). */
export const POST_NEGATION_SCOPE = 24;

/** The same in English words, which carry more than a 字 each. */
export const EN_NEGATION_SCOPE = 15;
