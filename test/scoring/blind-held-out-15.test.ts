import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The fifteenth blind set (test/fixtures/held-out-blind-15/), HELD OUT: for the 16 core
 * questions in Chinese and English, five kinds (strong, paraphrase, partial, trap, trap-claim),
 * by two sessions that saw only the questions (and none of the bank, the scorer or another
 * fixture), asked for traps of the kinds an interviewer fails at once, said as advice, in
 * varied ways (a quoted line, a narrated habit, a tip to colleagues); copied unchanged. Never
 * shown to anyone who tunes the bank or the scorer; scored by the coordinator only. The
 * writers' reports (one line per trap naming its wrong act) were read by the coordinator.
 *
 * On arrival, 7 December: with main as the day began (633d8ec) strong 0.96 (writers 0.95),
 * paraphrase 0.89 (0.90), partial 0.28 (0.28), trap 0.53 (0.10), trap-claim 0.90 (0.12),
 * padded 0.59; rank correlation 0.30 (0.78 without the traps); 55 of 192 band checks failing.
 * With the day's changes made on the thirteenth set (e3dfc0e): trap 0.53, trap-claim 0.88,
 * 0.31, 54 failing; after the day's tuning on the sixteenth set (7db01f3): trap 0.51,
 * trap-claim 0.88, 0.32, 53 failing (16 of 32 traps, 3 of 32 trap-claims flagged at all).
 * The fake-scarcity signs of e3dfc0e were written from the thirteenth set
 * before this set's reports arrived. It does not meet the bands, so it runs only with
 * CS_INTERVIEW_HELD_OUT=1; `npm run bench:blind -- test/fixtures/held-out-blind-15 --pad`
 * prints it.
 */
describeBlindBands(
  'fifteenth blind set, held out (CS_INTERVIEW_HELD_OUT=1 to run)',
  join(import.meta.dirname, '../fixtures/held-out-blind-15'),
  { pad: true, skip: process.env.CS_INTERVIEW_HELD_OUT !== '1' },
);
