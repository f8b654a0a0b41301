import { describe, expect, it } from 'vitest';
import { pathLocator } from '../../src/bank/locate-path.js';
import { readSectionFile as parseSectionFile } from '../../src/bank/read-section.js';
import type { Bank } from '../../src/bank/types.js';
import { collectWarnings, FAST_PACE, MIN_KEY_POINTS } from '../../src/lint/warnings.js';

const FILE = 'bank/1-s.yaml';

/** A section file with one question; `keyPoints` are YAML lines under `key_points:`. */
function sectionText(q: {
  prompt?: string;
  answer: string;
  timeLimit?: number;
  keyPoints: string[];
}) {
  return [
    'id: s',
    'order: 1',
    'title: T',
    'points: 5',
    `time_limit: ${q.timeLimit ?? 120}`,
    'questions:',
    '  - id: q-1',
    `    prompt: ${q.prompt ?? '请回答。'}`,
    `    answer: ${q.answer}`,
    '    analysis: 解析。',
    '    key_points:',
    ...q.keyPoints.map((line) => `      ${line}`),
    '',
  ].join('\n');
}

function warningsOf(text: string, lang: 'zh' | 'en' = 'en') {
  const { section, issues } = parseSectionFile(text, FILE, lang);
  if (section === undefined) throw new Error(issues.map((i) => i.message).join('\n'));
  const bank: Bank = { source: 'bank', sections: [section] };
  return collectWarnings(bank, lang, new Map([[FILE, text]]));
}

const codes = (text: string) => warningsOf(text).map((w) => `${w.line}:${w.col} ${w.code}`);

const THREE_POINTS = [
  '- point: 道歉',
  '  keywords: [道歉, 抱歉]',
  '- point: 查询',
  '  keywords: [查询, 核实]',
  '- point: 跟进',
  '  keywords: [跟进, 回访]',
];
/** 23 字. */
const GOOD_ANSWER = '我先向您道歉，马上为您查询物流，之后会主动跟进到底。';

describe('collectWarnings', () => {
  it.each([
    ['a sound question', sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS }), []],
    [
      `an answer that takes longer than the limit at ${FAST_PACE} 字 a minute`,
      sectionText({
        answer: `${GOOD_ANSWER}${'好'.repeat(260)}`,
        timeLimit: 60,
        keyPoints: THREE_POINTS,
      }),
      ['9:13 answer-too-long'],
    ],
    [
      'an answer one 字 too long (251 字 in 60 s)',
      sectionText({
        answer: `${GOOD_ANSWER}${'好'.repeat(251 - 23)}`,
        timeLimit: 60,
        keyPoints: THREE_POINTS,
      }),
      ['9:13 answer-too-long'],
    ],
    [
      'an answer that just fits (250 字 in 60 s)',
      sectionText({
        answer: `${GOOD_ANSWER}${'好'.repeat(250 - 23)}`,
        timeLimit: 60,
        keyPoints: THREE_POINTS,
      }),
      [],
    ],
    [
      `fewer than ${MIN_KEY_POINTS} key points`,
      sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS.slice(0, 4) }),
      ['12:7 few-key-points'],
    ],
    [
      'a key point with one keyword',
      sectionText({
        answer: GOOD_ANSWER,
        keyPoints: [...THREE_POINTS.slice(0, 5), '  keywords: [跟进]'],
      }),
      ['17:19 single-keyword'],
    ],
    [
      'a key point the reference answer does not cover',
      sectionText({
        answer: GOOD_ANSWER,
        keyPoints: [...THREE_POINTS, '- point: 补偿', '  keywords: [补偿, 优惠券]'],
      }),
      ['18:9 point-not-in-answer'],
    ],
    [
      'a keyword found only where the answer copies the question',
      sectionText({
        prompt: '客户要求退款怎么办？',
        answer: `客户要求退款怎么办？${GOOD_ANSWER}`,
        keyPoints: [...THREE_POINTS, '- point: 退款', '  keywords: [退款, 退钱]'],
      }),
      ['18:9 point-not-in-answer'],
    ],
    [
      'a keyword repeated in another key point, once normalised',
      sectionText({
        answer: GOOD_ANSWER,
        keyPoints: [...THREE_POINTS.slice(0, 5), '  keywords: [跟进, 查詢]'],
      }),
      ['17:24 duplicate-keyword'],
    ],
    [
      'a keyword repeated in its own key point',
      sectionText({
        answer: GOOD_ANSWER,
        keyPoints: [...THREE_POINTS.slice(0, 5), '  keywords: [跟进, 回访, 跟进]'],
      }),
      ['17:28 duplicate-keyword'],
    ],
    [
      'Latin keywords that match the same words',
      sectionText({
        answer: `${GOOD_ANSWER} I will follow up.`,
        keyPoints: [
          ...THREE_POINTS.slice(0, 5),
          '  keywords: [跟进, follow-up, follow up, followup]',
        ],
      }),
      ['17:35 duplicate-keyword'],
    ],
    [
      'Latin keywords that only look alike',
      sectionText({
        answer: `${GOOD_ANSWER} Ninety per cent.`,
        keyPoints: [...THREE_POINTS.slice(0, 5), '  keywords: [跟进, per cent, percent]'],
      }),
      [],
    ],
    [
      'a translation scored against the untranslated key points',
      `${sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS })}    translations:\n      en: {prompt: P, answer: I am sorry and will check it., analysis: B}\n`,
      ['19:31 point-not-in-answer', '19:31 point-not-in-answer', '19:31 point-not-in-answer'],
    ],
    [
      'a translation with key points of its own',
      `${sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS })}    translations:\n      en:\n        prompt: P\n        answer: I am sorry, I will check the tracking and follow up.\n        analysis: B\n        key_points:\n          - {point: A, keywords: [sorry, apologise]}\n          - {point: B, keywords: [tracking]}\n          - {point: C, keywords: [follow up, call back]}\n`,
      ['25:34 single-keyword'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('says what was expected and what was found, in both languages', () => {
    const text = sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS.slice(0, 4) });
    expect(warningsOf(text, 'en')[0]).toEqual({
      file: FILE,
      line: 12,
      col: 7,
      code: 'few-key-points',
      message:
        'questions[0].key_points: only 2 key points; expected at least 3, so that the score tells a partial answer from a full one',
    });
    expect(warningsOf(text, 'zh')[0]?.message).toBe(
      'questions[0].key_points：只有 2 个要点，应至少 3 个，评分才能区分答得全和答得不全',
    );
    const long = sectionText({
      answer: `${GOOD_ANSWER}${'好'.repeat(260)}`,
      timeLimit: 60,
      keyPoints: THREE_POINTS,
    });
    expect(warningsOf(long, 'en')[0]?.message).toBe(
      'questions[0].answer: the reference answer has 283 字, which takes 68 s even at 250 字 a minute; expected at most the time limit of 60 s',
    );
    expect(warningsOf(long, 'zh')[0]?.message).toBe(
      'questions[0].answer：参考答案有 283 字，按每分钟 250 字也要 68 秒，应不超过限时 60 秒',
    );
  });

  it('places warnings at 1:1 when the file text is not given, and sorts by file and position', () => {
    const text = sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS.slice(0, 4) });
    const { section } = parseSectionFile(text, FILE, 'en');
    if (section === undefined) throw new Error('unexpected');
    const other = { ...section, file: 'a/0-first.yaml', id: 't', order: 2 };
    const warnings = collectWarnings({ source: 'bank', sections: [section, other] }, 'en');
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.col}`)).toEqual([
      'a/0-first.yaml:1:1',
      `${FILE}:1:1`,
    ]);
  });

  it("asks for a file's text only to place a warning, once a file", () => {
    // Two points, one of them missed by the answer: two warnings in one file.
    const warned = sectionText({
      answer: GOOD_ANSWER,
      keyPoints: [...THREE_POINTS.slice(0, 2), '- point: 补偿', '  keywords: [补偿, 优惠券]'],
    });
    const sound = sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS });
    const section = (text: string, file: string, order: number) => {
      const parsed = parseSectionFile(text, file, 'en').section;
      if (parsed === undefined) throw new Error('unexpected');
      return { ...parsed, file, order, id: file };
    };
    const bank: Bank = {
      source: 'bank',
      sections: [section(sound, 'b/1.yaml', 1), section(warned, 'b/2.yaml', 2)],
    };
    const asked: string[] = [];
    const texts = {
      get(file: string) {
        asked.push(file);
        return file === 'b/2.yaml' ? warned : sound;
      },
    };
    const warnings = collectWarnings(bank, 'en', texts);
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.col} ${w.code}`)).toEqual([
      'b/2.yaml:12:7 few-key-points',
      'b/2.yaml:14:9 point-not-in-answer',
    ]);
    expect(asked).toEqual(['b/2.yaml']);
  });
});

