/**
 * Every message the bank loader can report, in Chinese and English. Values
 * from a file arrive here already neutralised (see `quote.ts`); the paths
 * are built from known field names and indexes only.
 */

import { groupDigits } from '../group-digits.js';
import type { Lang } from '../lang.js';
import { yamlErrorZh } from './yaml-error-text.js';

/** What a field should hold. */
export type Expected =
  | 'nonEmptyString'
  | 'string'
  | 'positiveNumber'
  | 'positiveInteger'
  | 'boolean'
  | 'mapping'
  | 'nonEmptySequence'
  | 'languageKey'
  | 'answersMapping'
  | 'answerEntry'
  | 'selfScore'
  | 'questionIdKey'
  | 'conceptName'
  | 'redFlagTranslations';

/** What a field holds instead; `value` of a string is already quoted. */
export type Found =
  | { kind: 'string'; quoted: string }
  | { kind: 'emptyString' }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'mapping' }
  | { kind: 'sequence' }
  | { kind: 'emptySequence' }
  | { kind: 'other' };

export interface Messages {
  expected(path: string, expected: Expected, found: Found): string;
  missingField(path: string, field: string): string;
  /** `key` is quoted; `suggestion` is a known field name. */
  unknownField(
    path: string,
    key: string,
    suggestion: string | undefined,
    allowed: readonly string[],
  ): string;
  unsafeCharacter(path: string, escaped: string): string;
  /** A translation's `key_points` with another number of items than the question's. */
  keyPointCount(path: string, expected: number, found: number): string;
  duplicateKey(key: string, firstLine: number): string;
  duplicateKeyUnnamed(): string;
  duplicateQuestionId(id: string, firstLine: number): string;
  duplicateRedFlagId(id: string, firstLine: number): string;
  /** A `@name` that names no concept of the bank file. */
  unknownConcept(name: string, where: string): string;
  /** A concept whose terms refer to concepts in a circle. */
  conceptCycle(name: string): string;
  duplicateQuestionIdElsewhere(id: string, where: string): string;
  /** A follow-up's `after` that names none of its question's key points; `points` are quoted. */
  unknownAfter(path: string, after: string, points: readonly string[]): string;
  /** A follow-up's time limit outside 30–60 s. */
  followUpTimeLimit(path: string, found: number, min: number, max: number): string;
  duplicateSectionId(id: string, where: string): string;
  duplicateOrder(order: number, sectionId: string, where: string): string;
  noSections(): string;
  noSectionFiles(): string;
  notFound(): string;
  permissionDenied(): string;
  symlinkLoop(): string;
  notRegularFile(): string;
  readFailed(code: string): string;
  tooLarge(sizeMb: string, limitMb: number): string;
  notUtf8(): string;
  nulByte(): string;
  emptyFile(): string;
  yamlSyntax(detail: string): string;
  /** A syntax error of yaml (the library), by its code and its English message (neutralised). */
  yamlError(code: string, message: string): string;
  /** Said after a file's syntax error when others came with it (most often caused by it). */
  moreSyntaxErrors(first: string, more: number): string;
  tabIndent(): string;
  multipleDocuments(): string;
  tagNotAllowed(tag: string): string;
  /** A mapping or a sequence as a mapping key. */
  keyNotText(): string;
  /** js-yaml and yaml read a text to different values: it is refused rather than read one way. */
  readTwoWays(): string;
  unknownAlias(name: string): string;
  tooManyAliases(limit: number): string;
  tooDeep(limit: number): string;
  /** `nearest`: ids it may be a typo of, quoted, nearest first (none: no suggestion). */
  unknownQuestionId(id: string, nearest?: readonly string[]): string;
  /** A text longer than its limit, in characters (code points). */
  tooLong(path: string, length: number, limit: number): string;
  answerTooLong(id: string, length: number, limit: number): string;
  /** A list with more items than its limit. */
  tooMany(path: string, count: number, limit: number): string;
}

