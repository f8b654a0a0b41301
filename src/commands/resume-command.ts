import type { SessionCommand } from '../store/record.js';
import { ourCommand } from '../ui/render/command-line.js';
import type { CommandIO } from './command-io.js';
import type { InterviewOptions } from './interview.js';

/** How to continue this run after Ctrl+C; none with --no-save (nothing is kept to continue). */
export function resumeCommand(
  command: SessionCommand,
  options: InterviewOptions,
  io: CommandIO,
): string | undefined {
  return options.save ? ourCommand(`${command} --resume`, options, io.env) : undefined;
}
