/**
 * Every message of the history store, in Chinese and English. A failed write
 * always says the answer was NOT saved and how to go on without saving.
 */

import type { Lang } from '../lang.js';
import type { DecodeError } from './record-line.js';
import type { FieldType } from './record-specs.js';

/** What went wrong with the history file or its folder. */
export type StoreProblem =
  | { kind: 'permission' }
  | { kind: 'readOnly' }
  | { kind: 'full' }
  | { kind: 'isDirectory' }
  | { kind: 'notDirectory' }
  | { kind: 'notAFile' }
  | { kind: 'symlink' }
  | { kind: 'noFolder' }
  | { kind: 'partialWrite'; written: number; expected: number }
  | { kind: 'other'; code: string };

/** Which operation failed. */
export type StoreOperation = 'write' | 'read' | 'clear';

export interface StoreMessages {
  failure(operation: StoreOperation, path: string, problem: StoreProblem): string;
  badLine(error: DecodeError): string;
  /** After the first few bad lines: how many more there were. */
  moreBadLines(count: number): string;
  /** With --no-save, a history that cannot be read is not needed: said, and the run goes on. */
  readIgnored(path: string, problem: StoreProblem): string;
  /** After a run: the questions whose answer (or self-rating) could not be saved. */
  notSaved(questionIds: readonly string[]): string;
}

const FIELD_EN: Record<FieldType, string> = {
  object: 'a JSON object',
  version: 'a version number (1, 2, …)',
  kind: 'a record kind',
  id: 'a non-empty string',
  string: 'a string',
  count: 'a number ≥ 0',
  score: 'a score ≥ 0',
  seconds: 'a number of seconds or null',
  optionalScore: 'a score ≥ 0 or null',
  boolean: 'true or false',
  strings: 'a list of strings',
  timestamp: 'an ISO 8601 time',
  mode: '"typed" or "oral"',
  command: '"practice", "drill" or "review"',
  reason: '"finished" or "interrupted"',
  chatOutcome: '"resolved", "escalated", "gave-up", "red-flag" or "interrupted"',
  chatTurns: 'a list of chat turns (reply, elapsed_ms, acts, red_flags, emotion, says)',
  share: 'a number from 0 to 1',
  unit: '"cpm" or "wpm"',
  optionalSeconds: 'a number of seconds > 0, or nothing',
  optionalBoolean: 'true or false, or nothing',
};

const FIELD_ZH: Record<FieldType, string> = {
  object: 'JSON 对象',
  version: '版本号（1、2……）',
  kind: '记录类型',
  id: '非空字符串',
  string: '字符串',
  count: '≥ 0 的数字',
  score: '≥ 0 的分数',
  seconds: '秒数或 null',
  optionalScore: '≥ 0 的分数或 null',
  boolean: 'true 或 false',
  strings: '字符串列表',
  timestamp: 'ISO 8601 时间',
  mode: '"typed" 或 "oral"',
  command: '"practice"、"drill" 或 "review"',
  reason: '"finished" 或 "interrupted"',
  chatOutcome: '"resolved"、"escalated"、"gave-up"、"red-flag" 或 "interrupted"',
  chatTurns: '对话轮次列表（reply、elapsed_ms、acts、red_flags、emotion、says）',
  share: '0 到 1 之间的数字',
  unit: '"cpm" 或 "wpm"',
  optionalSeconds: '> 0 的秒数，或不写',
  optionalBoolean: 'true 或 false，或不写',
};

function problemEn(problem: StoreProblem): string {
  switch (problem.kind) {
    case 'permission':
      return 'permission denied';
    case 'readOnly':
      return 'the disk is read-only';
    case 'full':
      return 'the disk is full (or over quota)';
    case 'isDirectory':
      return 'it is a folder, not a file';
    case 'notDirectory':
      return 'a part of the path is a file, not a folder';
    case 'notAFile':
      return 'it is not a regular file (a device or a pipe?)';
    case 'symlink':
      return 'it is a symbolic link, which is not followed (replace it with the file itself)';
    case 'noFolder':
      return 'its folder cannot be created there';
    case 'partialWrite':
      return `only ${problem.written} of ${problem.expected} bytes were written (is the disk full?)`;
    case 'other':
      return `system error ${problem.code}`;
  }
}

