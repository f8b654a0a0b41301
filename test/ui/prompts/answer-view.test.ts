import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { type AnswerView, renderAnswer } from '../../../src/ui/prompts/answer-view.js';

const colors = new Chalk({ level: 1 });
const zh = { remaining: '剩余', timeUp: '时间到', help: 'Enter 换行 · 空行 Enter 提交' };
const en = {
  remaining: 'left',
  timeUp: 'time is up',
  help: 'Enter: new line · blank line: submit',
};

const plain = ([content, bottom]: [string, string]) =>
  [stripVTControlCharacters(content), stripVTControlCharacters(bottom)] as const;

const answering = (
  over: Partial<Extract<AnswerView, { status: 'answering' }>> = {},
): AnswerView => ({
  status: 'answering',
  message: '客户投诉物流太慢，你怎么回应？',
  labels: zh,
  lines: [],
  line: '',
  remaining: 179,
  nothingTyped: false,
  ...over,
});

describe('renderAnswer', () => {
  it.each([
    [
      'zh',
      answering({ lines: ['您好，'], line: '很抱歉' }),
      '客户投诉物流太慢，你怎么回应？\n剩余 02:59\n  您好，\n› 很抱歉',
      zh.help,
    ],
    [
      'en',
      answering({
        message: 'A parcel is late. Reply?',
        labels: en,
        lines: ['Hello,'],
        line: 'sorry',
        remaining: 65,
      }),
      'A parcel is late. Reply?\nleft 01:05\n  Hello,\n› sorry',
      en.help,
    ],
    [
      'no timer',
      answering({ remaining: null, line: 'x' }),
      '客户投诉物流太慢，你怎么回应？\n› x',
      zh.help,
    ],
  ])('answering (%s)', (_name, view, content, bottom) => {
    expect(plain(renderAnswer(view, colors))).toEqual([content, bottom]);
  });

  it('ends with readline line, unstyled, so the screen manager finds the cursor', () => {
    const [content] = renderAnswer(answering({ line: '先共情' }), colors);
    expect(content.endsWith('先共情')).toBe(true);
  });

  it.each([
    [40, '\u001b[36m'],
    [30, '\u001b[36m'],
    [29, '\u001b[33m'],
    [10, '\u001b[33m'],
    [9, '\u001b[31m'],
  ])('colours the countdown at %is with %o', (remaining, code) => {
    const [content] = renderAnswer(answering({ remaining }), colors);
    expect(content.split('\n')[1]?.startsWith(code)).toBe(true);
  });

  it('shows the empty-answer hint, or highlights the help line without one', () => {
    const withHint = renderAnswer(
      answering({ nothingTyped: true, labels: { ...zh, empty: '请先输入回答' } }),
      colors,
    );
    expect(plain(withHint)[1]).toBe(`请先输入回答\n${zh.help}`);
    const [, bottom] = renderAnswer(answering({ nothingTyped: true }), colors);
    expect(bottom).toBe(colors.yellow(zh.help));
  });

  it.each([
    ['zh', zh, true, '先共情\n再给方案', 'Q\n时间到\n  先共情\n  再给方案'],
    ['en', en, true, 'Hello', 'Q\ntime is up\n  Hello'],
    ['submitted', zh, false, '好', 'Q\n  好'],
    ['empty', zh, true, '', 'Q\n时间到'],
  ])('done (%s)', (_name, labels, timedOut, text, content) => {
    const view: AnswerView = { status: 'done', message: 'Q', labels, text, timedOut };
    expect(plain(renderAnswer(view, colors))).toEqual([content, '']);
  });
});
