import type { ExitCode } from '../exit-codes.js';
import type { CommandIO } from '../ui/output.js';
import { type InterviewOptions, requireTerminal, runInterview } from './interview.js';
import { openBank } from './open-bank.js';

/** `practice`: the full mock interview, every section in order, timed. */
export async function runPractice(options: InterviewOptions, io: CommandIO): Promise<ExitCode> {
  requireTerminal(io, options, 'practice');
  const bank = await openBank(options);
  return runInterview(bank.sections, options, io);
}