function problemZh(problem: StoreProblem): string {
  switch (problem.kind) {
    case 'permission':
      return '没有权限';
    case 'readOnly':
      return '磁盘为只读';
    case 'full':
      return '磁盘已满（或超出配额）';
    case 'isDirectory':
      return '它是文件夹，不是文件';
    case 'notDirectory':
      return '路径中的某一部分是文件，不是文件夹';
    case 'notAFile':
      return '它不是普通文件（是设备或管道？）';
    case 'symlink':
      return '它是符号链接，不会跟随（请换成文件本身）';
    case 'noFolder':
      return '无法在那里创建它所在的文件夹';
    case 'partialWrite':
      return `只写入了 ${problem.expected} 字节中的 ${problem.written} 字节（磁盘是否已满？）`;
    case 'other':
      return `系统错误 ${problem.code}`;
  }
}

const en: StoreMessages = {
  notSaved: (ids) =>
    `The answer (or self-rating) to ${ids.length === 1 ? 'this question was' : `these ${ids.length} questions were`} NOT saved: ${ids.join(', ')}.`,
  moreBadLines: (count) =>
    `${count} more damaged ${count === 1 ? 'line' : 'lines'}; skipped and left in place.`,
  readIgnored: (path, problem) =>
    `Cannot read the history file ${path}: ${problemEn(problem)}. With --no-save, going on without it.`,
  failure: (operation, path, problem) => {
    const why = problemEn(problem);
    switch (operation) {
      case 'write':
        return `Cannot write the history file ${path}: ${why}. This answer was NOT saved. Fix the folder, set CS_INTERVIEW_HOME to another one, or run with --no-save.`;
      case 'read':
        return `Cannot read the history file ${path}: ${why}. Fix it, set CS_INTERVIEW_HOME to another folder, or run with --no-save.`;
      case 'clear':
        return `Cannot delete the history file ${path}: ${why}. The history was NOT cleared.`;
    }
  },
  badLine: (error) => {
    switch (error.code) {
      case 'incomplete':
        return 'not a complete record (cut short or garbage); skipped and left in place';
      case 'checksum':
        return 'damaged record (checksum mismatch); skipped and left in place';
      case 'json':
        return 'not valid JSON; skipped and left in place';
      case 'field':
        return `${error.field === '' ? 'the record' : `field "${error.field}"`} should be ${FIELD_EN[error.expected]}; skipped and left in place`;
    }
  },
};

const zh: StoreMessages = {
  notSaved: (ids) => `以下 ${ids.length} 道题的回答（或自评）没有保存：${ids.join('、')}。`,
  moreBadLines: (count) => `另有 ${count} 行损坏的记录；已跳过，原样保留。`,
  readIgnored: (path, problem) =>
    `无法读取历史记录文件 ${path}：${problemZh(problem)}。已加 --no-save，不用历史记录继续。`,
  failure: (operation, path, problem) => {
    const why = problemZh(problem);
    switch (operation) {
      case 'write':
        return `无法写入历史记录文件 ${path}：${why}。这次的回答没有保存。请修复该文件夹、将 CS_INTERVIEW_HOME 设为其他文件夹，或加上 --no-save 运行。`;
      case 'read':
        return `无法读取历史记录文件 ${path}：${why}。请修复它、将 CS_INTERVIEW_HOME 设为其他文件夹，或加上 --no-save 运行。`;
      case 'clear':
        return `无法删除历史记录文件 ${path}：${why}。历史记录没有被清除。`;
    }
  },
  badLine: (error) => {
    switch (error.code) {
      case 'incomplete':
        return '不是完整的记录（被截断或为乱码）；已跳过，原样保留';
      case 'checksum':
        return '记录已损坏（校验和不符）；已跳过，原样保留';
      case 'json':
        return '不是有效的 JSON；已跳过，原样保留';
      case 'field':
        return `${error.field === '' ? '记录' : `字段 "${error.field}"`}应为${FIELD_ZH[error.expected]}；已跳过，原样保留`;
    }
  },
};

/** The messages of one language. */
export function storeMessagesFor(lang: Lang): StoreMessages {
  return lang === 'zh' ? zh : en;
}
