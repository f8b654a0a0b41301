/** The bank loader's messages in Chinese (see messages.ts for what each says). */

import { groupDigits } from '../group-digits.js';
import type { Expected, Found, Messages } from './messages.js';
import { yamlErrorZh } from './yaml-error-text.js';

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

export function foundZh(found: Found): string {
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

export const zh: Messages = {
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
  unknownMarker: (term, where) =>
    `${where}：${term} 不是要点可用的标记（可用的有 ~fits-time、~story、~structure）`,
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
    atZh(path, `有 ${groupDigits(length)} 个字符，超过 ${groupDigits(limit)} 个字符的上限`),
  answerTooLong: (id, length, limit) =>
    `${id} 的回答有 ${groupDigits(length)} 个字符，超过每题 ${groupDigits(limit)} 个字符的上限`,
  tooMany: (path, n, limit) =>
    atZh(path, `有 ${groupDigits(n)} 项，超过 ${groupDigits(limit)} 项的上限`),
};

function atZh(path: string, text: string): string {
  return path === '' ? text : `${path}：${text}`;
}
