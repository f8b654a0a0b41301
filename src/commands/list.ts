import { ExitCode } from '../exit-codes.js';
import { renderContext, writeLine } from '../ui/output.js';
import { stringifyJson } from '../ui/render/json.js';
import { bankToJson } from '../ui/render/render-answer-key.js';
import { renderList } from '../ui/render/render-list.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { openBank } from './open-bank.js';

export interface ListOptions extends CommonOptions {
  json?: boolean;
}

/** `list`: sections and questions with points and time limits. */
export async function runList(options: ListOptions, io: CommandIO): Promise<ExitCode> {
  // The text list shows no keyword: concepts are checked, not expanded. The JSON has keywords.
  const bank = await openBank(options, { expandConcepts: options.json === true });
  const out = options.json
    ? stringifyJson(bankToJson(bank))
    : renderList(renderContext(io, options), bank.sections);
  writeLine(io.stdout, out);
  return ExitCode.ok;
}
