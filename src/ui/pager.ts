/**
 * Showing a long text through a pager, as git and man do: `PAGER` when set
 * (an empty value turns paging off), else `less -R` when it is installed,
 * else the text is printed. Only for a terminal; the caller decides that.
 */

import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * `PAGER` as a program and its arguments, split at spaces; single and double
 * quotes keep spaces inside a word (`PAGER="less -R"`, `PAGER='"/opt/my pager" -x'`).
 * No shell is involved, so nothing else in it is special.
 */
export function parsePager(value: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of value) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {}
  }
  return false;
}

/** The pager to run, or undefined to print: `PAGER`, else `less -R` where installed. */
export function pagerCommand(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string[] | undefined {
  if (env.PAGER !== undefined) {
    const argv = parsePager(env.PAGER);
    return argv.length > 0 ? argv : undefined;
  }
  return platform !== 'win32' && onPath('less', env) ? ['less', '-R'] : undefined;
}

/**
 * Runs `argv` with `text` on its standard input and the terminal as its
 * output; resolves true once it exits 0, false when it could not be started
 * or failed (the caller then prints the text). Ctrl+C while it runs is the
 * pager's (less uses it to stop a search), not a reason for us to die.
 */
export function runPager(
  argv: readonly string[],
  text: string,
  env: NodeJS.ProcessEnv,
): Promise<boolean> {
  const [program, ...args] = argv;
  if (program === undefined) return Promise.resolve(false);
  return new Promise((resolve) => {
    const ignore = () => {};
    process.on('SIGINT', ignore);
    const done = (ok: boolean) => {
      process.removeListener('SIGINT', ignore);
      resolve(ok);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(program, args, { stdio: ['pipe', 'inherit', 'inherit'], env, shell: false });
    } catch {
      done(false);
      return;
    }
    // A program that cannot be started reports an error, and perhaps an exit too.
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      done(ok);
    };
    child.on('error', () => settle(false));
    child.on('exit', (code) => settle(code === 0));
    // The reader may quit before reading it all (q in less): that is no error.
    child.stdin?.on('error', () => {});
    child.stdin?.end(text);
  });
}
