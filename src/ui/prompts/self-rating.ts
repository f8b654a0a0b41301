import checkbox from '@inquirer/checkbox';
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

/** A yes/no question, No by default. Ctrl+C rejects with `ExitPromptError`. */
export async function askConfirm(message: string, context?: PromptContext): Promise<boolean> {
  const { default: confirm } = await import('@inquirer/confirm');
  return confirm({ message, default: false }, context);
}
