import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ChoiceItem } from '../../../src/bank/choice-types.js';
import type { Section } from '../../../src/bank/types.js';
import {
  bankToJson,
  renderAnswerKeyMarkdown,
  renderAnswerKeyText,
} from '../../../src/ui/render/render-answer-key.js';
import { renderAnswerKeyHtml } from '../../../src/ui/render/render-answer-key-html.js';

const tf: ChoiceItem = {
  id: 'r-cashback',
  type: 'true_false',
  prompt: '客服可以用返现换*好评*。',
  options: [],
  correct: false,
  explanation: '不得以利益诱导好评。',
  source: '《电子商务法》第十七条',
  points: 1,
  time_limit: 60,
};
const multiple: ChoiceItem = {
  ...tf,
  id: 'r-exceptions',
  type: 'multiple',
  prompt: '哪些商品依法不适用七日无理由退货？',
  options: ['定作的商品', '普通成衣', '鲜活易腐的商品'],
  correct: ['A', 'C'],
};
const section: Section = {
  id: 'rules',
  order: 5,
  title: '平台规则',
  points: 1,
  time_limit: 60,
  questions: [],
  choices: [multiple, tf],
  file: 'rules.yaml',
};
const ctx = { lang: 'zh' as const, width: 60, c: new Chalk({ level: 0 }) };

describe('choice items in the answer key', () => {
  it('text: numbered, options lettered, the right answer (对/错 for true or false), why and the source', () => {
    const text = renderAnswerKeyText(ctx, [section]);
    expect(text).toContain('五、平台规则（2 题 · 2 分）');
    expect(text).toContain('1. 哪些商品依法不适用七日无理由退货？');
    expect(text).toMatch(/A\. 定作的商品\n\s+B\. 普通成衣\n\s+C\. 鲜活易腐的商品/);
    expect(text).toContain('正确答案：A, C');
    expect(text).toContain('2. 客服可以用返现换*好评*。');
    expect(text).toMatch(/A\. 对\n\s+B\. 错\n\s+正确答案：B 错/);
    expect(text).toContain('依据：《电子商务法》第十七条');
    expect(renderAnswerKeyText({ ...ctx, lang: 'en' }, [section])).toContain(
      'Right answer: B False',
    );
  });

  it('markdown escapes the item text; html shows the answer; json keeps the bank fields', () => {
    const md = renderAnswerKeyMarkdown('zh', [section]);
    expect(md).toContain('### 2. 客服可以用返现换\\*好评\\*。');
    expect(md).toContain('**正确答案：A, C**');
    const html = renderAnswerKeyHtml('zh', [section]);
    expect(html).toContain('<p class="correct">B 错</p>');
    expect(html.match(/<h3>/g)).toHaveLength(2);
    const json = bankToJson({ source: 'x', sections: [section] }) as {
      sections: { questions: unknown[]; choices: Record<string, unknown>[] }[];
    };
    expect(json.sections[0]?.questions).toEqual([]);
    expect(json.sections[0]?.choices[1]).toEqual({
      id: 'r-cashback',
      type: 'true_false',
      prompt: '客服可以用返现换*好评*。',
      correct: false,
      explanation: '不得以利益诱导好评。',
      source: '《电子商务法》第十七条',
      points: 1,
      time_limit: 60,
    });
  });
});
