import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The sixteenth blind set (test/fixtures/answers-blind-16/, copied unchanged from two writers
 * who saw only the questions, never the bank, the scorer or another fixture): for the 16 core
 * questions, in Chinese and English, strong, paraphrase, partial, trap and trap-claim, the
 * traps told as a habit, a tip to colleagues, a boast or a story recommended. A tuning set,
 * written the same day and by the same brief as the fifteenth (held out), to tune on while
 * that one measures. Writers' shares: strong 0.95, paraphrase 0.90, partial 0.26, trap 0.08,
 * trap-claim 0.12; padded answers made by `padAnswer`.
 *
 * On arrival (main ecdb34e, 7 December): strong 0.94, paraphrase 0.84, partial 0.27, trap
 * 0.48, trap-claim 0.72, padded 0.59; Spearman 0.41 (0.77 without traps); 50 of 192 band
 * checks failing, four good answers capped by a red flag they do not commit.
 * After tuning on it (the families in red-flag-kinds-sixteenth.test.ts, each in wordings of
 * our own; an "if" inside the agent's own line is the ask itself; a bank-wide fake-urgency
 * flag; a colleague run down to the customer; a few everyday wordings as keywords: in one
 * go, away message): strong 0.99, paraphrase 0.91, trap 0.26, trap-claim 0.54; Spearman
 * 0.64 (0.84); 25 failing, none of them a good answer flagged.
 * 8 December (the mechanisms, not this set's words, mostly: a line judged by its telling, a
 * concession that admits a fact, a quotation one unit between a sign's parts; and a few
 * families: told before the answer came back, a problem left for the customer to find, a
 * refund that waits on nothing; then a review's false positives taken out again): trap
 * 0.23, trap-claim 0.33; Spearman 0.75 (0.84); 14 failing.
 * What fails is named below, each with the bound the scorer does meet (0.01 of slack for
 * the rounding of scores); remove an entry once its band is met.
 */
describeBlindBands(
  'sixteenth blind set',
  join(import.meta.dirname, '../fixtures/answers-blind-16'),
  {
    pad: true,
    meets: {
      'communication-1 zh trap-claim': 0.8,
      'communication-2 en trap': 0.6,
      'communication-3 zh paraphrase': 0.59,
      'communication-3 en trap-claim': 0.6,
      'industry-region-3 en strong': 0.79,
      'industry-region-3 en paraphrase': 0.59,
      'industry-region-1 en trap-claim': 1.0,
      'industry-region-3 en trap': 0.4,
      'industry-region-3 en trap-claim': 0.6,
      'industry-region-4 zh strong': 0.79,
      'industry-region-4 zh trap-claim': 0.6,
      'scenarios-1 zh trap': 0.6,
      'scenarios-3 en trap-claim': 1.0,
      'scenarios-5 zh trap-claim': 1.0,
    },
  },
);
