import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/scoring/answer-text.js';
import { findTerm, type Occurrence } from '../../src/scoring/find-terms.js';
import { prepareKeyword } from '../../src/scoring/prepare-question.js';

/**
 * Where a term is found in an answer: every place, in order, overlapping ones
 * too, found through the index of character pairs and checked against the
 * text, whichever answer was looked at before.
 */
const starts = (term: string, answer: string) => {
  const out: Occurrence[] = [];
  findTerm(prepareKeyword(term, false), prepareText(answer), 0, out);
  return out.map((o) => o.start);
};

describe('findTerm', () => {
  it.each([
    ['every place, in order', '核实', '先核实订单再核实物流', [1, 6]],
    ['overlapping places', '哈哈', '哈哈哈', [0, 1]],
    ['at the very end', '道歉', '我先道歉', [2]],
    ['a one-character term', '退', '退款退货', [0, 2]],
    ['nothing where only the first pair matches', '核实物流', '核实订单', []],
    ['not across a clause', '不再', '不满；再核实', []],
  ] as const)('%s', (_name, term, answer, expected) => {
    expect(starts(term, answer)).toEqual(expected);
  });

  it('finds the same whichever answer came before, longer or shorter', () => {
    const long = '客服'.repeat(500);
    expect(starts('客服', long)).toHaveLength(500);
    expect(starts('客服', '我做过客服')).toEqual([3]);
    expect(starts('做过', '我做过客服')).toEqual([1]);
  });

  it('checks the text where two pairs share a bucket of the index', () => {
    // Many distinct pairs in one answer: some share a bucket, and only the real one matches.
    const chars = Array.from({ length: 3000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7) % 2000)),
    );
    const answer = chars.join('');
    const term = answer.slice(1234, 1237);
    expect(starts(term, answer)).toEqual(
      [...answer.matchAll(new RegExp(term, 'g'))].map((m) => m.index),
    );
  });
});
