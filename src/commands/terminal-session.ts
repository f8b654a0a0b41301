/**
 * What every interactive command does around its prompts: make sure there is
 * a terminal, wait for the candidate to start, and save what is on screen
 * when the terminal goes away or the process is killed.
 */

import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeInline } from '../neutralize.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import type { InterviewOptions } from './interview.js';

/**
 * What the interactive commands need before they draw: a terminal (a prompt would otherwise eat
 * a pipe whole), and how wide it draws ambiguous-width characters (“ ” … —), as
 * `CS_INTERVIEW_AMBIGUOUS` says or else measured.
 */
export async function requireTerminal(
  io: CommandIO,
  options: CommonOptions,
  command: string,
): Promise<void> {
  if (!(io.stdin.isTTY && io.stdout.isTTY))
    throw new UsageError(messages(options.lang).needTerminal(command));
  // Said before anything starts or is recorded: the user asked to be read to.
  // The speech tool's module (and the child processes under it) only for --speak.
  if (
    (options as InterviewOptions).speak &&
    !(await import('../speech/speech.js')).speechCommand(options.lang, process.platform, io.env)
  )
    throw new UsageError(messages(options.lang).noSpeechTool(process.platform));
  const prompts = await import('../ui/prompts/index.js');
  const value = io.env.CS_INTERVIEW_AMBIGUOUS;
  const setting = prompts.parseAmbiguousSetting(value);
  if (setting === 'invalid')
    throw new UsageError(messages(options.lang).badAmbiguous(neutralizeInline(value ?? '')));
  await prompts.probeTerminal({ input: io.stdin, output: io.stdout }, setting);
}

// A closed terminal or a kill must not lose what is being typed: the draft
// and the end of the session are written synchronously, then the process
// exits with the conventional 128 + signal number. SIGINT as a signal (`kill
// -INT`, or Ctrl+C while no prompt has the terminal in raw mode) is one of
// them: a prompt sees Ctrl+C as a key, never as this signal. A closed
// terminal often shows first as the end of (or an EIO error on) standard
// input, before SIGHUP arrives, and Node 20's readline then crashes restoring
// the terminal (nodejs/node#51519): listening on the input too, ahead of
// readline, saves the draft on every path.
//
// It exits here rather than returning a code up the stack: the terminal is
// gone, so a prompt waits on an input that sends nothing more, and unwinding
// needs every prompt (the drawn ones and Inquirer's oral checklists) to take
// one abort signal, and finish() to skip writing the summary to a dead
// terminal (an EIO there is one more crash to catch). What must not be lost
// is written synchronously first, so the exit loses nothing.
export function onTerminalLoss(input: NodeJS.ReadableStream, save: () => void): () => void {
  let saved = false;
  const exitWith = (code: number) => () => {
    if (!saved) {
      saved = true;
      save();
    }
    process.exit(code);
  };
  const hangUp = exitWith(ExitCode.hangUp);
  const interrupt = exitWith(ExitCode.interrupted);
  const terminate = exitWith(ExitCode.terminated);
  process.once('SIGHUP', hangUp);
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', terminate);
  input.prependListener('end', hangUp);
  input.prependListener('error', hangUp);
  return () => {
    process.removeListener('SIGHUP', hangUp);
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', terminate);
    input.removeListener('end', hangUp);
    input.removeListener('error', hangUp);
  };
}

/**
 * Waits for Enter before the first question, so the clock does not start
 * while the candidate is still reading; false when they press Ctrl+C.
 */
export async function waitToStart(io: CommandIO, options: CommonOptions): Promise<boolean> {
  const prompts = await import('../ui/prompts/index.js');
  try {
    await prompts.waitForEnter(messages(options.lang).startHint, {
      input: io.stdin,
      output: io.stdout,
    });
    return true;
  } catch (error) {
    if (prompts.isExitPromptError(error)) return false;
    throw error;
  }
}
