import type { ExitCode } from '../exit-codes.js';
import type { CommandIO } from '../ui/output.js';
import { type InterviewOptions, requireTerminal, runInterview } from './interview.js';
import { openBank, requireSection } from './open-bank.js';

/** `drill <section>`: one section, optionally shuffled and cut to `--count`. */
export async function runDrill(
  section: string,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  requireTerminal(io, options, 'drill');
  const bank = await openBank(options);
  return runInterview([requireSection(bank, section, options)], options, io);
}
