/**
 * What the check of a choice item (`check-choice.ts`) reports, in Chinese
 * and English. Values from a file arrive already quoted (see `quote.ts`);
 * paths are built from field names and indexes only.
 */

import type { Lang } from '../lang.js';
import { describeFound, type Found } from './messages.js';

export interface ChoiceMessages {
  readonly lang: Lang;
  badType(path: string, found: Found): string;
  /** `true_false` items have their options fixed (对 / 错). */
  optionsNotAllowed(path: string): string;
  missingOptions(path: string, type: string): string;
  optionsNotList(path: string, found: Found): string;
  tooFewOptions(path: string, found: number): string;
  tooManyOptions(path: string, found: number, limit: number): string;
  optionNotText(path: string, found: Found): string;
  duplicateOption(path: string, letter: string, first: string): string;
  missingCorrect(path: string): string;
  /** `single`: `correct` is not one capital letter. */
  correctNotLetter(path: string, last: string, found: Found): string;
  /** A letter past the last option. */
  correctNoOption(path: string, letter: string, last: string, count: number): string;
  correctNotList(path: string, last: string, found: Found): string;
  correctEmpty(path: string): string;
  correctDuplicate(path: string, letter: string): string;
  correctNotBoolean(path: string, found: Found): string;
  /** A translation's options with another number of items than the item's. */
  optionCount(path: string, expected: number, found: number): string;
}

const zhFound = (found: Found) => describeFound('zh', found);
const enFound = (found: Found) => describeFound('en', found);

const at = (lang: Lang, path: string, text: string) =>
  path === '' ? text : lang === 'zh' ? `${path}：${text}` : `${path}: ${text}`;

const zh: ChoiceMessages = {
  lang: 'zh',
  badType: (p, f) => at('zh', p, `应为 single、multiple 或 true_false，实际是${zhFound(f)}`),
  optionsNotAllowed: (p) =>
    at('zh', p, 'true_false（判断题）的选项固定为 A 对 / B 错，不要写 options'),
  missingOptions: (p, type) => at('zh', p, `${type} 题缺少字段 "options"（选项列表）`),
  optionsNotList: (p, f) => at('zh', p, `应为选项列表，实际是${zhFound(f)}`),
  tooFewOptions: (p, n) => at('zh', p, `至少要有 2 个选项，实际是 ${n} 个`),
  tooManyOptions: (p, n, limit) => at('zh', p, `有 ${n} 个选项，超过 ${limit} 个（A–Z）的上限`),
  optionNotText: (p, f) => at('zh', p, `选项应为非空字符串，实际是${zhFound(f)}`),
  duplicateOption: (p, letter, first) => at('zh', p, `选项 ${letter} 与选项 ${first} 相同`),
  missingCorrect: (p) => at('zh', p, '缺少字段 "correct"（正确答案）'),
  correctNotLetter: (p, last, f) =>
    at('zh', p, `single 题的正确答案应为一个选项字母（A–${last}），实际是${zhFound(f)}`),
  correctNoOption: (p, letter, last, n) =>
    at('zh', p, `正确答案 ${letter} 不是任何选项（只有 A–${last} 共 ${n} 个选项）`),
  correctNotList: (p, last, f) =>
    at(
      'zh',
      p,
      `multiple 题的正确答案应为选项字母列表（A–${last}，如 [A, C]），实际是${zhFound(f)}`,
    ),
  correctEmpty: (p) => at('zh', p, 'multiple 题的正确答案至少要有一个字母'),
  correctDuplicate: (p, letter) => at('zh', p, `正确答案中的字母 ${letter} 重复了`),
  correctNotBoolean: (p, f) =>
    at('zh', p, `true_false 题的正确答案应为 true 或 false，实际是${zhFound(f)}`),
  optionCount: (p, expected, n) =>
    at('zh', p, `应有 ${expected} 个选项（与原题数量相同、顺序一致），实际是 ${n} 个`),
};

const en: ChoiceMessages = {
  lang: 'en',
  badType: (p, f) => at('en', p, `expected single, multiple or true_false, found ${enFound(f)}`),
  optionsNotAllowed: (p) =>
    at('en', p, 'a true_false item has its options fixed (A True / B False): leave out options'),
  missingOptions: (p, type) =>
    at('en', p, `a ${type} item needs the field "options" (its list of options)`),
  optionsNotList: (p, f) => at('en', p, `expected a list of options, found ${enFound(f)}`),
  tooFewOptions: (p, n) => at('en', p, `expected at least 2 options, found ${n}`),
  tooManyOptions: (p, n, limit) => at('en', p, `${n} options, over the limit of ${limit} (A–Z)`),
  optionNotText: (p, f) => at('en', p, `an option must be a non-empty string, found ${enFound(f)}`),
  duplicateOption: (p, letter, first) =>
    at('en', p, `option ${letter} is the same as option ${first}`),
  missingCorrect: (p) => at('en', p, 'missing field "correct" (the right answer)'),
  correctNotLetter: (p, last, f) =>
    at(
      'en',
      p,
      `the right answer of a single item is one option letter (A–${last}), found ${enFound(f)}`,
    ),
  correctNoOption: (p, letter, last, n) =>
    at('en', p, `the right answer ${letter} names no option (there are ${n}, A–${last})`),
  correctNotList: (p, last, f) =>
    at(
      'en',
      p,
      `the right answer of a multiple item is a list of option letters (A–${last}, e.g. [A, C]), found ${enFound(f)}`,
    ),
  correctEmpty: (p) => at('en', p, 'the right answer of a multiple item needs at least one letter'),
  correctDuplicate: (p, letter) =>
    at('en', p, `the letter ${letter} is repeated in the right answer`),
  correctNotBoolean: (p, f) =>
    at('en', p, `the right answer of a true_false item is true or false, found ${enFound(f)}`),
  optionCount: (p, expected, n) =>
    at(
      'en',
      p,
      `expected ${expected} options (as many as the item has, in the same order), found ${n}`,
    ),
};

export function choiceMessagesFor(lang: Lang): ChoiceMessages {
  return lang === 'zh' ? zh : en;
}
