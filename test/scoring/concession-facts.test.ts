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
  // A concession that grants the situation, then refuses the act: still the concession's scope.
  ['zh', 'communication-1', '哪怕其实客户口音太重、我确实听不清，我也不会抱怨，会请他打字。', null],
  ['zh', 'scenarios-3', '即使明明是客户自己填错了地址，我也不会说是他的错。', null],
  ['zh', 'industry-region-3', '我从不在弹幕里刷“只剩最后三件了”，库存多少就说多少。', null],
];

describeRedFlagRows('red flags: a concession that admits a fact', ROWS);
