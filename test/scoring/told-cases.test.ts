import { describe, expect, it } from 'vitest';
import { gradeOn, redFlagsOn } from './shipped-scoring.js';

/**
 * What a strong answer says that is not the candidate's own act: a case told
 * as a story (what was done to the customer before the candidate came in),
 * an act named with what it would lead to (反而害了他), the words "outside the
 * platform" (平台外), comments quoted by their kind. Sentences written for this
 * test; scored against the shipped bank.
 */
const grade = gradeOn;
const redFlags = (lang: 'zh' | 'en', text: string) => redFlagsOn(lang, 'scenarios-4', text);

const NOT_THE_CANDIDATES_ACT: ['zh' | 'en', string][] = [
  ['zh', '一位买家的快递丢了，打了三次电话，每次都让他从头讲一遍。我接手后先翻了全部记录。'],
  ['zh', '去年有个顾客退款卡住了，换了好几个客服，都让她从头说一遍经过。'],
  ['zh', '帮他瞒着组长反而害了他，出了事谁也兜不住。'],
  ['zh', '我们只在平台内收款，不走平台外的任何渠道。'],
  [
    'en',
    'Questions like "can I pay you on WeChat?" get one answer: please order in the live room.',
  ],
  [
    'en',
    "She'd phoned three times, and each time they asked her to start over from the beginning.",
  ],
];

const THE_CANDIDATES_ACT: ['zh' | 'en', string, string][] = [
  ['zh', '我会让他从头说一遍，这样不会漏。', 'makes-customer-repeat'],
  ['zh', '一位客户来问退款，我让他从头说一遍。', 'makes-customer-repeat'],
  ['zh', '我会帮他瞒着组长，反正客户也没发现。', 'covers-up'],
  ['zh', '这单不走平台，直接打到公司账户。', 'off-platform'],
  ['en', 'I reply to the comments with "add me on WeChat".', 'off-platform'],
  ['en', "I'd ask him to start over from the beginning.", 'makes-customer-repeat'],
];

describe('told as a case or named as a boundary: no red flag', () => {
  it.each(NOT_THE_CANDIDATES_ACT)('(%s) %s', (lang, text) => {
    expect(redFlags(lang, text)).toEqual([]);
  });
});

describe('the candidate’s own act still shows', () => {
  it.each(THE_CANDIDATES_ACT)('(%s) %s → %s', (lang, text, id) => {
    expect(redFlags(lang, text)).toContain(id);
  });
});

/** The "don't" point of scenarios-4: read the history, never make the customer repeat. */
function historyPoint(lang: 'zh' | 'en', text: string) {
  return grade(lang, 'scenarios-4', text).keyPoints[0];
}

describe('a "don\'t" point: the behaviour must be the candidate’s own', () => {
  it.each([
    ['zh', '一位老客户之前联系了三次，每次都得从头再讲。这次我先翻了聊天记录再开口。'],
    [
      'en',
      'He had phoned four times and had to go through it all again on every call. I read the past tickets before replying.',
    ],
    [
      'en',
      'The customer said the last agent told him, "tell me everything again". I read the chat logs first.',
    ],
  ] as const)('(%s) %s', (lang, text) => {
    expect(historyPoint(lang, text)?.covered).toBe(true);
  });
  it.each([
    ['zh', '我先看聊天记录，如果没看懂，我就请您从头说一遍。'],
    ['en', 'I check the history, and then I ask, "please tell me everything again".'],
    [
      'en',
      'I read the notes; if the next shift needs more, they can have him explain everything again.',
    ],
  ] as const)('(%s) %s still shows it', (lang, text) => {
    expect(historyPoint(lang, text)?.reason?.code).toBe('shows-behaviour');
  });
});
