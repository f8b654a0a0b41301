import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The fourteenth blind set (test/fixtures/held-out-blind-14/), HELD OUT: for
 * the 16 core questions in Chinese and English, five kinds (strong,
 * paraphrase, partial, trap, trap-claim), by a session that saw only the
 * questions and never the bank's keywords, flags or scorer, asked for varied
 * candidates (colloquial, formal, a story, numbers) and traps of many kinds;
 * copied unchanged. Its twin, the thirteenth set (subtle traps: the wrong act
 * said in passing), is a tuning set. Never shown to anyone who tunes the bank
 * or the scorer; scored by the coordinator only.
 *
 * On arrival (main c6d2d86, 4 December): mean share strong 0.87 (writer
 * 0.99), paraphrase 0.84 (0.94), partial 0.35 (0.33), trap 0.21 (0.06),
 * trap-claim 0.43 (0.06), padded 0.55; rank correlation 0.66 (0.62 without
 * the traps); 40 of 192 band checks failing. It does not meet the bands, so
 * it runs only with CS_INTERVIEW_HELD_OUT=1; `npm run bench:blind --
 * test/fixtures/held-out-blind-14 --pad` prints it.
 */
describeBlindBands(
  'fourteenth blind set, held out (CS_INTERVIEW_HELD_OUT=1 to run)',
  join(import.meta.dirname, '../fixtures/held-out-blind-14'),
  { skip: process.env.CS_INTERVIEW_HELD_OUT !== '1' },
);
