import { describe, expect, it } from 'vitest';
import { signPart } from '../../src/sign-parts.js';
import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * An outcome told to the customer as done, and only afterwards the check that would know it
 * (claims-unconfirmed's sign with a part written `-<`: no check found before the claim).
 * Sentences written for this test. `null`: the same claim grounded by a check made first, or
 * said by someone else, which must show no red flag.
 */
const ROWS: Row[] = [
  [
    'zh',
    'scenarios-3',
    '我会先回他：“亲，已经给您改好了，放心等收货。”然后再去后台看仓库改没改。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-3',
    'I reply, "All sorted, I\'ve changed it for you." Then I look up the order to see whether the warehouse can still change it.',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-2',
    'I post, "Your problem has already been solved, everyone!" The room calms down. Then I go into the back end and find their order.',
    'claims-unconfirmed',
  ],
  // A check refused is no check: 没查过 grounds nothing.
  [
    'zh',
    'scenarios-3',
    '我没查过物流。我跟他说：“已经发出了，在路上了。”之后我再去查物流。',
    'claims-unconfirmed',
  ],
  [
    'zh',
    'scenarios-3',
    '我先查了物流，系统显示包裹今早已经发出。我就告诉他：“已经在路上了，预计周四到。”然后再去看看有没有延误。',
    null,
  ],
  [
    'en',
    'scenarios-3',
    'I checked the tracking first: it left the depot this morning. So I tell them, "It\'s on its way." Then I look into whether the courier has delays.',
    null,
  ],
];

describeRedFlagRows('red flags: an outcome told before it was checked', ROWS);

describe("a sign part's mark", () => {
  it('is read off once, the longest first', () => {
    expect(signPart(' -<查到|checked ')).toEqual({ mark: '-<', text: '查到|checked' });
    expect(signPart('-查到')).toEqual({ mark: '-', text: '查到' });
    expect(signPart('> 其实还没')).toEqual({ mark: '>', text: '其实还没' });
    expect(signPart(' 已经发货 ')).toEqual({ mark: '', text: '已经发货' });
  });
});
