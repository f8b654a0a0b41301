import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { readSectionFile } from '../../src/bank/read-section.js';
import type { Bank } from '../../src/bank/types.js';
import { attributingOpening } from '../../src/lint/follow-up-premise.js';
import { collectWarnings } from '../../src/lint/warnings.js';

const FILE = 'bank/1-s.yaml';

/** A sound question (no other warning) whose follow-ups have these prompts (zh, en). */
function bankText(followUps: { prompt: string; en: string; after?: string }[]): string {
  const head = [
    'id: s',
    'order: 1',
    'title: T',
    'points: 5',
    'time_limit: 120',
    'questions:',
    '  - id: q-1',
    '    prompt: 客户说没收到货，你怎么办？',
    '    answer: 我先向您道歉，马上为您查询物流，之后会主动跟进到底。',
    '    analysis: 解析。',
    '    key_points:',
    '      - {point: 道歉, keywords: [道歉, 抱歉]}',
    '      - {point: 查询, keywords: [查询, 核实]}',
    '      - {point: 跟进, keywords: [跟进, 回访]}',
    '    follow_ups:',
  ];
  const items = followUps.flatMap((f, i) => [
    `      - id: q-1-fu-${i + 1}`,
    `        prompt: ${f.prompt}`,
    ...(f.after === undefined ? [] : [`        after: ${f.after}`]),
    '        time_limit: 60',
    '        key_points:',
    '          - {point: 道歉, keywords: [道歉, 抱歉]}',
    '        translations:',
    `          en: {prompt: '${f.en}', key_points: [{point: Sorry, keywords: [sorry]}]}`,
  ]);
  return [...head, ...items, ''].join('\n');
}

function warningsOf(text: string, lang: 'zh' | 'en') {
  const { section, issues } = readSectionFile(text, FILE, lang);
  if (section === undefined) throw new Error(issues.map((i) => i.message).join('\n'));
  const bank: Bank = { source: 'bank', sections: [section] };
  return collectWarnings(bank, lang, new Map([[FILE, text]]));
}

describe('attributingOpening', () => {
  it.each([
    ['你说自己能稳住客户情绪。能讲一次吗？', '你说'],
    ['  你提到满意度排前三，怎么算的？', '你提到'],
    ['就你讲的那个例子：客户还不满意呢？', '就你讲'],
    ['You say you can keep customers calm.', 'You say'],
    ['YOU MENTIONED a refund. Why?', 'YOU MENTIONED'],
    ['You’ve mentioned the rules. Which ones?', 'You’ve mentioned'],
    ['Take your own example. What if it fails?', 'Take your own example'],
  ])('%j opens with %j', (prompt, opening) => {
    expect(attributingOpening(prompt)).toBe(opening);
  });

  it.each([
    '你说说看，客户还是不接受怎么办？',
    '假如你答应客户五点回复，到点商家还没回你，怎么办？',
    '客户说：“你说的我不信。”你怎么接？',
    'You saw the snapshot: the page was right. How do you tell them?',
    'Your supervisor is away. What do you do?',
    'Say you escalate it, and the team needs three days. What now?',
    'If you had said sorry, what would you do next?',
  ])('%j quotes no answer', (prompt) => {
    expect(attributingOpening(prompt)).toBeUndefined();
  });
});

describe('the follow-up-premise warning', () => {
  const text = bankText([
    {
      prompt: '你说你会先道歉，客户还是骂你呢？',
      en: 'You mentioned an apology. And if he still swears?',
      after: '道歉',
    },
    { prompt: '假如客户还是骂你呢？', en: 'What if he still swears?', after: '跟进' },
    { prompt: '你刚才说会跟进，跟进几次？', en: 'How often do you follow up?' },
  ]);

  it('fires on each prompt, in either language, that opens by quoting the answer, at its position', () => {
    const found = warningsOf(text, 'en').map((w) => `${w.file}:${w.line}:${w.col} ${w.code}`);
    expect(found).toEqual([
      `${FILE}:17:17 follow-up-premise`,
      `${FILE}:23:24 follow-up-premise`,
      `${FILE}:33:17 follow-up-premise`,
    ]);
  });

  it('says why, in both languages: it is asked when the answer missed the point', () => {
    const en = warningsOf(text, 'en').map((w) => w.message);
    expect(en[0]).toBe(
      'questions[0].follow_ups[0].prompt: the prompt opens with "你说", as if quoting the answer, but it is asked only when the answer missed "道歉", so the answer may not say that; ask directly, or suppose ("If…")',
    );
    expect(en[1]).toMatch(
      /^questions\[0\]\.follow_ups\[0\]\.translations\.en\.prompt: the prompt opens with "You mentioned"/,
    );
    expect(en[2]).toContain(
      'a follow-up without `after` is asked when the answer missed nothing a follow-up probes',
    );
    const zh = warningsOf(text, 'zh').map((w) => w.message);
    expect(zh[0]).toBe(
      'questions[0].follow_ups[0].prompt：追问以 "你说" 开头，像在引用答案；但它只在答案漏掉要点 "道歉" 时才问，答案未必这么说过，请直接问，或用“假如……”',
    );
    expect(zh[2]).toContain('不带 after 的追问是在答案没漏掉任何被追问的要点时问的');
  });
});

describe('the shipped bank', () => {
  it('has no follow-up, in any language, that quotes the answer', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'zh' });
    const prompts = bank.sections.flatMap((s) =>
      s.questions.flatMap((q) =>
        (q.follow_ups ?? []).flatMap((f) => [
          { id: f.id, prompt: f.prompt },
          ...Object.values(f.translations ?? {}).map((t) => ({ id: f.id, prompt: t.prompt })),
        ]),
      ),
    );
    expect(prompts.length).toBeGreaterThan(200);
    // Not only at the start: no sentence of a prompt opens by quoting the answer.
    const quoting = prompts.filter(({ prompt }) =>
      prompt.split(/(?<=[。？！；：.?!;:])\s*/).some((s) => attributingOpening(s) !== undefined),
    );
    expect(quoting).toEqual([]);
  });
});
