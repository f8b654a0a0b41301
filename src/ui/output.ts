import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../lang.js';
import type { RenderContext } from './render/context.js';
import { wrapText } from './wrap.js';

/** What output needs of a command's IO (commands/command-io.ts): its standard output and environment. */
export interface OutputIO {
  stdout: { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

type Level = 0 | 1 | 2 | 3;

function forcedLevel(value: string): Level {
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  return (Number.isNaN(n) ? 1 : Math.max(0, Math.min(3, n))) as Level;
}

/**
 * Colour level for output: `--no-color` wins, then FORCE_COLOR, then
 * NO_COLOR (https://no-color.org), then whether the output is a terminal.
 * Piped output therefore never carries escape codes unless forced.
 */
export function colorLevel(color: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  if (!color) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.NO_COLOR) return 0;
  if (!isTTY) return 0;
  // A dumb terminal draws escape codes as text: no bold or dim either.
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

/**
 * Width to lay text out at: the terminal's, capped at 100 columns because
 * longer lines of Chinese are hard to read; 80 (or $COLUMNS) when piped.
 */
export function outputWidth(io: OutputIO): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS) || undefined;
  return Math.max(20, Math.min(100, columns ?? 80));
}

/** The render context of a command's standard output. */
export function renderContext(
  io: OutputIO,
  options: { lang: Lang; color: boolean },
): RenderContext {
  const c: ChalkInstance = new Chalk({
    level: colorLevel(options.color, io.env, io.stdout.isTTY === true),
  });
  return { lang: options.lang, width: outputWidth(io), c };
}

/** Writes text followed by a newline. */
export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text}\n`);
}

/**
 * Writes a message (plain text) wrapped to the output's width: left to the terminal, a line is
 * cut mid-word (`wa|s right`) or starts with a closing mark such as 。.
 */
export function writeWrapped(io: OutputIO & { stdout: NodeJS.WritableStream }, text: string): void {
  writeLine(io.stdout, wrapText(text, outputWidth(io)).join('\n'));
}

/**
 * An error message for standard error: wrapped to the terminal's width when it is one (left to
 * the terminal, a long list of choices was cut mid-word), as it is when piped or redirected.
 */
export function wrapForTerminal(
  stream: { isTTY?: boolean; columns?: number },
  text: string,
): string {
  if (stream.isTTY !== true || !stream.columns) return text;
  return wrapText(text, Math.max(20, Math.min(100, stream.columns))).join('\n');
}
