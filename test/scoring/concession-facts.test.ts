import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * A concession that says what is so (哪怕其实库存还有很多 admits the stock, it supposes
 * nothing) is neither a negation nor a condition. Sentences written for this test. `null`: a
 * concession that only supposes, and a line refused, which must show no red flag.
 */
const ROWS: Row[] = [
  [
    'zh',
    'industry-region-3',
    '我在弹幕里一直喊“只剩最后五盒了”，哪怕其实库存还有很多。',
    'fake-urgency',
  ],
  ['zh', 'industry-region-3', '即使库存还有很多，我也不会喊“只剩最后五盒”。', null],
  ['zh', 'industry-region-3', '我从不在弹幕里刷“只剩最后三件了”，库存多少就说多少。', null],
];

describeRedFlagRows('red flags: a concession that admits a fact', ROWS);
