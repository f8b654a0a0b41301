import type { ChalkInstance } from 'chalk';
import { askLine } from './line-prompt.js';
import type { PromptContext } from './terminal.js';

/** Reads "3", "3.5" or "" (keep the automatic score); anything else is refused with `invalid`. */
export function parseSelfScore(value: string, max: number): number | null | 'invalid' {
  const text = value.trim().normalize('NFKC');
  if (text === '') return null;
  if (!/^\d+(\.\d)?$/.test(text)) return 'invalid';
  const n = Number(text);
  return n >= 0 && n <= max ? n : 'invalid';
}

/**
 * Asks for the candidate's own score, 0 to `max`; Enter (or Ctrl+D) keeps the automatic one
 * (resolves null). Keys typed before the prompt appeared (as the time ran out) are dropped, so a
 * stray Enter does not rate the answer and start the next question's clock. Ctrl+C rejects with
 * `ExitPromptError`.
 */
export async function askSelfScore(
  options: { message: string; max: number; invalid: string },
  context?: PromptContext,
): Promise<number | null> {
  const value = await askLine(
    {
      message: options.message,
      validate: (v) => parseSelfScore(v, options.max) !== 'invalid' || options.invalid,
      discardTypeahead: true,
    },
    context,
  );
  const score = parseSelfScore(value, options.max);
  return score === 'invalid' ? null : score;
}

/** Oral mode: the candidate ticks the key points they said. Resolves the indexes ticked. */
export async function askTickedPoints(
  options: { message: string; points: readonly string[]; help: string },
  context?: PromptContext,
): Promise<number[]> {
  // Inquirer loads only here and for the oral countdown (index.ts).
  const { default: checkbox } = await import('@inquirer/checkbox');
  return checkbox(
    {
      message: options.message,
      choices: options.points.map((name, value) => ({ name, value })),
      instructions: options.help,
      pageSize: Math.max(7, options.points.length),
    },
    context,
  );
}

/** Reads a yes/no answer in either language: y/yes/是/好, n/no/否/不; "" is the default; else 'invalid'. */
export function parseYesNo(value: string, fallback: boolean): boolean | 'invalid' {
  const text = value.trim().normalize('NFKC').toLowerCase();
  if (text === '') return fallback;
  if (/^(y|yes|是|好|要|确定)$/.test(text)) return true;
  if (/^(n|no|否|不|不要)$/.test(text)) return false;
  return 'invalid';
}

export interface ConfirmOptions {
  /** The question, in the session's language; the y/n hint is added to it. */
  message: string;
  /** What Enter alone answers. */
  default: boolean;
  /** The hint after the message, e.g. `(y/N)`, in the session's language. */
  hint: string;
  /** Shown while the answer is neither yes nor no. */
  invalid: string;
  colors?: ChalkInstance;
}

/**
 * A yes/no question in the interface language (the library's prompt answers
 * "Yes"/"No" in English whatever the language). Ctrl+C rejects with
 * `ExitPromptError`; keys typed before it appeared are dropped.
 */
export async function askConfirm(
  options: ConfirmOptions,
  context?: PromptContext,
): Promise<boolean> {
  const value = await askLine(
    {
      // A Chinese hint opens with a full-width bracket, which needs no space before it.
      message: `${options.message}${options.hint.startsWith('（') ? '' : ' '}${options.hint}`,
      validate: (v) => parseYesNo(v, options.default) !== 'invalid' || options.invalid,
      discardTypeahead: true,
      ...(options.colors ? { colors: options.colors } : {}),
    },
    context,
  );
  return parseYesNo(value, options.default) === true;
}
