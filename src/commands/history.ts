import { lstatSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeInline } from '../neutralize.js';
import { openStore } from '../store/history-store.js';
import { resolveDataDir } from '../store/paths.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { withCommand } from '../ui/render/blocks.js';
import { historyTable, type ListedAnswer } from '../ui/render/render-history.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { streamJson } from './history-json.js';
import { readHistory } from './read-history.js';

export interface HistoryOptions extends CommonOptions {
  json?: boolean;
}

/** `history [--json]`: every saved answer, oldest first. */
export async function runHistory(options: HistoryOptions, io: CommandIO): Promise<ExitCode> {
  if (options.json) return streamJson(options, io);
  const { records, path } = readHistory({ ...options, slim: true }, io.stderr);
  // The rules quiz's answers are answers too, listed in time order among the others.
  const attempts = records.filter(
    (r): r is ListedAnswer => r.kind === 'attempt' || r.kind === 'quiz-answer',
  );
  const m = messages(options.lang);
  const ctx = renderContext(io, options);
  writeLine(io.stdout, ctx.c.dim(m.historyAt(neutralizeInline(path), attempts.length)));
  if (attempts.length === 0) return ExitCode.ok;
  const table = historyTable(ctx, attempts);
  writeLine(io.stdout, table.header);
  for (const a of attempts) writeLine(io.stdout, table.line(a));
  for (const line of withCommand(m.historyShowHint, m.historyShowCommand, ctx.width))
    writeLine(io.stdout, ctx.c.dim(line));
  return ExitCode.ok;
}

/** Whether the log is absent or holds nothing (a folder or other oddity is left to `clear` to report). */
function isEmptyFile(path: string): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isFile() && stat.size === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

export interface HistoryClearOptions extends CommonOptions {
  yes?: boolean;
}

/** `history clear`: deletes the history after asking (or with `--yes`). */
export async function runHistoryClear(
  options: HistoryClearOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  const store = openStore(resolveDataDir(options.home), { lang: options.lang });
  // Nothing to delete is said as such, with or without --yes, and asks nothing.
  if (isEmptyFile(store.path)) {
    writeLine(io.stdout, m.clearNothing(neutralizeInline(store.path)));
    return ExitCode.ok;
  }
  if (!options.yes) {
    if (!(io.stdin.isTTY && io.stdout.isTTY)) throw new UsageError(m.clearNeedsYes);
    const prompts = await import('../ui/prompts/index.js');
    try {
      const sure = await prompts.askConfirm(
        {
          message: m.clearConfirm(neutralizeInline(store.path)),
          default: false,
          hint: m.confirmHintNo,
          invalid: m.confirmInvalid,
          colors: renderContext(io, options).c,
        },
        { input: io.stdin, output: io.stdout },
      );
      if (!sure) {
        writeLine(io.stdout, m.clearKept);
        return ExitCode.ok;
      }
    } catch (error) {
      if (prompts.isExitPromptError(error)) return ExitCode.interrupted;
      throw error;
    }
  }
  store.clear();
  writeLine(io.stdout, m.cleared(neutralizeInline(store.path)));
  return ExitCode.ok;
}
