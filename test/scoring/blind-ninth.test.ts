import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The ninth blind set (test/fixtures/answers-blind-9/, copied unchanged from
 * two sessions that saw only the questions): for the 16 core questions, in
 * Chinese and English, a strong answer and three fluent traps (a forbidden
 * remedy, a broken "don't", and one more wrong act of the writer's choice),
 * each with the share the writer gave (strong 1.0, traps 0.05). Written to
 * measure whether the red flags tuned on the seventh set reach other
 * wordings and other wrong acts.
 *
 * Measured on arrival, with no change made in view of it (main at the end
 * of 2 December's third session): mean share strong 0.91, trap-remedy 0.34,
 * trap-dont 0.38, trap 0.49; rank correlation 0.66; 60 of 128 band checks
 * failing, 49 of them traps. It is the next tuning set; the held-out eighth
 * set stays the check. What fails is named below, each with the bound the
 * scorer does meet (0.01 of slack for the rounding of scores); remove an
 * entry once its band is met. After the flags for a fake delivery scan, a
 * slip blamed on the system, money into one's own account and the shop's
 * spare accounts: trap-remedy 0.30, trap 0.44, 54 of 128 failing; and for a
 * shared login, a false customs value and an order changed unasked:
 * trap-remedy 0.25, trap 0.39, 48 failing; with a customer tagged
 * 'difficult' and data sent to outsiders: trap 0.38, 47 failing; with English
 * signs spanning 10 words (was 8): trap-remedy 0.24, 46 failing. With the
 * claim flags of #9 (a status said unchecked, a rule made up) and wider signs
 * of blame, false refund reasons, rewards to an abuser and regional labels:
 * trap-remedy 0.23, trap-dont 0.29, trap 0.33, 32 failing. With voice
 * messages sent to a relative, an accent said to be unintelligible, the page
 * changed for the platform's reviewer and a customer shamed in public:
 * trap-dont 0.25, trap 0.26, 25 failing. With the families of #9's traps
 * round (red-flag-kinds-families*.test.ts: a label on the customer in any
 * words, a waiting customer left unanswered, one buyer's data or history
 * told to someone else, rewards for a review, a slip kept out of the figures,
 * an order changed and told afterwards, a lead's seat used, a reason picked
 * for speed, a status told when nothing was found): trap-remedy 0.19,
 * trap-dont 0.21, trap 0.20, Spearman 0.82 (was 0.77); 12 failing, one of
 * them a trap (industry-region-1 en: its "scams" reads as a warning).
 */
describeBlindBands('ninth blind set', join(import.meta.dirname, '../fixtures/answers-blind-9'), {
  meets: {
    'communication-1 zh strong': 0.79,
    'communication-2 en strong': 0.59,
    'communication-3 en strong': 0.79,
    'communication-4 en strong': 0.79,
    'industry-region-1 en trap-dont': 0.6,
    'industry-region-2 zh strong': 0.59,
    'industry-region-2 en strong': 0.79,
    'industry-region-4 zh strong': 0.79,
    'scenarios-3 zh strong': 0.79,
    'self-intro-1 zh strong': 0.59,
    'self-intro-1 en strong': 0.79,
    'self-intro-3 en strong': 0.79,
  },
});
