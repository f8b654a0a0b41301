import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { buildProgram } from './cli/program.js';
import type { CommandIO } from './commands/command-io.js';
import type { GradeWorkerData } from './commands/grade-class.js';
import { loadSettings } from './config/load-settings.js';
import { ExpectedError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { firstScreenDrawn } from './first-screen.js';
import { resolveDataDir } from './store/paths.js';
import { messages } from './ui/i18n.js';
import { wrapForTerminal } from './ui/output.js';

/** The value of `--lang` on the command line, before commander has parsed it (help must already be in it). */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]?.includes('=') ? argv[i]?.slice('--lang='.length) : argv[i + 1];
}

/**
 * Runs the CLI and reports how it ended. The only place that decides the
 * exit code: expected errors print one clean message, anything else is a
 * bug and prints its stack.
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const home = resolveDataDir(undefined, io.env);
  const settings = loadSettings(langFlag(argv), io.env, home);
  const lang = settings.choice.lang;
  let code: ExitCode = ExitCode.ok;
  const help = showsHelp(argv);
  const layout = help ? (await import('./ui/help-layout.js')).helpLayout : {};
  const program = buildProgram(
    { io, settings, home },
    lang,
    (c) => {
      code = c;
    },
    layout,
    help ? undefined : operandWords(argv)[0],
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return ExitCode.ok;
      }
      return ExitCode.usage;
    }
    if (error instanceof ExpectedError) {
      io.stderr.write(`${wrapForTerminal(io.stderr, error.message)}\n`);
      return error.exitCode;
    }
    // process.cwd() throws once the folder the shell is in was deleted;
    // anything that resolves a relative path meets it. Not a bug of ours.
    if (isCwdGone(error)) {
      io.stderr.write(`${messages(lang).cwdGone}\n`);
      return ExitCode.usage;
    }
    io.stderr.write(
      `${messages(lang).bugHeader}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return ExitCode.bug;
  }
}

/**
 * The words before `--` that are not options, nor the values of the program's options: the
 * command's name first. With a `--`, none (the command is then commander's to find).
 */
function operandWords(argv: readonly string[]): string[] {
  if (argv.includes('--')) return [];
  return argv.filter(
    (a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang' && argv[i - 1] !== '--bank',
  );
}

/** Whether commander will print help: asked for, no command given, or `config` alone. */
function showsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  // The words that are not options, nor the values of the program's options.
  const words = options.filter(
    (a, i) => !a.startsWith('-') && options[i - 1] !== '--lang' && options[i - 1] !== '--bank',
  );
  return (
    words.length === 0 ||
    (words.length === 1 && words[0] === 'config') ||
    options.includes('-h') ||
    options.includes('--help')
  );
}

function isCwdGone(error: unknown): boolean {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return code === 'ENOENT' && syscall === 'uv_cwd';
}

// For the binary's loader, which writes the code cache then (src/cli/code-cache.ts).
export { afterFirstScreen } from './first-screen.js';

/** Entry point of the binary. Sets the exit code rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  // A worker thread `grade` started on this same binary to grade its share of a class. It has
  // no arguments: only then is node:worker_threads loaded to tell.
  if (argv.length === 0) {
    const { isMainThread, parentPort, workerData } =
      process.getBuiltinModule('node:worker_threads');
    if (!isMainThread && (workerData as GradeWorkerData | null)?.csInterviewGradeWorker) {
      const { runGradeWorker } = await import('./commands/grade-class.js');
      await runGradeWorker(workerData as GradeWorkerData, (m) => parentPort?.postMessage(m));
      return;
    }
  }
  // `cs-interview answers | head`: the reader left; stop quietly instead of
  // crashing on EPIPE (there is nobody to tell).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  process.exitCode = await runCli(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    workerEntry: fileURLToPath(new URL('../bin/cs-interview.js', import.meta.url)),
  });
  // A command that drew no prompt: its whole output was its first screen.
  firstScreenDrawn();
}
