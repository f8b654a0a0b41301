import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The eleventh blind set (test/fixtures/held-out-blind-11/), HELD OUT: for the
 * 16 core questions in Chinese and English, five kinds (strong, paraphrase,
 * partial, trap, trap-claim: the wrong act is telling the customer something
 * untrue or hiding something, in ordinary words), by a session that saw only
 * the questions and never the bank's keywords, flags or scorer; copied
 * unchanged. Never shown to anyone who tunes the bank or the scorer; scored by
 * the coordinator only. Its twin, the tenth set, is the tuning set.
 *
 * On arrival (main c90f4f2, 3 December): mean share strong 0.90, paraphrase
 * 0.83, partial 0.32 (writer 0.32), trap 0.41, trap-claim 0.66, padded 0.58;
 * rank correlation 0.47 (0.74 without the traps); 66 of 192 band checks
 * failing. After the claim red flags tuned on the twelfth set (4 December):
 * trap 0.41, trap-claim 0.64, the rest unchanged, 65 failing. After the families tuned on
 * the thirteenth set (5 December): trap 0.40, trap-claim 0.63, 63 failing; that tuning had
 * capped two strong English answers (options offered, read as a full refund with the item
 * kept), found here and fixed by the coordinator: a slight contamination. It does not meet the bands,
 * so it runs only with CS_INTERVIEW_HELD_OUT=1; `npm run bench:blind --
 * test/fixtures/held-out-blind-11 --pad` prints it.
 */
describeBlindBands(
  'eleventh blind set, held out (CS_INTERVIEW_HELD_OUT=1 to run)',
  join(import.meta.dirname, '../fixtures/held-out-blind-11'),
  { skip: process.env.CS_INTERVIEW_HELD_OUT !== '1' },
);
