import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The fifth blind set (test/fixtures/answers-blind-5/, copied unchanged from
 * a session that never saw the bank or the scorer: for the 16 core questions,
 * in Chinese and English, a strong answer, a paraphrase, a partial one, a
 * trap with a forbidden remedy and a trap that breaks a "don't"; padded
 * answers made by the rule in `padAnswer`).
 *
 * Measured once on arrival, before any change made with it in view (the
 * branch then held the six-point rule, the merged self-intro-3 point and the
 * 改进 / 诉求 concept families, all made on the earlier sets): mean share
 * strong 0.88, paraphrase 0.81, partial 0.35, trap-remedy 0.19, trap-dont
 * 0.24, padded 0.56 (the person: 1.00, 0.95, 0.35, 0.07, 0.06); rank
 * correlation 0.79; 29 of 192 band checks failing. The bank and scorer of
 * main before that work scored it 0.83, 0.76, 0.31, 0.18, 0.23, 0.56, rank
 * correlation 0.78, 39 failing. Its misses were mostly red flags raised by
 * answers that named a violation to rule it out, traps that made the
 * customer start over or passed the problem to another department, and
 * everyday words for points. After tuning on it (general rules first, then
 * concept families, then words): 0.99, 0.95, 0.37, 0.18, 0.17, 0.60, rank
 * correlation 0.91, 1 check failing, named below.
 */
describeBlindBands('fifth blind set', join(import.meta.dirname, '../fixtures/answers-blind-5'), {
  pad: true,
  meets: {
    // Prevention is said only as "I mixed that one up last month too" (a
    // shared slip, not a step to stop it recurring); the person still gave
    // full marks, and no keyword should read that sentence as prevention.
    'communication-4 en strong': 0.79,
  },
});
