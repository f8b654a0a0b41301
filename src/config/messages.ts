/** The messages about settings and the chosen language, in Chinese and English. */

import type { Lang } from '../lang.js';
import type { ConfigProblem } from './config-file.js';

export interface ConfigMessages {
  /** The one-line first-run note: which language the locale chose and how to change it. */
  langNotice(lang: Lang, locale: string): string;
  unknownKey(key: string, keys: string): string;
  badValue(key: string, value: string, choices: readonly string[]): string;
  badEnv(value: string): string;
  /** The file could not be used; the run goes on without it. */
  ignored(path: string, problem: ConfigProblem): string;
  /** A saved value that is not one of the choices; the run goes on without it. */
  ignoredValue(path: string, key: string, value: string, choices: readonly string[]): string;
  writeFailed(path: string, problem: ConfigProblem): string;
  saved(key: string, value: string, path: string): string;
  removed(key: string, path: string): string;
  notSet(key: string): string;
}

function whyZh(problem: ConfigProblem): string {
  switch (problem.kind) {
    case 'symlink':
      return '它是符号链接，不会跟随（请换成文件本身）';
    case 'notAFile':
      return '它不是普通文件';
    case 'tooLarge':
      return '文件太大，不像设置文件';
    case 'notJson':
      return '不是 JSON 对象';
    case 'system':
      return `系统错误 ${problem.code}`;
  }
}

function whyEn(problem: ConfigProblem): string {
  switch (problem.kind) {
    case 'symlink':
      return 'it is a symbolic link, which is not followed (replace it with the file itself)';
    case 'notAFile':
      return 'it is not a regular file';
    case 'tooLarge':
      return 'it is too large to be a settings file';
    case 'notJson':
      return 'it is not a JSON object';
    case 'system':
      return `system error ${problem.code}`;
  }
}

const zh: ConfigMessages = {
  langNotice: (lang, locale) =>
    lang === 'zh'
      ? `界面语言：中文（系统语言 ${locale}）。改用英文：cs-interview config set lang en（或 --lang en、CS_INTERVIEW_LANG=en）`
      : `界面语言：英文（系统语言 ${locale}）。改用中文：cs-interview config set lang zh（或 --lang zh、CS_INTERVIEW_LANG=zh）`,
  unknownKey: (key, keys) => `没有 “${key}” 这项设置；可以设置的有：${keys}`,
  badValue: (key, value, choices) => `${key} 只能是 ${choices.join(' 或 ')}，收到的是 “${value}”`,
  badEnv: (value) => `环境变量 CS_INTERVIEW_LANG 只能是 zh 或 en，收到的是 “${value}”`,
  ignored: (path, problem) =>
    `设置文件 ${path} 无法使用（${whyZh(problem)}），本次忽略；用 cs-interview config set 重新保存设置。`,
  ignoredValue: (path, key, value, choices) =>
    `设置文件 ${path} 中 ${key} 的值 “${value}” 无效（只能是 ${choices.join(' 或 ')}），本次忽略。`,
  writeFailed: (path, problem) => `无法写入设置文件 ${path}：${whyZh(problem)}。设置没有保存。`,
  saved: (key, value, path) => `已保存 ${key} = ${value}（${path}）`,
  removed: (key, path) => `已删除设置 ${key}（${path}）`,
  notSet: (key) => `${key} 没有设置`,
};

const en: ConfigMessages = {
  langNotice: (lang, locale) =>
    lang === 'zh'
      ? `Interface language: Chinese (locale ${locale}). For English: cs-interview config set lang en (or --lang en, CS_INTERVIEW_LANG=en)`
      : `Interface language: English (locale ${locale}). For Chinese: cs-interview config set lang zh (or --lang zh, CS_INTERVIEW_LANG=zh)`,
  unknownKey: (key, keys) => `there is no setting "${key}"; the settings are: ${keys}`,
  badValue: (key, value, choices) => `${key} must be ${choices.join(' or ')}, got "${value}"`,
  badEnv: (value) => `CS_INTERVIEW_LANG must be zh or en, got "${value}"`,
  ignored: (path, problem) =>
    `The settings file ${path} cannot be used (${whyEn(problem)}); ignored this time. cs-interview config set saves the settings again.`,
  ignoredValue: (path, key, value, choices) =>
    `In the settings file ${path}, ${key} is "${value}", which is not ${choices.join(' or ')}; ignored this time.`,
  writeFailed: (path, problem) =>
    `Cannot write the settings file ${path}: ${whyEn(problem)}. The setting was NOT saved.`,
  saved: (key, value, path) => `saved ${key} = ${value} (${path})`,
  removed: (key, path) => `removed the setting ${key} (${path})`,
  notSet: (key) => `${key} is not set`,
};

export function configMessages(lang: Lang): ConfigMessages {
  return lang === 'zh' ? zh : en;
}
