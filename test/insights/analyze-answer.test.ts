import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { analyzeAnswer } from '../../src/insights/analyze-answer.js';
import { PHRASE_GROUPS } from '../../src/insights/find-phrases.js';
import { offsetsInNormalized } from '../../src/insights/find-structure.js';
import { countChars } from '../../src/insights/measure-length.js';
import { questionProfile } from '../../src/insights/question-profile.js';
import { normalizeForMatch } from '../../src/scoring/normalize.js';
import { makeQuestion } from './question.js';

const question = makeQuestion();

describe('length', () => {
  it.each([
    ['您好，我是XXX，工作了2年。', 10],
    ['SLA 是 99.9%', 3],
    ['ＳＬＡ　达标', 3],
    ["I don't know", 3],
    ['，。！', 0],
  ])('%s counts %i 字', (text, chars) => expect(countChars(text.normalize('NFKC'))).toBe(chars));

  // At 220 字/min a 60 s limit holds 220 字: short below 50 % (110 字), too short
  // below 25 % (55 字), too long above 110 % (242 字).
  it.each([
    [0, 0, 'too-short'],
    [54, 15, 'too-short'],
    [55, 15, 'short'],
    [109, 30, 'short'],
    [110, 30, 'fits'],
    [242, 66, 'fits'],
    [243, 66, 'too-long'],
  ])('%i 字 against 60 s: %i s spoken, %s', (chars, spokenSeconds, verdict) => {
    const insights = analyzeAnswer('好'.repeat(chars), makeQuestion({ time_limit: 60 }));
    expect(insights.length).toEqual({ chars, spokenSeconds, limitSeconds: 60, verdict });
  });

  it('calls a one-liner too short for a 180 s question', () => {
    expect(analyzeAnswer('您好，我会马上帮您处理。', question).length).toEqual({
      chars: 10,
      spokenSeconds: 3,
      limitSeconds: 180,
      verdict: 'too-short',
    });
  });

  it.each([
    [60_000, 120],
    [30_000, 240],
    [90_000, 80],
    [0, undefined],
    [Number.NaN, undefined],
  ])('120 字 typed in %i ms: %s 字/min', (elapsedMs, pace) => {
    const insights = analyzeAnswer('好'.repeat(120), question, { elapsedMs });
    expect(insights.length.pacePerMinute).toBe(pace);
  });

  it('leaves the pace out without elapsedMs', () => {
    expect('pacePerMinute' in analyzeAnswer('好', question).length).toBe(false);
  });
});

describe('topWords', () => {
  it.each([
    [
      '客户的订单有问题，我先核实订单，再帮客户处理订单。',
      [
        ['订单', 3],
        ['客户', 2],
      ],
    ],
    // Split by the segmenter's dictionary (共|情, 客|服, 主|播), counted whole.
    ['共情很重要，共情不是同情，共情是理解。', [['共情', 3]]],
    ['客服要耐心，客服也要专业。', [['客服', 2]]],
    ['主播在直播，主播很累。', [['主播', 2]]],
    // Stop words (我, 的, 是) and fillers (然后) are never top words.
    ['我先核实订单，然后给您退款，然后跟进，然后回访。', []],
    ['我想说的是，服务最重要，服务就是一切，服务要用心。', [['服务', 3]]],
    ['The SLA says the sla is met.', [['SLA', 2]]],
    ['一二三四五六七', []],
  ])('%s', (text, expected) => {
    const words = expected.map(([word, count]) => ({ word, count }));
    expect(analyzeAnswer(text, question).topWords).toEqual(words);
  });

  it('keeps at most five, most used first, ties in the order of first use', () => {
    const text = '订单订单订单，客户客户，物流物流，商家商家，平台平台，规则规则。';
    expect(analyzeAnswer(text, question).topWords.map((w) => w.word)).toEqual([
      '订单',
      '客户',
      '物流',
      '商家',
      '平台',
    ]);
  });
});

