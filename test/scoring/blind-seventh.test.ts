import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The seventh blind set (test/fixtures/answers-blind-7/, copied unchanged from
 * a session that saw only the questions): for the 16 core questions, in
 * Chinese and English, the four kinds of the issue's interviewer set: strong,
 * partial, trap (fluent, with the right vocabulary, but bad or rule-breaking
 * advice) and rambling, each with the share of the points the writer gave;
 * padded answers made by the rule in `padAnswer`.
 *
 * Measured on arrival with the scorer of main at this branch's start
 * (a0ea957): mean share strong 0.84, partial 0.35, trap 0.39, rambling 0.24,
 * padded 0.55 (the writer: 1.00, 0.33, 0.03, 0.07); rank correlation 0.50
 * (0.68 without traps); 41 of 160 band checks failing. Then red flags for
 * each kind of wrong act its traps showed (a fix said done when it is not,
 * a mistake covered up, the agent's own money, a coupon for a dropped
 * return, a customer's chat posted to colleagues, blame put on the courier,
 * …; test/scoring/red-flag-kinds*.test.ts), and four strong answers no
 * longer capped by a flag: strong 0.93, trap 0.20, padded 0.60, rank
 * correlation 0.75 (0.78 without traps), 20 failing, no trap among them.
 * Merged with the key-point work done on the same set (strong answers told
 * as stories, words candidates use, vague lines that earn nothing): strong
 * 0.99, partial 0.36, trap 0.20, rambling 0.16, padded 0.60, rank
 * correlation 0.77 (0.86 without traps), 5 failing. With self-intro-1's
 * example and structure points judged by markers: rambling 0.14. What fails is named below, each with the bound the scorer does meet
 * (0.01 of slack for the rounding of scores); remove an entry once its
 * band is met.
 */
describeBlindBands('seventh blind set', join(import.meta.dirname, '../fixtures/answers-blind-7'), {
  pad: true,
  meets: {
    // self-intro-1: with its example and structure points judged by ~story and ~structure,
    // the lone 有一次 (a team outing) and 总之 no longer earn them (0.80 → 0.40); what is left
    // is the skills and motivation points, from 打交道 and 学习 said in passing.
    'self-intro-1 zh rambling': 0.4,
    'self-intro-1 en rambling': 0.4,
    'self-intro-3 zh rambling': 0.6,
    'self-intro-3 en rambling': 0.4,
    // Says nothing of customer first or peak-sale load; its writer gave it full marks.
    'self-intro-2 zh strong': 0.79,
  },
});
