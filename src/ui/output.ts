import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from './i18n.js';
import type { RenderContext } from './render/context.js';
import { wrapText } from './wrap.js';

/** The streams and environment a command works with; injectable for tests. */
export interface CommandIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  /**
   * The script a worker thread can run to do part of a command's work (the
   * binary); only the binary's own entry sets it.
   */
  workerEntry?: string;
}

/** The options every command shares, after the CLI has checked them. */
export interface CommonOptions {
  bank?: string;
  lang: Lang;
  /** false when `--no-color` was given. */
  color: boolean;
  /** Where the history is kept; the CLI fills it from the environment it was given. */
  home?: string;
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
export function outputWidth(io: Pick<CommandIO, 'stdout' | 'env'>): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS) || undefined;
  return Math.max(20, Math.min(100, columns ?? 80));
}

/** The render context of a command's standard output. */
export function renderContext(io: CommandIO, options: CommonOptions): RenderContext {
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
export function writeWrapped(io: Pick<CommandIO, 'stdout' | 'env'>, text: string): void {
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
