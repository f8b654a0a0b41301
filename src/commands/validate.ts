import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bank, BankIssue } from '../bank/types.js';
import { chatFiles } from '../chat/chat-files.js';
import { BankError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import type { BankWarning } from '../lint/warnings.js';
import { renderContext, writeLine } from '../ui/output.js';
import { stringifyJson } from '../ui/render/json.js';
import { renderValidation, type ValidateJson } from '../ui/render/render-validation.js';
import { type CacheUse, cachedWarnings } from './cached-bank.js';
import type { CommandIO, CommonOptions } from './command-io.js';

export type { ValidateJson };

export interface ValidateOptions extends CommonOptions {
  json?: boolean;
  /** Fail on warnings too. */
  strict?: boolean;
}

/**
 * `validate <path…>`: checks banks (folders) and single section files and
 * reports every error of every file, then the warnings of the banks that
 * load, each as `file:line:col: error|warning: message`, and a summary.
 * Exit 1 on an error, or on a warning with `--strict`; else 0.
 */
export async function runValidate(
  paths: readonly string[],
  options: ValidateOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const result: ValidateJson = { files: 0, errors: [], warnings: [] };
  for (const path of paths) {
    const checked = await validatePath(path, options);
    // A bank's chat scenarios (its chat/ folder), checked and played through.
    const chats = await checkChatsOf(path, options.lang);
    result.files += checked.files + chats.files;
    result.errors.push(...checked.errors, ...chats.errors);
    result.warnings.push(...checked.warnings);
  }
  writeLine(
    io.stdout,
    options.json ? stringifyJson(result) : renderValidation(result, renderContext(io, options)),
  );
  const failed =
    result.errors.length > 0 || (options.strict === true && result.warnings.length > 0);
  return failed ? ExitCode.badInput : ExitCode.ok;
}

async function validatePath(path: string, use: CacheUse): Promise<ValidateJson> {
  const files = await countSectionFiles(path);
  try {
    return { files, errors: [], warnings: await cachedWarnings(path, use, warningsOf(use.lang)) };
  } catch (error) {
    if (error instanceof BankError) return { files, errors: error.issues, warnings: [] };
    throw error;
  }
}

/**
 * The warnings of a loaded bank, a file read again only to place its warnings (a sound bank
 * has none: reading the bench's copy again, 9.8 MB, was a tenth of the warnings' time).
 */
function warningsOf(lang: Lang): (bank: Bank) => Promise<BankWarning[]> {
  return async (bank) => {
    const read = new Map<string, string | undefined>();
    const texts = {
      get(file: string): string | undefined {
        // Only to place warnings: a file that went away since it loaded is placed at 1:1.
        if (!read.has(file)) read.set(file, readText(file));
        return read.get(file);
      },
    };
    const { collectWarnings } = await import('../lint/warnings.js');
    return collectWarnings(bank, lang, texts);
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `checkChats`, its reader (and the YAML readers) loaded only for a bank with chat files. */
async function checkChatsOf(
  path: string,
  lang: Lang,
): Promise<{ files: number; errors: BankIssue[] }> {
  if (!existsSync(path) || chatFiles(path).length === 0) return { files: 0, errors: [] };
  return (await import('../chat/load-chats.js')).checkChats(path, lang);
}

/** How many section files `loadBank` reads from a path: one for a file, its `*.yaml`/`*.yml` for a folder. */
async function countSectionFiles(path: string): Promise<number> {
  const stats = await stat(path).catch(() => undefined);
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return 1;
  const entries = await readdir(path).catch(() => [] as string[]);
  let count = 0;
  for (const name of entries) {
    if (name.startsWith('.') || !/\.ya?ml$/i.test(name)) continue;
    const target = await stat(join(path, name)).catch(() => undefined);
    if (!target?.isDirectory()) count++;
  }
  return count;
}
