import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultBankPath } from '../bank/default-bank.js';
import { SCHEMA_FILE, starterSections, type TemplateFile } from '../bank/init-template.js';
import { displayPath } from '../bank/load-bank.js';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { writeLine } from '../ui/output.js';
import type { CommandIO, CommonOptions } from './command-io.js';

export interface InitOptions extends CommonOptions {
  /** The schema to copy next to the sections; the one shipped in `questions/` by default. */
  schemaPath?: string;
}

/**
 * `init <dir>`: writes a small bank to start from (two sections that use
 * every field, and the JSON Schema editors check them with) into `dir`,
 * created if missing. Refuses a `dir` that exists and is not an empty
 * folder: it never overwrites a file.
 */
export async function runInit(dir: string, options: InitOptions, io: CommandIO): Promise<ExitCode> {
  const say = initMessages[options.lang];
  const target = resolve(dir);
  const shown = displayPath(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined) {
    const empty = existing.isDirectory() && (await readdir(target)).length === 0;
    // Naming a folder that is in use is a mistake in how init was called.
    if (!empty) throw new UsageError(say.notEmpty(shown));
  }
  const schemaPath = options.schemaPath ?? join(defaultBankPath(), SCHEMA_FILE);
  const files: TemplateFile[] = [
    ...(await starterSections(options.lang)),
    { name: SCHEMA_FILE, text: await readFile(schemaPath, 'utf8') },
  ];
  try {
    await mkdir(target, { recursive: true });
    for (const file of files) {
      // 'wx' fails rather than overwrite, should a file appear in the meantime.
      await writeFile(join(target, file.name), file.text, { flag: 'wx' });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExpectedError(say.writeFailed(shown, code), ExitCode.io);
  }
  const command = shellWord(shown);
  writeLine(
    io.stdout,
    [
      say.written(shown),
      ...files.map((f) => `  ${displayPath(join(target, f.name))}`),
      '',
      say.next,
      `  cs-interview validate ${command}`,
      `  cs-interview drill 1 --bank ${command}`,
    ].join('\n'),
  );
  return ExitCode.ok;
}

/** A path as one shell word: as is when plain, else in single quotes. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

const initMessages: Record<
  Lang,
  {
    notEmpty(dir: string): string;
    writeFailed(dir: string, code: string): string;
    written(dir: string): string;
    next: string;
  }
> = {
  zh: {
    notEmpty: (dir) =>
      `${dir} 已存在，且不是空文件夹；init 从不覆盖文件，请指定一个新的或空的文件夹`,
    writeFailed: (dir, code) => `无法写入 ${dir}（${code}）`,
    written: (dir) => `已在 ${dir} 创建示例题库：`,
    next: '下一步：',
  },
  en: {
    notEmpty: (dir) =>
      `${dir} already exists and is not an empty folder; init never overwrites files, so name a new or empty folder`,
    writeFailed: (dir, code) => `cannot write to ${dir} (${code})`,
    written: (dir) => `Wrote a starter bank to ${dir}:`,
    next: 'Next:',
  },
};
