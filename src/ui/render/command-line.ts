/** Commands printed for the user to copy (pure). */

import { chooseLang } from '../../config/settings.js';
import type { Lang } from '../../lang.js';

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * `cs-interview <args>` plus what this run was given that the next one
 * needs to mean the same: `--bank` when one was named, `--lang` when it is
 * not what the environment would pick (the saved setting is not consulted:
 * a `--lang` it makes redundant is harmless, one it wrongly left out is not).
 */
export function ourCommand(
  args: string,
  options: { bank?: string | undefined; lang: Lang },
  env: NodeJS.ProcessEnv,
): string {
  const bank = options.bank === undefined ? '' : ` --bank ${shellWord(options.bank)}`;
  const lang =
    options.lang === chooseLang(undefined, env, {}).lang ? '' : ` --lang ${options.lang}`;
  return `cs-interview ${args}${bank}${lang}`;
}