const expectedEn: Record<Expected, string> = {
  nonEmptyString: 'a non-empty string',
  string: 'a string',
  positiveNumber: 'a positive number',
  positiveInteger: 'a positive integer',
  boolean: 'true or false',
  mapping: 'a mapping',
  nonEmptySequence: 'a non-empty sequence',
  languageKey: 'a language key such as en or pt-BR',
  answersMapping: 'a mapping of question ids to answers',
  answerEntry: 'the answer text, or a mapping with answer and self_score',
  selfScore: 'a number from 0 to the points of the question',
  questionIdKey: 'a question id (a string)',
  conceptName: 'a concept name (letters, digits, _ and - only)',
  redFlagTranslations: 'a mapping of language keys to { wrong: text }',
};

const expectedZh: Record<Expected, string> = {
  nonEmptyString: '非空字符串',
  string: '字符串',
  positiveNumber: '正数',
  positiveInteger: '正整数',
  boolean: 'true 或 false',
  mapping: '映射',
  nonEmptySequence: '非空序列',
  languageKey: '语言代码（如 en、pt-BR）',
  answersMapping: '“题目 id: 答案”的映射',
  answerEntry: '答案文字，或含 answer 和 self_score 的映射',
  selfScore: '0 到该题分值之间的数',
  questionIdKey: '题目 id（字符串）',
  conceptName: '概念名（只含文字、数字、_ 和 -）',
  redFlagTranslations: '“语言代码: { wrong: 文字 }”的映射',
};

function foundEn(found: Found): string {
  switch (found.kind) {
    case 'string':
      return `the string ${found.quoted}`;
    case 'emptyString':
      return 'an empty string';
    case 'number':
      return `the number ${found.value}`;
    case 'boolean':
      return `the boolean ${found.value}`;
    case 'null':
      return 'nothing';
    case 'mapping':
      return 'a mapping';
    case 'sequence':
      return 'a sequence';
    case 'emptySequence':
      return 'an empty sequence';
    case 'other':
      return 'an unsupported value';
  }
}

function foundZh(found: Found): string {
  switch (found.kind) {
    case 'string':
      return `字符串 ${found.quoted}`;
    case 'emptyString':
      return '空字符串';
    case 'number':
      return `数字 ${found.value}`;
    case 'boolean':
      return `布尔值 ${found.value}`;
    case 'null':
      return '空值';
    case 'mapping':
      return '映射';
    case 'sequence':
      return '序列';
    case 'emptySequence':
      return '空序列';
    case 'other':
      return '不支持的值';
  }
}

