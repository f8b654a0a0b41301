import { ExitCode } from '../exit-codes.js';
import { renderContext, writeLine } from '../ui/output.js';
import { stringifyJson } from '../ui/render/json.js';
import { bankToJson } from '../ui/render/render-answer-key.js';
import { type ListedSection, renderList } from '../ui/render/render-list.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { openBank } from './open-bank.js';

export interface ListOptions extends CommonOptions {
  json?: boolean;
}

/** `list`: sections and questions with points and time limits. */
export async function runList(options: ListOptions, io: CommandIO): Promise<ExitCode> {
  // The text list shows no keyword: concepts are checked, not expanded. The JSON has keywords.
  const out = options.json
    ? stringifyJson(bankToJson(await openBank(options)))
    : renderList(renderContext(io, options), await listedSectionsOf(options));
  writeLine(io.stdout, out);
  return ExitCode.ok;
}

/** What the text list shows: a `--bank` through the bank cache's own kind for it. */
async function listedSectionsOf(options: ListOptions): Promise<readonly ListedSection[]> {
  if (options.bank === undefined)
    return (await openBank(options, { expandConcepts: false })).sections;
  return (await import('./cached-bank.js')).loadListedSections(options.bank, options);
}
