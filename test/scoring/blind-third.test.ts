import { join } from 'node:path';
import { describeBlindBands } from './blind-bands.js';

/**
 * The third blind set (test/fixtures/answers-blind-3/, copied unchanged from a
 * session that never saw the bank or the scorer; padded answers made by the
 * rule in `padAnswer`). Measured once before any change, as a held-out result
 * (see the README's scoring section), then used to tune general rules and
 * concept families. Held to the bands everywhere the scorer meets them;
 * where it does not yet, `meets` asserts what it does reach (0.01 of slack
 * for the rounding of scores to one decimal), so a miss is visible in the
 * test's title and a regression below today's level still fails. Remove an
 * entry once the band is met.
 */
describeBlindBands('third blind set', join(import.meta.dirname, '../fixtures/answers-blind-3'), {
  pad: true,
  meets: {
    // Leaves out the customer's voice and the feedback loop, one of the five
    // points (merged from two, as the analysis has it), and the interviewer
    // still gave full marks: the strong answer's retention story ("记录的客户
    // 偏好") is not feedback to the business, so the point stays missed.
    'self-intro-3 zh strong': 0.79,
  },
});
