import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The seventeenth blind set (test/fixtures/held-out-blind-17/), HELD OUT: for the 16 core
 * questions in Chinese and English, five kinds (strong, paraphrase, partial, trap,
 * trap-claim), by two sessions that saw only the questions and a brief (none of the bank,
 * the scorer, another fixture or this repository), traps said as a tip, a habit, a story
 * told with pride, a line quoted, something taught to colleagues, or in passing; copied
 * unchanged. Its writers reported only the files written: no one who tunes the bank or the
 * scorer has read a line of it or a description of its traps. Writers' shares: strong 0.95,
 * paraphrase 0.90, partial 0.27, trap 0.06, trap-claim 0.11.
 *
 * On arrival, 8 December, with main after the day's tuning (32d1c9f): strong 0.99, paraphrase
 * 0.83, partial 0.38, trap 0.49, trap-claim 0.78, padded 0.60; rank correlation 0.41 (0.81
 * without the traps); 46 of 192 band checks failing. Main as the day began (f3b43b9) scores
 * it exactly the same: the day's changes, made on the tuning sets, reached none of it.
 * 20 of its 32 traps and 7 of its 32 trap-claims show a red flag; one good answer is capped
 * by one. It does not meet the bands, so it runs only with CS_INTERVIEW_HELD_OUT=1;
 * `npm run bench:blind -- test/fixtures/held-out-blind-17 --pad` prints it.
 */
describeBlindBands(
  'seventeenth blind set, held out (CS_INTERVIEW_HELD_OUT=1 to run)',
  join(import.meta.dirname, '../fixtures/held-out-blind-17'),
  { pad: true, skip: process.env.CS_INTERVIEW_HELD_OUT !== '1' },
);