describe('collectWarnings on questions that repeat', () => {
  const sectionOf = (text: string) => {
    const { section } = parseSectionFile(text, FILE, 'en');
    if (section === undefined) throw new Error('unexpected');
    return section;
  };
  const messages = (bank: Bank) => collectWarnings(bank, 'en').map((w) => `${w.file} ${w.message}`);
  const missing = sectionText({ answer: '我会马上为您查询物流。', keyPoints: THREE_POINTS });
  const covered = sectionText({ answer: GOOD_ANSWER, keyPoints: THREE_POINTS });

  it('warns about a copy under other ids as about the first, and a changed copy by its own text', () => {
    const first = sectionOf(missing);
    const copy = { ...first, file: 'bank/2-c.yaml', id: 'c' };
    copy.questions = first.questions.map((q) => ({ ...q, id: `${q.id}-c` }));
    const alone = messages({ source: 'bank', sections: [first] });
    expect(alone.length).toBeGreaterThan(0);
    expect(messages({ source: 'bank', sections: [first, copy] })).toEqual([
      ...alone,
      ...alone.map((m) => m.replace(FILE, 'bank/2-c.yaml')),
    ]);
    // The same ids, another answer: judged again, not taken from the first.
    const changed = { ...sectionOf(covered), file: 'bank/2-c.yaml', id: 'c' };
    expect(messages({ source: 'bank', sections: [changed] })).toEqual([]);
    expect(messages({ source: 'bank', sections: [first, changed] })).toEqual(alone);
  });
});

describe('pathLocator', () => {
  const text =
    '\ufeffid: s\nquestions:\n  - id: a\n  - {id: b, key_points: [{point: p, keywords: [x, y]}]}\n';
  const locate = pathLocator(text);
  it.each([
    [['id'], { line: 1, col: 5 }],
    [['questions', 0, 'id'], { line: 3, col: 9 }],
    [['questions', 1, 'key_points', 0, 'keywords', 1], { line: 4, col: 51 }],
    // Past what is there: the nearest enclosing value.
    [['questions', 1, 'answer'], { line: 4, col: 5 }],
    [['questions', 7], { line: 3, col: 3 }],
  ])('%j', (path, expected) => {
    expect(locate(path)).toEqual(expected);
  });

  it('gives 1:1 for a text that is not YAML any more', () => {
    expect(pathLocator('a: [\n')(['a'])).toEqual({ line: 1, col: 1 });
  });
});
