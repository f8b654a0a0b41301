import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from '../ui/output.js';
import { renderContext, writeLine } from '../ui/output.js';
import {
  bankToJson,
  renderAnswerKeyMarkdown,
  renderAnswerKeyText,
  stringifyJson,
} from '../ui/render/render-answer-key.js';
import { openBank, requireSection } from './open-bank.js';

export const ANSWER_FORMATS = ['text', 'markdown', 'json'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

export interface AnswersOptions extends CommonOptions {
  section?: string;
  format: string;
}

/** `answers [section]`: the answer key as text, Markdown or JSON. */
export async function runAnswers(options: AnswersOptions, io: CommandIO): Promise<ExitCode> {
  const format = options.format as AnswerFormat;
  if (!ANSWER_FORMATS.includes(format))
    throw new UsageError(messages(options.lang).badFormat(options.format));
  const bank = await openBank(options);
  const sections =
    options.section === undefined
      ? bank.sections
      : [requireSection(bank, options.section, options)];
  let out: string;
  if (format === 'json') out = stringifyJson(bankToJson(bank, sections));
  else if (format === 'markdown') out = renderAnswerKeyMarkdown(options.lang, sections);
  else out = renderAnswerKeyText(renderContext(io, options), sections);
  writeLine(io.stdout, out);
  return ExitCode.ok;
}
