import { describe, expect, it } from 'vitest';
import type { Question, RedFlag } from '../../src/bank/types.js';
import { type ScoreContext, scoreAnswer } from '../../src/scoring/score-answer.js';

/**
 * What an answer advises, not which words it uses: polarity, "don't"
 * points, red flags, number terms and length both ways, on questions built
 * inline so the rules show apart from the shipped bank.
 */
const untimed = { timeLimit: 0 };

function ask(overrides: Partial<Question> = {}): Question {
  return {
    id: 'q',
    prompt: '客户投诉商品质量，你会怎么处理？',
    points: 10,
    time_limit: 150,
    answer: '',
    analysis: '',
    key_points: [
      { point: '道歉', keywords: ['道歉', '抱歉'] },
      { point: '核实', keywords: ['核实', '订单号'] },
      { point: '倾听', keywords: ['不打断', '倾听'] },
    ],
    ...overrides,
  };
}

const covered = (q: Question, text: string, context: ScoreContext = untimed) =>
  scoreAnswer(q, text, context).keyPoints.map((k) => k.covered);

/** The ids of the red flags an answer shows, untimed. */
const flagsOf = (q: Question, text: string) =>
  scoreAnswer(q, text, untimed)
    .flags.filter((f) => f.code === 'red-flag')
    .map((f) => (f.code === 'red-flag' ? f.id : ''));
const flag = (id: string, signs: string[]): RedFlag => ({ id, wrong: id, signs, scope: 'bank' });

