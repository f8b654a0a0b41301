/**
 * The semantic check of a choice item over plain values (what YAML gives):
 * what a table of field rules cannot say, because what `options` and
 * `correct` must hold depends on `type`. Pure; every problem is reported
 * with the path of the value it is about, so a reader can point at its
 * line and column.
 */

import type { Lang } from '../lang.js';
import { countCharacters } from '../limits.js';
import { escapeCharacter, findUnsafeCharacter } from '../neutralize.js';
import { type ChoiceMessages, choiceMessagesFor } from './choice-messages.js';
import {
  CHOICE_TYPES,
  type ChoiceType,
  indexOfLetter,
  letterOf,
  MAX_OPTIONS,
} from './choice-types.js';
import { type Found, messagesFor } from './messages.js';
import { quote } from './quote.js';
import { fitsLimit, textLimit } from './section-limits.js';

/** Where a value is: field names and list indexes from the file's top (`['questions', 2, 'correct']`). */
export type ValuePath = readonly (string | number)[];

export interface PathIssue {
  path: ValuePath;
  message: string;
}

/** `questions[2].correct`, as the bank messages write paths. */
export function formatPath(path: ValuePath): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** What a plain value is, for "expected …, found …" messages. */
export function describeValue(value: unknown): Found {
  if (value === null || value === undefined) return { kind: 'null' };
  if (Array.isArray(value))
    return value.length === 0 ? { kind: 'emptySequence' } : { kind: 'sequence' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'emptyString' } : { kind: 'string', quoted: quote(value) };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'other' };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The problems of one choice item (`item`, at `path`) with its `type`,
 * `options`, `correct` and its translations' `options`. The fields every
 * item has (id, prompt, explanation, source, points …) are the field
 * rules' to check.
 */
export function checkChoiceItem(item: unknown, path: ValuePath, lang: Lang): PathIssue[] {
  const msg = choiceMessagesFor(lang);
  if (!isRecord(item)) return [];
  const issues: PathIssue[] = [];
  const report = (at: ValuePath, message: (p: string) => string) =>
    issues.push({ path: at, message: message(formatPath(at)) });
  const type = item.type;
  if (typeof type !== 'string' || !(CHOICE_TYPES as readonly string[]).includes(type)) {
    report([...path, 'type'], (p) => msg.badType(p, describeValue(type)));
    return issues;
  }
  const count = checkOptions(item, path, type as ChoiceType, msg, report);
  if (!Object.hasOwn(item, 'correct')) report(path, (p) => msg.missingCorrect(p));
  else checkCorrect(item.correct, [...path, 'correct'], type as ChoiceType, count, msg, report);
  checkTranslatedOptions(item, path, type as ChoiceType, count, msg, report);
  return issues;
}

type Report = (at: ValuePath, message: (p: string) => string) => void;

/** The number of options, or undefined when they are not a usable list. */
function checkOptions(
  item: Record<string, unknown>,
  path: ValuePath,
  type: ChoiceType,
  msg: ChoiceMessages,
  report: Report,
): number | undefined {
  const at = [...path, 'options'];
  if (type === 'true_false') {
    if (Object.hasOwn(item, 'options')) report(at, (p) => msg.optionsNotAllowed(p));
    return 2;
  }
  if (!Object.hasOwn(item, 'options')) {
    report(path, (p) => msg.missingOptions(p, type));
    return undefined;
  }
  const options = item.options;
  if (!Array.isArray(options)) {
    report(at, (p) => msg.optionsNotList(p, describeValue(options)));
    return undefined;
  }
  if (options.length < 2) {
    report(at, (p) => msg.tooFewOptions(p, options.length));
    return undefined;
  }
  if (options.length > MAX_OPTIONS) {
    report(at, (p) => msg.tooManyOptions(p, options.length, MAX_OPTIONS));
    return undefined;
  }
  const first = new Map<string, number>();
  options.forEach((option, index) => {
    if (!checkOptionText(option, [...at, index], msg, report)) return;
    const key = option.trim();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else report([...at, index], (p) => msg.duplicateOption(p, letterOf(index), letterOf(seen)));
  });
  return options.length;
}

/** Whether an option is text that may be shown: non-empty, within its limit, no control characters. */
function checkOptionText(
  option: unknown,
  at: ValuePath,
  msg: ChoiceMessages,
  report: Report,
): option is string {
  if (typeof option !== 'string' || option.trim() === '') {
    report(at, (p) => msg.optionNotText(p, describeValue(option)));
    return false;
  }
  const bank = messagesFor(msg.lang);
  const limit = textLimit('options');
  if (limit !== undefined && !fitsLimit('options', option)) {
    report(at, (p) => bank.tooLong(p, countCharacters(option), limit));
    return false;
  }
  const unsafe = findUnsafeCharacter(option);
  if (unsafe !== undefined) {
    report(at, (p) => bank.unsafeCharacter(p, escapeCharacter(unsafe)));
    return false;
  }
  return true;
}

function checkCorrect(
  correct: unknown,
  at: ValuePath,
  type: ChoiceType,
  count: number | undefined,
  msg: ChoiceMessages,
  report: Report,
): void {
  // The letters are only known once the options are: without them, the shape alone is checked.
  const last = letterOf((count ?? MAX_OPTIONS) - 1);
  const known = count ?? MAX_OPTIONS;
  const checkLetter = (letter: string, where: ValuePath) => {
    if (indexOfLetter(letter, MAX_OPTIONS) === -1) return false;
    if (indexOfLetter(letter, known) === -1)
      report(where, (p) => msg.correctNoOption(p, letter, last, known));
    return true;
  };
  if (type === 'true_false') {
    if (typeof correct !== 'boolean')
      report(at, (p) => msg.correctNotBoolean(p, describeValue(correct)));
    return;
  }
  if (type === 'single') {
    if (typeof correct !== 'string' || !checkLetter(correct, at))
      report(at, (p) => msg.correctNotLetter(p, last, describeValue(correct)));
    return;
  }
  if (!Array.isArray(correct)) {
    report(at, (p) => msg.correctNotList(p, last, describeValue(correct)));
    return;
  }
  if (correct.length === 0) {
    report(at, (p) => msg.correctEmpty(p));
    return;
  }
  const seen = new Set<string>();
  correct.forEach((letter, index) => {
    const where = [...at, index];
    if (typeof letter !== 'string' || !checkLetter(letter, where)) {
      report(where, (p) => msg.correctNotList(p, last, describeValue(letter)));
      return;
    }
    if (seen.has(letter)) report(where, (p) => msg.correctDuplicate(p, letter));
    seen.add(letter);
  });
}

/** Each translation's `options`: as many as the item's (a `true_false` item has none to translate). */
function checkTranslatedOptions(
  item: Record<string, unknown>,
  path: ValuePath,
  type: ChoiceType,
  count: number | undefined,
  msg: ChoiceMessages,
  report: Report,
): void {
  const translations = item.translations;
  if (!isRecord(translations)) return;
  for (const [lang, translation] of Object.entries(translations)) {
    if (!isRecord(translation) || !Object.hasOwn(translation, 'options')) continue;
    const at = [...path, 'translations', lang, 'options'];
    const options = translation.options;
    if (type === 'true_false') {
      report(at, (p) => msg.optionsNotAllowed(p));
      continue;
    }
    if (!Array.isArray(options)) {
      report(at, (p) => msg.optionsNotList(p, describeValue(options)));
      continue;
    }
    options.forEach((option, index) => {
      checkOptionText(option, [...at, index], msg, report);
    });
    if (count !== undefined && options.length !== count)
      report(at, (p) => msg.optionCount(p, count, options.length));
  }
}
