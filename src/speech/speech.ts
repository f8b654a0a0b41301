/**
 * Reading questions aloud with the system's speech tool: espeak-ng (a
 * Mandarin voice for Chinese) where it is installed, `say` on macOS.
 *
 * The tool is spawned directly, never through a shell, and the text goes
 * on its standard input, never on a command line: a question is bank text,
 * which anyone could have written, and `$(…)` in it must stay words. Its
 * output is thrown away (espeak-ng without a sound card prints ALSA errors
 * that would draw over the prompt); a failure is kept to be said once, at a
 * moment the screen allows.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Lang } from '../lang.js';

/** A program and its arguments; the text to speak goes on its standard input. */
export interface SpeechCommand {
  command: string;
  args: string[];
}

/** The first of `names` found as an executable on `PATH`, or undefined (no shell asked). */
export function findOnPath(names: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {}
    }
  }
  return undefined;
}

/**
 * How to speak `lang` here: `say -f -` on macOS (its Chinese voice
 * Tingting for Chinese), espeak-ng elsewhere (`-v cmn`, Mandarin, or `-v en`;
 * `--stdin`); undefined when neither is installed. `wavFile` makes espeak-ng
 * write a WAV file instead of playing (`-w`), which is how the tests hear it.
 */
export function speechCommand(
  lang: Lang,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  wavFile?: string,
): SpeechCommand | undefined {
  if (platform === 'darwin' && wavFile === undefined) {
    const say = findOnPath(['say'], env);
    if (say)
      return { command: say, args: [...(lang === 'zh' ? ['-v', 'Tingting'] : []), '-f', '-'] };
  }
  const espeak = findOnPath(['espeak-ng'], env);
  if (!espeak) return undefined;
  return {
    command: espeak,
    args: ['-v', lang === 'zh' ? 'cmn' : 'en', ...(wavFile ? ['-w', wavFile] : []), '--stdin'],
  };
}

/** A voice that reads one text at a time: a new text, or `stop`, cuts the one being read. */
export interface Speaker {
  /** Starts reading `text`; resolves when it is read, cut or failed (never rejects). */
  say(text: string): Promise<void>;
  /** Stops reading now (the answer began, or the run ended). */
  stop(): void;
  /** What went wrong the first time something did, to be said once; undefined while all is well. */
  readonly problem: string | undefined;
}

/** A speaker that runs `tool` for each text. */
export function openSpeaker(tool: SpeechCommand): Speaker {
  let current: ChildProcess | undefined;
  let problem: string | undefined;
  const stop = () => {
    const child = current;
    current = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  };
  return {
    get problem() {
      return problem;
    },
    stop,
    say(text) {
      stop();
      return new Promise<void>((resolve) => {
        const child = spawn(tool.command, tool.args, {
          stdio: ['pipe', 'ignore', 'ignore'],
          shell: false,
        });
        current = child;
        child.on('error', (error: NodeJS.ErrnoException) => {
          problem ??= `${tool.command}: ${error.code ?? error.message}`;
          resolve();
        });
        child.on('close', (code, signal) => {
          // Killed by `stop` is no failure; another end with a code is.
          if (code !== 0 && signal === null) problem ??= `${tool.command}: exit ${code}`;
          if (current === child) current = undefined;
          resolve();
        });
        // A tool that exits before reading all of it closes the pipe: not worth a crash.
        child.stdin?.on('error', () => {});
        child.stdin?.end(text);
      });
    },
  };
}
