import { closeSync, constants, fstatSync, lstatSync, openSync, writeSync } from 'node:fs';
import { defaultBankPath } from '../bank/default-bank.js';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { stringifyJson } from '../ui/render/json.js';
import {
  bankToJson,
  renderAnswerKeyMarkdown,
  renderAnswerKeyText,
} from '../ui/render/render-answer-key.js';
import { renderAnswerKeyHtml } from '../ui/render/render-answer-key-html.js';
import { ANSWER_FORMATS, type AnswerFormat, chooseAnswerFormat } from './answer-format.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { openBank, requireSection } from './open-bank.js';
import { readShippedAnswerKey } from './shipped-answer-key.js';

export { ANSWER_FORMATS, type AnswerFormat } from './answer-format.js';

export interface AnswersOptions extends CommonOptions {
  section?: string;
  /** As given; undefined: from the output file's extension, else text. */
  format?: string;
  /** Write the key to this file instead of standard output. */
  output?: string;
  /** Replace an existing output file without asking. */
  force?: boolean;
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

const REFUSALS = {
  symlink: [
    '这是一个符号链接，不会跟随写入（请给出文件本身的路径）',
    'it is a symbolic link, which is not followed (name the file itself)',
  ],
  notAFile: ['这不是普通文件（是设备或管道？）', 'it is not a regular file (a device or a pipe?)'],
} as const;

function refused(lang: Lang, file: string, why: keyof typeof REFUSALS): ExpectedError {
  const name = neutralizeInline(file);
  const reason = REFUSALS[why][lang === 'zh' ? 0 : 1];
  const message =
    lang === 'zh' ? `不会写入 “${name}”：${reason}` : `will not write "${name}": ${reason}`;
  return new ExpectedError(message, ExitCode.badInput);
}

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
  const choice = chooseAnswerFormat(options.format, options.output, options.lang);
  const format = choice.format as AnswerFormat;
  if (!ANSWER_FORMATS.includes(format))
    throw new UsageError(messages(options.lang).badFormat(neutralizeInline(choice.format)));
  if (choice.note !== undefined) writeLine(io.stderr, choice.note);
  const out = await renderKey(format, options, io);
  if (options.output === undefined) {
    const text = out.endsWith('\n') ? out : `${out}\n`;
    if (!(await paged(text, io))) io.stdout.write(text);
    return ExitCode.ok;
  }
  if (!(await mayWrite(options.output, options, io))) return ExitCode.ok;
  writeOutput(options.output, out.endsWith('\n') ? out : `${out}\n`, options.lang);
  const name = neutralizeInline(options.output);
  writeLine(io.stderr, options.lang === 'zh' ? `已写入 ${name}` : `wrote ${name}`);
  return ExitCode.ok;
}

async function renderKey(format: AnswerFormat, options: AnswersOptions, io: CommandIO) {
  // A file is not a terminal: no colours in it, whatever the environment forces.
  const color = options.output === undefined && options.color;
  const ctx = renderContext(io, { ...options, color });
  const whole = options.bank === undefined && options.section === undefined;
  const prerendered =
    format === 'text' && whole
      ? readShippedAnswerKey(defaultBankPath(), options.lang, ctx.width, ctx.c.level === 0)
      : undefined;
  if (prerendered !== undefined) return prerendered;
  const bank = await openBank(options);
  const sections =
    options.section === undefined
      ? bank.sections
      : [requireSection(bank, options.section, options)];
  if (format === 'json') return stringifyJson(bankToJson(bank, sections));
  if (format === 'markdown') return renderAnswerKeyMarkdown(options.lang, sections);
  if (format === 'html') return renderAnswerKeyHtml(options.lang, sections);
  return renderAnswerKeyText(ctx, sections);
}

/**
 * Through a pager when the key goes to a terminal and is longer than its
 * screen (never when piped); false when it was not paged, so the caller
 * prints it (a pager that is missing or fails included).
 */
async function paged(text: string, io: CommandIO): Promise<boolean> {
  if (!io.stdout.isTTY) return false;
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  if (lines < (io.stdout.rows ?? 24)) return false;
  const { pagerCommand, runPager } = await import('../ui/pager.js');
  const argv = pagerCommand(io.env);
  return argv !== undefined && (await runPager(argv, text, io.env));
}

// Not followed, and never blocking on a FIFO swapped in after the check.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Whether `file` may be written: a new file, or an existing regular file the
 * user agreed to replace (asked in a terminal, else `--force`). A link, a
 * folder, a pipe or a device is refused.
 */
async function mayWrite(file: string, options: AnswersOptions, io: CommandIO): Promise<boolean> {
  let stats: ReturnType<typeof lstatSync> | undefined;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw writeFailed(options.lang, file, error);
  }
  if (stats.isSymbolicLink()) throw refused(options.lang, file, 'symlink');
  if (stats.isDirectory()) throw writeFailed(options.lang, file, { code: 'EISDIR' });
  if (!stats.isFile()) throw refused(options.lang, file, 'notAFile');
  if (options.force) return true;
  const name = neutralizeInline(file);
  const zh = options.lang === 'zh';
  if (!(io.stdin.isTTY && io.stdout.isTTY)) {
    throw new UsageError(
      zh ? `“${name}” 已存在；要替换它请加 --force` : `"${name}" exists; add --force to replace it`,
    );
  }
  const prompts = await import('../ui/prompts/index.js');
  try {
    const m = messages(options.lang);
    const sure = await prompts.askConfirm(
      {
        message: zh ? `“${name}” 已存在，替换它吗？` : `"${name}" exists. Replace it?`,
        default: false,
        hint: m.confirmHintNo,
        invalid: m.confirmInvalid,
      },
      { input: io.stdin, output: io.stdout },
    );
    if (!sure) writeLine(io.stderr, zh ? `没有改动 ${name}` : `left ${name} as it was`);
    return sure;
  } catch (error) {
    if (prompts.isExitPromptError(error)) return false;
    throw error;
  }
}

function writeOutput(file: string, text: string, lang: Lang): void {
  let fd: number | undefined;
  try {
    fd = openSync(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NOFOLLOW | NONBLOCK,
      0o644,
    );
    if (!fstatSync(fd).isFile()) throw refused(lang, file, 'notAFile');
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw refused(lang, file, 'symlink');
    throw writeFailed(lang, file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
