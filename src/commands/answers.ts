import { writeFile } from 'node:fs/promises';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../ui/i18n.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from '../ui/output.js';
import { renderContext, writeLine } from '../ui/output.js';
import {
  bankToJson,
  renderAnswerKeyMarkdown,
  renderAnswerKeyText,
  stringifyJson,
} from '../ui/render/render-answer-key.js';
import { renderAnswerKeyHtml } from '../ui/render/render-answer-key-html.js';
import { neutralizeInline } from '../ui/sanitize.js';
import { openBank, requireSection } from './open-bank.js';

export const ANSWER_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

export interface AnswersOptions extends CommonOptions {
  section?: string;
  format: string;
  /** Write the key to this file instead of standard output. */
  output?: string;
}

const WRITE_REASONS: Record<string, [zh: string, en: string]> = {
  ENOENT: ['所在文件夹不存在', 'its folder does not exist'],
  ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
  EISDIR: ['这是一个文件夹', 'it is a folder'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EROFS: ['文件系统只读', 'the file system is read-only'],
  ENOSPC: ['磁盘空间不足', 'no space left on the disk'],
};

function writeFailed(lang: Lang, file: string, error: unknown): ExpectedError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reasons = WRITE_REASONS[code];
  const reason = reasons ? reasons[lang === 'zh' ? 0 : 1] : code || String(error);
  const name = neutralizeInline(file);
  const message =
    lang === 'zh' ? `无法写入 “${name}”：${reason}` : `cannot write "${name}": ${reason}`;
  return new ExpectedError(message, ExitCode.badInput);
}

/**
 * `answers [section]`: the answer key as text, Markdown, JSON or a printable
 * HTML page, on standard output or, with `output`, in a file.
 */
export async function runAnswers(options: AnswersOptions, io: CommandIO): Promise<ExitCode> {
  const format = options.format as AnswerFormat;
  if (!ANSWER_FORMATS.includes(format))
    throw new UsageError(messages(options.lang).badFormat(neutralizeInline(options.format)));
  const bank = await openBank(options);
  const sections =
    options.section === undefined
      ? bank.sections
      : [requireSection(bank, options.section, options)];
  let out: string;
  if (format === 'json') out = stringifyJson(bankToJson(bank, sections));
  else if (format === 'markdown') out = renderAnswerKeyMarkdown(options.lang, sections);
  else if (format === 'html') out = renderAnswerKeyHtml(options.lang, sections);
  else {
    // A file is not a terminal: no colours in it, whatever the environment forces.
    const color = options.output === undefined && options.color;
    out = renderAnswerKeyText(renderContext(io, { ...options, color }), sections);
  }
  if (options.output === undefined) {
    writeLine(io.stdout, out.endsWith('\n') ? out.slice(0, -1) : out);
    return ExitCode.ok;
  }
  try {
    await writeFile(options.output, out.endsWith('\n') ? out : `${out}\n`);
  } catch (error) {
    throw writeFailed(options.lang, options.output, error);
  }
  const name = neutralizeInline(options.output);
  writeLine(io.stderr, options.lang === 'zh' ? `已写入 ${name}` : `wrote ${name}`);
  return ExitCode.ok;
}