describe('phrases', () => {
  const allGroups = PHRASE_GROUPS.map((g) => g.name);
  it.each([
    ['不好意思，让您久等了', ['您', '抱歉']],
    ['对不起，我明白您的着急', ['您', '抱歉', '理解']],
    ['我核对一下，尽快回访', ['核实', '马上', '跟进']],
    ['谢谢，麻烦您稍等', ['您', '感谢', '稍等', '麻烦您']],
    // 麻烦您 is its own group, not 稍等.
    ['麻烦您提供一下订单号', ['您', '麻烦您']],
    ['请提供订单号，并把问题反馈给商家', ['反馈', '请']],
    // 请 inside 申请 is not "please".
    ['我帮他申请退款', []],
  ])('%s uses %j', (text, used) => {
    const phrases = analyzeAnswer(text, question).phrases;
    expect(phrases.used).toEqual(used);
    expect(used.every((g) => allGroups.includes(g))).toBe(true);
    // The inline question's reference says nothing to a customer: nothing to suggest.
    expect(phrases.missing).toEqual([]);
  });

  it('suggests only the groups the reference answer uses in what it says to the customer', () => {
    const q = makeQuestion({
      answer: '我会先道歉：“非常抱歉，我马上为您核实，之后会跟进。”然后感谢他的耐心。',
    });
    expect(analyzeAnswer('我会为您核实订单。', q).phrases).toEqual({
      used: ['您', '核实'],
      said: ['您', '核实'],
      // 感谢 is outside the quote: the reference says it about the customer, not to them.
      missing: ['抱歉', '马上', '跟进'],
    });
  });

  it('keeps the words the answer used for each group, not the group names', () => {
    const phrases = analyzeAnswer('先向客户道歉，再核对订单，之后回访。', question).phrases;
    expect(phrases.used).toEqual(['抱歉', '核实', '跟进']);
    expect(phrases.said).toEqual(['道歉', '核对', '回访']);
    const en = analyzeAnswer("I'd apologise, then verify the order.", question).phrases;
    expect(en.said).toEqual(['apologise', 'verify']);
  });

  it.each([
    // The checklist does not credit these: the insights must not praise them either.
    ['我不会道歉，也不用核实订单，直接给您退。', ['您']],
    ['这种情况我没必要道歉，也不会去核对。', []],
    ["I won't apologise, and I don't need to verify anything.", []],
    // Said after all, elsewhere: the first match that is said counts.
    ['不用太担心，我不会推脱。非常抱歉，我马上核实。', ['抱歉', '核实', '马上']],
    // A negating word far away, or a fixed word with 不 in it, refuses nothing.
    ['不好意思，我先核实一下订单', ['抱歉', '核实']],
    ['我从不推脱责任。遇到投诉，我会先真诚地向客户道歉。', ['抱歉']],
  ])('%s uses %j, what it refuses left out', (text, used) => {
    expect(analyzeAnswer(text, question).phrases.used).toEqual(used);
  });

  it('suggests nothing for a question answered to the interviewer (no quoted speech)', () => {
    const q = makeQuestion({ answer: '我叫小王，做过两年客服，遇到投诉先道歉、再核实。' });
    expect(analyzeAnswer('我叫小李。', q).phrases.missing).toEqual([]);
  });
});

describe('fillers', () => {
  it.each([
    ['嗯，我先核实订单。', [['嗯', 1]]],
    [
      '嗯嗯我明白，呃……稍等。',
      [
        ['嗯', 1],
        ['呃', 1],
      ],
    ],
    // 然后 once is a normal connector.
    ['我先核实订单，然后给方案。', []],
    ['然后核实，然后退款，然后跟进。', [['然后', 3]]],
    // Twice is overuse only when it is at least once per 60 字.
    [`然后核实，然后退款${'好'.repeat(100)}`, [['然后', 2]]],
    [`然后核实，然后退款${'好'.repeat(120)}`, []],
    ['这个问题我来处理。', []],
    ['这个，我想想。', [['这个', 1]]],
    ['是啊，没问题。', []],
    ['啊，这个问题我来处理。', [['啊', 1]]],
    [
      '其实就是，那个，就是说，其实就是这样，就是。',
      [
        ['就是', 4],
        ['其实', 2],
        ['那个', 1],
      ],
    ],
  ])('%s', (text, expected) => {
    const fillers = expected.map(([word, count]) => ({ word, count }));
    expect(analyzeAnswer(text, question).fillers).toEqual(fillers);
  });
});

