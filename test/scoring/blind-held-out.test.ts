import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The held-out half of the blind answers, kept apart from the tuning and
 * added by the coordinator to test/fixtures/held-out-blind/ (same format as
 * test/fixtures/answers-blind/): the same bands, on answers the bank was
 * never tuned against. Skipped while the folder is absent.
 */
describeBlindBands(
  'blind held-out answers',
  join(import.meta.dirname, '../fixtures/held-out-blind'),
);