describe('polarity', () => {
  it('does not credit what the answer says it will not do', () => {
    const grade = scoreAnswer(ask(), '我不会道歉，也不用核实订单号，直接处理就行。', untimed);
    expect(grade.keyPoints.map((k) => k.covered)).toEqual([false, false, false]);
    expect(grade.keyPoints[0]?.reason).toEqual({ code: 'negated', keywords: ['道歉'] });
  });

  it('does not credit the refused act named again in the same sentence', () => {
    expect(covered(ask(), '我不会道歉，因为道歉就等于认错，订单号我会核实。')).toEqual([
      false,
      true,
      false,
    ]);
    const en = ask({
      prompt: 'A customer complains about quality. What do you do?',
      key_points: [{ point: 'Apologise', keywords: ['apologise', 'apologising'] }],
    });
    expect(
      covered(en, "I didn't apologise, because apologising would have meant admitting fault."),
    ).toEqual([false]);
    // Named as what the act would cost, without a reason word between.
    expect(covered(ask(), '我不会道歉，他还没说什么事，道歉就等于承认有错。')).toEqual([
      false,
      false,
      false,
    ]);
    // A contrast word says what is done instead; a new sentence is a new act.
    expect(covered(ask(), '不是敷衍地说一句抱歉，而是真诚地向客户道歉。')).toEqual([
      true,
      false,
      false,
    ]);
    expect(covered(en, "I didn't apologise at first. Later I apologised to him properly.")).toEqual(
      [true],
    );
  });

  it('credits the same words said as a commitment', () => {
    expect(covered(ask(), '我会先向客户道歉，再请他提供订单号，我马上核实。')).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('keeps the negative form of a keyword (不打断) and a negation ended by 而是', () => {
    expect(covered(ask(), '他说的时候我不打断，而是认真记下要点再核实订单。')).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('negates a term that begins inside its negation (不让 + 让客户重复, 不能 + 能退)', () => {
    const q = ask({
      key_points: [
        { point: '不让客户重复', keywords: ['接上'], avoid: ['让客户再说一遍'] },
        { point: '退款', keywords: ['能退'] },
      ],
    });
    // Without the cue's last character in the scope, 让… and 能… read as asserted.
    expect(covered(q, '我先看记录接上话题，不让客户再说一遍。这单不能退。')).toEqual([true, false]);
    expect(covered(q, '我先接上话题，然后让客户再说一遍。这单能退。')).toEqual([false, true]);
  });

  it('reads English negations: won’t, no need, never', () => {
    const q = ask({
      key_points: [
        { point: 'apologise', keywords: ['apologise', 'sorry'] },
        { point: 'verify', keywords: ['verify', 'order number'] },
      ],
    });
    expect(
      covered(q, "I won't apologise, and there's no need to verify the order number."),
    ).toEqual([false, false]);
    expect(covered(q, "I'd say sorry first, then ask for the order number to verify it.")).toEqual([
      true,
      true,
    ]);
  });

  it('negates every item of a list: 不引导加微信、私下转账', () => {
    const flag: RedFlag = { id: 'off', wrong: '站外', signs: ['私下转账'], scope: 'question' };
    const q = ask({ red_flags: [flag] });
    expect(scoreAnswer(q, '我不会引导观众加微信、私下转账交易，都走平台。', untimed).flags).toEqual(
      [],
    );
  });
});

describe('"don\'t" points', () => {
  const q = ask({
    key_points: [
      {
        point: '不归咎口音',
        keywords: ['!嘲笑口音', '没有对错'],
        avoid: ['口音太重'],
      },
      { point: '复述', keywords: ['复述'] },
    ],
  });

  it('credits a point the answer rules out (!term), not one it commits', () => {
    expect(covered(q, '我绝不会嘲笑口音，我会复述确认他的意思。')).toEqual([true, true]);
    expect(covered(q, '我会嘲笑口音，然后复述确认他的意思。')).toEqual([false, true]);
  });

  it('does not credit it when the answer shows the behaviour, whatever else it says', () => {
    const grade = scoreAnswer(q, '口音没有对错，但您口音太重了，我会复述确认。', untimed);
    expect(grade.keyPoints[0]).toMatchObject({
      covered: false,
      reason: { code: 'shows-behaviour', keywords: ['口音太重'] },
    });
  });
});

describe('red flags', () => {
  const flag: RedFlag = {
    id: 'off-platform',
    wrong: '把客户引到平台之外',
    signs: ['加微信|加我微信', '支付宝 + 退款'],
    scope: 'bank',
  };
  const q = ask({ red_flags: [flag] });
  const full = '我会先道歉，请他提供订单号马上核实，他说的时候我不打断。';

  it('caps the score at a fifth and names the flag with the words that showed it', () => {
    const grade = scoreAnswer(q, `${full}然后让他加我微信慢慢聊。`, untimed);
    expect(grade.rawScore).toBe(10);
    expect(grade.score).toBe(2);
    expect(grade.flags).toContainEqual({
      code: 'red-flag',
      id: 'off-platform',
      wrong: '把客户引到平台之外',
      matched: ['加我微信'],
      scope: 'bank',
    });
    expect(grade.cap?.because).toEqual(['red-flag']);
  });

  it('needs every part of a sign in one sentence', () => {
    expect(scoreAnswer(q, `${full}让他去支付宝申请退款。`, untimed).score).toBe(2);
    expect(scoreAnswer(q, `${full}钱会退回。支付宝里能看到到账。`, untimed).score).toBe(10);
  });

  it('shows nothing where the answer rules it out or states a condition', () => {
    expect(scoreAnswer(q, `${full}我绝不会让客户加微信。`, untimed).score).toBe(10);
    expect(scoreAnswer(q, `${full}如果客户提出加微信，我会婉拒。`, untimed).score).toBe(10);
  });

  it('shows nothing in words the speaker tells as a temptation, quoted', () => {
    // Telling a weakness is not doing it: "我可能就想说“…”或者“…”" quotes the slip.
    expect(
      scoreAnswer(
        q,
        `${full}以前客户一急，我可能就想说“加我微信”或者“加微信吧”，现在不会了。`,
        untimed,
      ).score,
    ).toBe(10);
    expect(scoreAnswer(q, `${full}我跟他说“加我微信吧”。`, untimed).score).toBe(2);
  });
});

describe('number terms', () => {
  const q = ask({ key_points: [{ point: '数据', keywords: ['{n}成', '{n}%', '{n} percent'] }] });
  it.each([
    ['投诉少了三成，这是我最骄傲的。', true],
    ['转化率做到了42%，比之前高。', true],
    ['we cut complaints by 30 percent that year', true],
    ['有一次客户找我，我帮他解决了。', false],
  ])('%s → %s', (text, expected) => {
    expect(covered(q, text)).toEqual([expected]);
  });
});

describe('length both ways', () => {
  const q = ask({
    time_limit: 60,
    key_points: [
      { point: '道歉', keywords: ['道歉'] },
      { point: '时间可控', keywords: ['~fits-time'] },
    ],
  });
  const paragraph = '我会先向客户道歉，认真听他把话说完，然后请他提供订单号，我马上核实情况。';

  it('caps an answer twice the limit’s length or more at 60 % (too-long)', () => {
    const padded = paragraph.repeat(20);
    const apologyOnly = { ...q, key_points: q.key_points.slice(0, 1) };
    const grade = scoreAnswer(apologyOnly, padded);
    expect(grade.flags.map((f) => f.code)).toContain('too-long');
    expect(grade.rawScore).toBe(10);
    expect(grade.score).toBe(6);
  });

  it('judges time control by length: fits the limit, or not', () => {
    expect(covered(q, paragraph.repeat(5), {})).toEqual([true, true]);
    const short = scoreAnswer(q, paragraph, {}).keyPoints[1];
    expect(short).toMatchObject({ covered: false, reason: { code: 'length-misfit' } });
  });

  it('judges length against the limit in force, and not at all without one', () => {
    // 256 字 are far too long for 30 s, not for the question's own 60 s.
    const codes = (context: ScoreContext) =>
      scoreAnswer(q, paragraph.repeat(8), context).flags.map((f) => f.code);
    expect(codes({ timeLimit: 30 })).toContain('too-long');
    expect(codes({})).not.toContain('too-long');
    const untimedGrade = scoreAnswer(q, paragraph.repeat(20), untimed);
    expect(untimedGrade.flags.map((f) => f.code)).not.toContain('too-long');
    expect(untimedGrade.score).toBe(10);
  });
});

describe('generalising beyond the bank’s words (third blind set)', () => {
  it('copies English only in whole words: "plain" is not copied from "complaint"', () => {
    const q = ask({
      prompt: 'A customer voices a complaint in a regional dialect. How would you respond?',
      key_points: [
        { point: 'simple words', keywords: ['plain'] },
        { point: 'dialect', keywords: ['dialect'] },
      ],
    });
    expect(covered(q, 'I would slow down and use plain words they know.')).toEqual([true, false]);
    // Three words in a row from the prompt are still a copy.
    const copied = scoreAnswer(q, 'They speak in a regional dialect, I listen.', untimed);
    expect(copied.keyPoints[1]?.reason?.code).toBe('from-question');
  });

  it('needs a sign’s parts close together', () => {
    const q = ask({ red_flags: [flag('promise', ['promise + compensation'])] });
    expect(flagsOf(q, "I'd promise them compensation on the spot.")).toEqual(['promise']);
    const apart =
      'The cases with a clear compensation rule are a seller who ships late and a delivery-time promise on the page.';
    expect(flagsOf(q, apart)).toEqual([]);
  });

  it('reads 不当着 as a negation, unlike 不当 (improper)', () => {
    const q = ask({ red_flags: [flag('shame', ['当着客户的面'])] });
    expect(flagsOf(q, '我会私下提醒他，不当着客户的面说。')).toEqual([]);
    expect(flagsOf(q, '我会当着客户的面纠正他。')).toEqual(['shame']);
  });

  it('shows no red flag in words someone else says', () => {
    const q = ask({ red_flags: [flag('off', ['加个微信'])] });
    expect(flagsOf(q, '有人说“加个微信呗”，我就说在平台里聊就行。')).toEqual([]);
    expect(flagsOf(q, '我跟他说“加个微信吧”，方便联系。')).toEqual(['off']);
    const en = ask({ red_flags: [flag('label', ['you people'])] });
    expect(flagsOf(en, 'He opened with "you people are scammers." I said sorry.')).toEqual([]);
    expect(flagsOf(en, 'I told him "you people never read the page."')).toEqual(['label']);
  });

  it("shows no red flag in someone else's words reported without quotation marks", () => {
    const q = ask({ red_flags: [flag('blame', ['客户自己 + 应该是'])] });
    expect(flagsOf(q, '运费应该是商家承担，你刚才说让客户自己出，要不要改一下？')).toEqual([]);
    expect(flagsOf(q, '同事说让客户自己出运费，这应该是他记错了规则。')).toEqual([]);
    // The speaker's own words after another's: up to a 我, the rest of the clause is reported.
    expect(flagsOf(q, '客户说东西坏了我就说应该是客户自己弄坏的。')).toEqual(['blame']);
    expect(flagsOf(q, '我跟客户说运费应该是客户自己出。')).toEqual(['blame']);
  });

  it('shares a condition with its examples', () => {
    const q = ask({ red_flags: [flag('promise', ['承诺 + 赔偿'])] });
    const text = '如果错误正在影响客户，比如承诺了不符合规则的赔偿，我会立刻私下提醒他。';
    expect(flagsOf(q, text)).toEqual([]);
    expect(flagsOf(q, '我会直接承诺赔偿，让他满意。')).toEqual(['promise']);
  });

  it('shows a !term part where the answer refuses it', () => {
    const q = ask({ red_flags: [flag('basics', ['!道歉+!核实'])] });
    expect(flagsOf(q, '我一般不道歉，也不怎么核实订单。')).toEqual(['basics']);
    expect(flagsOf(q, '我会先道歉，再核实订单。')).toEqual([]);
  });

  it('counts English number words as numbers, not "one"', () => {
    const q = ask({ key_points: [{ point: 'data', keywords: ['{n} years'] }] });
    expect(covered(q, 'I was a bartender for five years before this.')).toEqual([true]);
    expect(covered(q, 'I was a bartender for one years, they said.')).toEqual([false]);
  });
});

describe('naming a violation, not committing it (fifth blind set)', () => {
  const zh = ask({
    red_flags: [flag('off', ['加我微信', '站外交易']), flag('claim', ['全网最低'])],
  });
  const en = ask({ red_flags: [flag('off', ['wechat', 'off-platform', 'outside the platform'])] });

  it('reads the numbered lines under a heading that denies as what not to do', () => {
    const list =
      '不能说的：\n1. 绝对化用语：最好、全网最低。\n2. 站外交易：“加我微信”。\n要会说的：\n1. 价格讲清。';
    expect(flagsOf(zh, list)).toEqual([]);
    expect(flagsOf(zh, '要会说的：\n1. 价格讲清，全网最低。')).toEqual(['claim']);
    // The list ends at a line that is not numbered.
    expect(flagsOf(zh, '不能说的：\n1. 最好。\n我会让客户加我微信。')).toEqual(['off']);
  });

  it('reaches back over a long list of quoted words to the word that denies them', () => {
    expect(flagsOf(zh, '“全网最低”“第一”“顶级”“百分百有效”这些广告法禁用的词不能说。')).toEqual([]);
  });

  it('hears a red line named as one', () => {
    expect(flagsOf(zh, '红线多，客户隐私、站外交易这些一点都不能碰。')).toEqual([]);
    expect(flagsOf(zh, '我会跟他站外交易，省手续费。')).toEqual(['off']);
  });

  it('hears what shops are punished for, and "nothing moved to WeChat"', () => {
    expect(
      flagsOf(en, "I've seen shops penalised for telling buyers to add them on WeChat."),
    ).toEqual([]);
    expect(flagsOf(en, 'Refunds through the order, nothing moved to WeChat.')).toEqual([]);
    expect(flagsOf(en, 'I moved the chat to WeChat to save time.')).toEqual(['off']);
  });

  it('reads what someone asked, or what a rule is about, as a topic', () => {
    const asked = 'The buyer asked whether they could pay by bank transfer outside the platform.';
    expect(flagsOf(en, asked)).toEqual([]);
    expect(
      flagsOf(en, 'It needs stricter discipline about privacy and off-platform deals.'),
    ).toEqual([]);
    expect(flagsOf(en, 'I told the buyer to pay outside the platform.')).toEqual(['off']);
    expect(flagsOf(zh, '客户问能不能加我微信，我说平台里就能处理。')).toEqual([]);
  });
});

describe('what a number term shows', () => {
  const q = ask({
    key_points: [{ point: '数据', keywords: ['{n}%', '{n}位', 'within {n} minutes', '满意度'] }],
  });
  const shown = (text: string) => scoreAnswer(q, text, untimed).keyPoints[0]?.matched;

  it('is the number the answer gave, once per term, beside plain keywords', () => {
    expect(shown('满意度从92%提到98%，每天接待两百位顾客。')).toEqual(['92%', '两百位', '满意度']);
    expect(shown('I always reply within 10 minutes, even in the sales.')).toEqual([
      'within 10 minutes',
    ]);
  });
});

describe('a sign part written `"`: first thing after the speaker’s own quotation', () => {
  const q = ask({ red_flags: [flag('stepped-out', ['"其实|actually + 还没|haven\'t'])] });

  it('is shown where the answer steps out of its own line to the customer', () => {
    expect(flagsOf(q, '我跟他说：“已经给您改好了。”其实我还没联系仓库。')).toEqual(['stepped-out']);
    expect(
      flagsOf(q, 'I tell them, "It\'s changed." Actually I haven\'t asked the warehouse.'),
    ).toEqual(['stepped-out']);
  });

  it('is not shown by the same words elsewhere, after another’s words, a refused line or a condition', () => {
    expect(flagsOf(q, '我跟他说已经改好了，其实我还没联系仓库。')).toEqual([]);
    expect(flagsOf(q, '我跟他说：“已经给您改好了。”我觉得其实还没到时候。')).toEqual([]);
    expect(flagsOf(q, '同事跟客户说“已经改好了”，其实还没改，我私下提醒他。')).toEqual([]);
    expect(flagsOf(q, '我绝不会说“已经改好了”，其实还没改的时候只讲进度。')).toEqual([]);
    expect(flagsOf(q, '要是随口答应“已经改好了”，其实还没改，客户只会更失望。')).toEqual([]);
  });
});