describe('structure', () => {
  const expected = ['共情', '核实', '方案', '跟进'];
  const ordered = makeQuestion({ analysis: '先共情，再核实，然后给方案，最后跟进。' });
  it.each([
    ['非常抱歉。请提供订单号，我核实后为您退款，之后会跟进。', expected, true, undefined],
    // Two steps apart and swapped: the refund before the apology.
    ['我先给您退款。抱歉让您久等。我再核实一下。', ['方案', '共情', '核实'], false, '方案'],
    // Neighbours swapped is a sensible order too (verify, then apologise).
    ['我核实一下。不好意思。马上退款。', ['核实', '共情', '方案'], true, undefined],
    ['我会核实，也会回访。', ['核实', '跟进'], true, undefined],
    ['我会跟进，也会核实。', ['跟进', '核实'], false, '跟进'],
    // One point says nothing about order.
    ['非常抱歉。', ['共情'], true, undefined],
    ['', [], true, undefined],
    // An opening outline does not fix each step's place: the median mention counts.
    [
      '我会先核实、再退款、最后跟进。抱歉让您遇到这种情况。我核实了订单号。可以退款或换货。我会回访，保证跟进到位。',
      expected,
      true,
      undefined,
    ],
  ])('%s → %j', (text, found, inOrder, firstOutOfOrder) => {
    const structure = analyzeAnswer(text, ordered).structure;
    expect(structure).toEqual({
      expected,
      found,
      inOrder,
      ordered: true,
      ...(firstOutOfOrder ? { firstOutOfOrder } : {}),
    });
  });

  it('knows when the analysis asks for no order at all', () => {
    expect(analyzeAnswer('我会跟进，也会核实。', question).structure.ordered).toBe(false);
    expect(analyzeAnswer('我会跟进，也会核实。', ordered).structure.ordered).toBe(true);
  });

  it('matches Latin keywords as whole words only', () => {
    const q = makeQuestion({
      key_points: [
        { point: '承诺时效', keywords: ['SLA'] },
        { point: '道歉', keywords: ['抱歉'] },
      ],
    });
    expect(analyzeAnswer('抱歉，a SLAB of text', q).structure.found).toEqual(['道歉']);
    expect(analyzeAnswer('抱歉，按 ＳＬＡ 处理', q).structure).toMatchObject({
      found: ['道歉', '承诺时效'],
    });
  });

  it('prepares each question once', () => {
    expect(questionProfile(question)).toBe(questionProfile(question));
  });

  it('places only the points the grade credits, when told them', () => {
    const text = '我不会道歉，也不用核实订单，直接退款。';
    // Without the grade the keywords place all three (道歉 is 共情's only by the bank's words).
    expect(analyzeAnswer(text, ordered).structure.found).toEqual(['核实', '方案']);
    const graded = analyzeAnswer(text, ordered, { covered: ['方案'] }).structure;
    expect(graded.found).toEqual(['方案']);
    expect(graded.inOrder).toBe(true);
    // Out of order only among what was credited.
    const swapped = '我先给您退款。抱歉让您久等。我再核实一下。';
    expect(analyzeAnswer(swapped, ordered, { covered: ['共情', '核实'] }).structure).toMatchObject({
      found: ['共情', '核实'],
      inOrder: true,
    });
  });

  describe('offsets of Latin keywords in the normalised text', () => {
    const lowered = '抱歉，按 ｓｌａ 处理。sla！又一次 sla，「ｓｌａ」'
      .normalize('NFKC')
      .toLowerCase();
    const indices = [...lowered.matchAll(/sla/g)].map((m) => m.index);

    it('are where the keyword is in normalizeForMatch of the whole text', () => {
      const whole = normalizeForMatch(lowered);
      const offsets = offsetsInNormalized(lowered, indices);
      expect(offsets).toHaveLength(4);
      for (const at of offsets) expect(whole.slice(at, at + 3)).toBe('sla');
      expect(offsets).toEqual(indices.map((i) => normalizeForMatch(lowered.slice(0, i)).length));
    });

    it('normalise each character once, not the whole prefix at every occurrence', () => {
      let seen = 0;
      const counting = (text: string) => {
        seen += text.length;
        return normalizeForMatch(text);
      };
      const long = 'sla。'.repeat(2_000);
      offsetsInNormalized(
        long,
        [...long.matchAll(/sla/g)].map((m) => m.index),
        counting,
      );
      expect(seen).toBeLessThanOrEqual(long.length);
    });
  });
});

describe('the shipped bank', () => {
  it('finds the reference answer of scenarios-1 in order, of fitting length, with every phrase', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'zh' });
    const q = bank.sections.flatMap((s) => s.questions).find((x) => x.id === 'scenarios-1');
    if (!q) throw new Error('scenarios-1 is gone from the bank');
    const insights = analyzeAnswer(q.answer, q);
    expect(insights.length.verdict).toBe('fits');
    expect(insights.phrases.missing).toEqual([]);
    expect(insights.fillers).toEqual([]);
    expect(insights.structure.inOrder).toBe(true);
    expect(insights.structure.found).toEqual(insights.structure.expected);
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
  });
});

describe('English answers', () => {
  it('recognise the service phrases in English, as whole words', () => {
    const insights = analyzeAnswer(
      "I'm so sorry, I understand how frustrating this is. Let me check your order right away, and I will follow up tomorrow. Thanks for waiting, please bear with me.",
      question,
    );
    expect(insights.phrases.used).toEqual([
      '抱歉',
      '理解',
      '核实',
      '马上',
      '跟进',
      '感谢',
      '请',
      '稍等',
    ]);
    expect(
      analyzeAnswer('The checkbook was unsorry and unpleased.', question).phrases.used,
    ).toEqual([]);
  });
});

describe('length of English answers', () => {
  it('is spoken in words at 145 a minute', () => {
    const english = makeQuestion({
      answer: 'I would apologise first, then check the order and offer a fix.',
    });
    const words = Array.from({ length: 145 }, () => 'word').join(' ');
    expect(analyzeAnswer(words, english).length.spokenSeconds).toBe(60);
    expect(analyzeAnswer(words, question).length.spokenSeconds).toBe(40);
  });
});