/** "a", "a or b", "a, b or c". */
function orEn(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const en: Messages = {
  expected: (path, expected, found) =>
    atEn(path, `expected ${expectedEn[expected]}, found ${foundEn(found)}`),
  missingField: (path, field) => atEn(path, `missing field "${field}"`),
  unknownField: (path, key, suggestion, allowed) =>
    atEn(
      path,
      suggestion === undefined
        ? `unknown field ${key} (allowed: ${allowed.join(', ')})`
        : `unknown field ${key} (did you mean "${suggestion}"?)`,
    ),
  unsafeCharacter: (path, escaped) =>
    atEn(path, `contains the control character ${escaped}, which is not allowed`),
  keyPointCount: (path, expected, found) =>
    atEn(
      path,
      `expected ${expected} key point${expected === 1 ? '' : 's'} (as many as the question has, in the same order), found ${found}`,
    ),
  duplicateKey: (key, firstLine) => `duplicate key ${key} (first at line ${firstLine})`,
  duplicateKeyUnnamed: () => 'duplicate key',
  duplicateQuestionId: (id, firstLine) =>
    `duplicate question id ${id} (first at line ${firstLine})`,
  duplicateQuestionIdElsewhere: (id, where) => `duplicate question id ${id} (first in ${where})`,
  unknownAfter: (path, after, points) =>
    atEn(path, `${after} names no key point of this question (its points: ${points.join(', ')})`),
  followUpTimeLimit: (path, found, min, max) =>
    atEn(path, `a follow-up is timed ${min} to ${max} seconds, found ${found}`),
  duplicateRedFlagId: (id, firstLine) => `duplicate red flag id ${id} (first at line ${firstLine})`,
  unknownConcept: (name, where) =>
    `${where}: ${name} names no concept of the bank file (bank.yaml, under concepts)`,
  conceptCycle: (name) => `concept ${name} refers back to itself through other concepts`,
  duplicateSectionId: (id, where) => `duplicate section id ${id} (first in ${where})`,
  duplicateOrder: (order, sectionId, where) =>
    `duplicate order ${order} (already used by section ${sectionId} in ${where})`,
  noSections: () => 'the bank has no sections',
  noSectionFiles: () => 'no section files (*.yaml, *.yml) in this folder',
  notFound: () => 'no such file or folder',
  permissionDenied: () => 'permission denied (cannot read it)',
  symlinkLoop: () => 'too many levels of symbolic links (a symlink loop?)',
  notRegularFile: () => 'not a regular file or folder',
  readFailed: (code) => `cannot read it (${code})`,
  tooLarge: (sizeMb, limitMb) => `file too large (${sizeMb} MB; the limit is ${limitMb} MB)`,
  notUtf8: () => 'not valid UTF-8 text (save the file as UTF-8)',
  nulByte: () => 'the file contains a NUL byte (is it a binary file?)',
  emptyFile: () => 'the file is empty',
  yamlSyntax: (detail) => `YAML syntax error: ${detail}`,
  yamlError: (_code, message) => `YAML syntax error: ${message}`,
  moreSyntaxErrors: (first, more) =>
    `${first} (and ${more} more syntax error${more === 1 ? '' : 's'} around it, most likely caused by this one: fix it and check again)`,
  tabIndent: () => 'tabs are not allowed in indentation; use spaces',
  multipleDocuments: () => 'several YAML documents in one file (put one section in each file)',
  tagNotAllowed: (tag) => `the tag ${tag} is not allowed (only plain YAML values are)`,
  keyNotText: () => 'a key must be a text, not a mapping or a sequence',
  readTwoWays: () =>
    'the YAML readers disagree on what this file says (a complex key, a tag or an anchor on an empty value?); write it more plainly',
  unknownAlias: (name) => `alias ${name} refers to no anchor`,
  tooManyAliases: (limit) =>
    `too many aliases (more than ${limit} once expanded); the file is refused`,
  tooDeep: (limit) => `the file is nested too deeply (more than ${limit} levels)`,
  unknownQuestionId: (id, nearest = []) =>
    nearest.length === 0
      ? `unknown question id ${id}`
      : `unknown question id ${id} (did you mean ${orEn(nearest)}?)`,
  tooLong: (path, length, limit) =>
    atEn(path, `${count(length)} characters, over the limit of ${count(limit)}`),
  answerTooLong: (id, length, limit) =>
    `the answer to ${id} has ${count(length)} characters, over the limit of ${count(limit)} for one answer`,
  tooMany: (path, n, limit) => atEn(path, `${count(n)} items, over the limit of ${count(limit)}`),
};

const zh: Messages = {
  expected: (path, expected, found) =>
    atZh(path, `应为${expectedZh[expected]}，实际是${foundZh(found)}`),
  missingField: (path, field) => atZh(path, `缺少字段 "${field}"`),
  unknownField: (path, key, suggestion, allowed) =>
    atZh(
      path,
      suggestion === undefined
        ? `未知字段 ${key}（可用字段：${allowed.join('、')}）`
        : `未知字段 ${key}（是否应为 "${suggestion}"？）`,
    ),
  unsafeCharacter: (path, escaped) => atZh(path, `包含不允许的控制字符 ${escaped}`),
  keyPointCount: (path, expected, found) =>
    atZh(path, `应有 ${expected} 个要点（与原题数量相同、顺序一致），实际是 ${found} 个`),
  duplicateKey: (key, firstLine) => `重复的键 ${key}（第一次出现在第 ${firstLine} 行）`,
  duplicateKeyUnnamed: () => '重复的键',
  duplicateQuestionId: (id, firstLine) => `重复的题目 id ${id}（第一次出现在第 ${firstLine} 行）`,
  duplicateQuestionIdElsewhere: (id, where) => `重复的题目 id ${id}（第一次出现在 ${where}）`,
  unknownAfter: (path, after, points) =>
    atZh(path, `${after} 不是本题的要点（本题要点：${points.join('、')}）`),
  followUpTimeLimit: (path, found, min, max) =>
    atZh(path, `追问限时应为 ${min} 到 ${max} 秒，实际是 ${found}`),
  duplicateRedFlagId: (id, firstLine) => `重复的红线 id ${id}（第一次出现在第 ${firstLine} 行）`,
  unknownConcept: (name, where) =>
    `${where}：${name} 不是题库文件（bank.yaml 的 concepts）中的概念`,
  conceptCycle: (name) => `概念 ${name} 经由其他概念又引用了自己`,
  duplicateSectionId: (id, where) => `重复的部分 id ${id}（第一次出现在 ${where}）`,
  duplicateOrder: (order, sectionId, where) =>
    `重复的 order ${order}（已被 ${where} 中的部分 ${sectionId} 使用）`,
  noSections: () => '题库中没有任何部分',
  noSectionFiles: () => '此文件夹中没有题库文件（*.yaml、*.yml）',
  notFound: () => '文件或文件夹不存在',
  permissionDenied: () => '没有读取权限',
  symlinkLoop: () => '符号链接层级过多（可能存在循环链接）',
  notRegularFile: () => '不是普通文件或文件夹',
  readFailed: (code) => `无法读取（${code}）`,
  tooLarge: (sizeMb, limitMb) => `文件过大（${sizeMb} MB，上限为 ${limitMb} MB）`,
  notUtf8: () => '不是有效的 UTF-8 文本（请以 UTF-8 编码保存文件）',
  nulByte: () => '文件包含 NUL 字节（是否为二进制文件？）',
  emptyFile: () => '文件为空',
  yamlSyntax: (detail) => `YAML 语法错误：${detail}`,
  yamlError: (code, message) => `YAML 语法错误：${yamlErrorZh(code, message)}`,
  moreSyntaxErrors: (first, more) =>
    `${first}（附近还有 ${more} 处语法错误，多半由这一处引起：改正后再检查）`,
  tabIndent: () => '缩进中不能使用制表符（Tab），请使用空格',
  multipleDocuments: () => '一个文件中有多个 YAML 文档（每个文件只能放一个部分）',
  tagNotAllowed: (tag) => `不允许使用标签 ${tag}（只能使用普通 YAML 值）`,
  keyNotText: () => '键必须是文字，不能是映射或序列',
  readTwoWays: () =>
    '两个 YAML 读取器对此文件的理解不一致（是否用了复杂的键、空值上的标签或锚点？），请写得更简单些',
  unknownAlias: (name) => `别名 ${name} 没有对应的锚点`,
  tooManyAliases: (limit) => `别名过多（展开后超过 ${limit} 个），拒绝读取此文件`,
  tooDeep: (limit) => `文件嵌套层级过深（超过 ${limit} 层）`,
  unknownQuestionId: (id, nearest = []) =>
    nearest.length === 0
      ? `未知的题目 id ${id}`
      : `未知的题目 id ${id}（是否应为 ${nearest.join('、')}？）`,
  tooLong: (path, length, limit) =>
    atZh(path, `有 ${count(length)} 个字符，超过 ${count(limit)} 个字符的上限`),
  answerTooLong: (id, length, limit) =>
    `${id} 的回答有 ${count(length)} 个字符，超过每题 ${count(limit)} 个字符的上限`,
  tooMany: (path, n, limit) => atZh(path, `有 ${count(n)} 项，超过 ${count(limit)} 项的上限`),
};

/** A count with thousands separators (20,000), the same in both languages. */
const count = groupDigits;

function atEn(path: string, text: string): string {
  return path === '' ? text : `${path}: ${text}`;
}

function atZh(path: string, text: string): string {
  return path === '' ? text : `${path}：${text}`;
}

/** The messages of one language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

/** What a field holds instead, worded as in "expected …, found …" (for other checks' messages). */
export function describeFound(lang: Lang, found: Found): string {
  return lang === 'zh' ? foundZh(found) : foundEn(found);
}
