import { describeRedFlagRows, type Row } from './shipped-scoring.js';

/**
 * How far apart a sign's parts may be, when both lie outside quotations, is counted with a
 * quotation between them as one unit: the line told is one thing said, however long, so the
 * telling before it and what is admitted after it stay in reach. A part inside a quotation
 * is measured word by word. Sentences written for this test. `null`: the line told after a
 * check, and a promise of effort deep inside a long line.
 */
const ROWS: Row[] = [
  [
    'en',
    'industry-region-1',
    'My habit is to promise buyers a firm date in my first reply, "Samples in five days, the bulk order in three weeks, delivered to your door", before I\'ve checked with the factory.',
    'claims-unconfirmed',
  ],
  [
    'en',
    'industry-region-1',
    'I give buyers a firm date, "Samples in five days, the bulk order in three weeks, delivered to your door", only after I\'ve checked with the factory.',
    null,
  ],
  // A telling before a long line reaches only its first words: a promise of effort deep
  // inside it is no promise told to calm the customer.
  [
    'zh',
    'communication-1',
    '不管他说得多快，我都先稳住语气，让他感觉到我在用心听：“您慢慢说，您碰上的这件事我一定帮您弄清楚。”',
    null,
  ],
];

describeRedFlagRows('red flags: a quotation counts as one unit between the parts of a sign', ROWS);
