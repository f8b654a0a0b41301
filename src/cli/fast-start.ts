/**
 * The two outputs asked for most often without loading the program: `--help`
 * and `answers` piped, with the default options. Loading dist/cli.cjs
 * (commander, the help texts, the whole program) costs more than Node's own start
 * on Node 20, so bin/cs-interview.js asks this small bundle first. The texts
 * are the program's own output, captured at build time (scripts/build.js),
 * and are served only where the program would print the same bytes: the
 * language chosen the same way (CS_INTERVIEW_LANG, the settings file in the
 * data folder, the locale), no terminal, no forced colours, the default
 * width, nothing the program would say on stderr. Anything else returns
 * undefined and the program runs. test/fast-start.test.ts compares the two
 * for every case served.
 */

import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { shippedAnswerKeyFile } from '../commands/shipped-answer-key.js';
import { readConfig } from '../config/config-file.js';
import { chooseLang, isLang, needsLangNotice } from '../config/settings.js';
import type { Lang } from '../lang.js';
import { resolveDataDir } from '../store/paths.js';

export { loadProgram } from './code-cache.js';

/** Stands for the data folder in the captured help, which names it. */
export const DATA_DIR_MARK = '\u0000CS_INTERVIEW_DATA_DIR\u0000';

/** The outputs served, by the arguments that ask for them. */
export const FAST_OUTPUTS = { '--help': 'help', '-h': 'help', answers: 'answers' } as const;
export type FastOutput = (typeof FAST_OUTPUTS)[keyof typeof FAST_OUTPUTS];

/**
 * Where the build puts the captured output of one language, in `dist`: `answers` where it is
 * the rendered answer key byte for byte is none, and the key is served instead (650 KB less).
 */
export function fastOutputUrls(dist: URL, output: FastOutput, lang: Lang): URL[] {
  const captured = new URL(`fast/${output}-${lang}.txt`, dist);
  return output === 'answers' ? [captured, new URL(shippedAnswerKeyFile(lang), dist)] : [captured];
}

export interface FastContext {
  /** The folder the build wrote (dist/, ending in a slash). */
  dist: URL;
  env: NodeJS.ProcessEnv;
  /** Whether standard output is a terminal (help and the key are then laid out for it). */
  isTTY: boolean;
}

/** What the program would print for `argv`, when it is one of the captured outputs; else undefined. */
export function fastOutput(argv: readonly string[], context: FastContext): string | undefined {
  return fastBytes(argv, context)?.toString('utf8');
}

/** `fastOutput` as bytes: the answer key (300 KB) is written as read, never decoded. */
function fastBytes(argv: readonly string[], context: FastContext): Buffer | undefined {
  const { env } = context;
  const arg = argv.length === 1 ? argv[0] : undefined;
  const output =
    arg !== undefined && Object.hasOwn(FAST_OUTPUTS, arg)
      ? FAST_OUTPUTS[arg as keyof typeof FAST_OUTPUTS]
      : undefined;
  if (output === undefined || context.isTTY) return undefined;
  // Colours forced into a pipe (chalk and commander both honour these), or a width asked for.
  if (env.FORCE_COLOR !== undefined || env.CLICOLOR_FORCE !== undefined) return undefined;
  if (env.COLUMNS !== undefined && env.COLUMNS !== '') return undefined;
  // A bad CS_INTERVIEW_LANG is refused by the program, with a message.
  const envLang = env.CS_INTERVIEW_LANG;
  if (envLang !== undefined && envLang !== '' && !isLang(envLang)) return undefined;
  const dir = resolveDataDir(undefined, env);
  const read = readConfig(dir);
  // A settings file that cannot be used, or a bad saved language, is reported by the program.
  if (!read.ok || (read.values.lang !== undefined && !isLang(read.values.lang))) return undefined;
  const choice = chooseLang(undefined, env, read.values);
  // A command's first run on a non-Chinese locale says which language it chose (help runs none).
  if (output === 'answers' && needsLangNotice(choice, read.values)) return undefined;
  const bytes = readFirst(fastOutputUrls(context.dist, output, choice.lang));
  if (bytes === undefined) return undefined;
  // The help names the data folder (once); the answer key names none.
  const mark = Buffer.from(DATA_DIR_MARK, 'utf8');
  const at = bytes.indexOf(mark);
  if (at < 0) return bytes;
  if (bytes.indexOf(mark, at + mark.length) >= 0) return undefined;
  return Buffer.concat([
    bytes.subarray(0, at),
    Buffer.from(dir, 'utf8'),
    bytes.subarray(at + mark.length),
  ]);
}

/** The bytes of the first of `files` that can be read. */
function readFirst(files: readonly URL[]): Buffer | undefined {
  for (const file of files) {
    try {
      return readFileSync(file);
    } catch {}
  }
  return undefined;
}

/**
 * Prints the captured output for `argv` when `fastOutput` gives one; whether it did. Written
 * to fd 1 directly: process.stdout on a pipe loads node:net and the streams, several
 * milliseconds, and so would `tty.isatty`. A character device is taken for a terminal, so
 * `> /dev/null` runs the program (same output, only slower).
 */
export function printFast(argv: readonly string[], dist: URL): boolean {
  let isTTY = true;
  try {
    isTTY = fstatSync(1).isCharacterDevice();
  } catch {}
  const bytes = fastBytes(argv, { dist, env: process.env, isTTY });
  if (bytes === undefined) return false;
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // As in main(): a reader that left (`answers | head`) is no error.
    if (code === 'EPIPE') process.exit();
    if (code !== 'EAGAIN') throw error;
    // A non-blocking pipe that is full: the rest through the stream, which waits for it.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit();
    });
    process.stdout.write(bytes.subarray(done));
  }
  return true;
}
