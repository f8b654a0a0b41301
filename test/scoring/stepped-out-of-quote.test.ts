import { describe, expect, it } from 'vitest';
import { signPart } from '../../src/sign-parts.js';
import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * A line told to the customer, and first thing after its closing mark the answer stepping out
 * of it to say it was not so (claims-unconfirmed's sign whose first part is written `"`).
 * Sentences written for this test. `null`: the same words after a quotation someone else says,
 * one refused or in a condition, or a remark that admits nothing, which must show no red flag.
 */
const ROWS: Row[] = [
  [
    'zh',
    'scenarios-3',
    '我会直接回他：“地址已经帮您改好了，放心等收货就行。”其实我还没联系仓库，但他听了就不会一直催。',
    'claims-unconfirmed',
  ],
  [
    'zh',
    'scenarios-4',
    '我跟客户讲：“您的情况我已经报给经理了，今晚之前一定回您电话。”实际上并没有这个流程，我只是想让他安心。',
    'claims-unconfirmed',
  ],
  [
    'en',
    'scenarios-3',
    'I tell them, "Your new address is in, the courier has it." Actually I haven\'t contacted the courier yet, but it stops the chasing.',
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-2',
    'The auto-reply says, "A specialist will answer you within ten minutes, day or night." In fact nobody works nights.',
    'claims-unconfirmed',
  ],
  // A line that opens with another's act (商家已经…) is still the speaker's, told to the customer.
  [
    'zh',
    'scenarios-1',
    '我在对话框里打：“商家已经答应给您补发一件新的了，您不用再申请。”其实我还没确认，她却能先安静下来。',
    'claims-unconfirmed',
  ],
  [
    'zh',
    'scenarios-1',
    '我绝不会在对话框里打：“商家已经答应给您补发一件新的了。”其实还没确认的事，我只说正在和商家核实。',
    null,
  ],
  // Someone else's line, corrected.
  [
    'zh',
    'communication-4',
    '同事跟客户说“超过七天就不能售后了”，其实质量问题不受七天限制，我会私下提醒他。',
    null,
  ],
  [
    'en',
    'communication-4',
    'My colleague told the buyer, "It\'s past seven days, so no return." Actually a defect isn\'t covered by the seven-day limit, so I message him privately.',
    null,
  ],
  // A line refused, or one in a condition.
  ['zh', 'scenarios-3', '我绝不会说“已经发货了”，其实还没发的时候，我只讲现在到了哪一步。', null],
  [
    'zh',
    'scenarios-3',
    '如果随口答应“明天一定到”，其实并没有把握，客户只会更失望，所以我只说物流显示的时间。',
    null,
  ],
  // A remark after the line that admits nothing.
  [
    'zh',
    'scenarios-3',
    '我跟他说：“我先帮您查一下物流，两分钟后回复您。”其实多数时候两分钟就够了，不会让他久等。',
    null,
  ],
  [
    'en',
    'scenarios-3',
    'I say, "Let me check the tracking, I\'ll be back in two minutes." Actually two minutes is usually plenty, so they rarely wait long.',
    null,
  ],
];

describeRedFlagRows(
  'red flags: the answer stepping out of its own line to say it was not so',
  ROWS,
);

describe('the `"` mark', () => {
  it('is read off a part like the others', () => {
    expect(signPart(' "其实|actually ')).toEqual({ mark: '"', text: '其实|actually' });
  });
});
