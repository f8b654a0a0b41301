/**
 * What every command is given: the streams and environment it works with
 * (injected, so tests run a command without a terminal) and the options the
 * CLI has checked for it.
 */

import type { Lang } from '../lang.js';

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
  /**
   * Where banks given by path are cached once read (store/bank-cache.ts); none when unset.
   * The CLI fills it from the data folder unless `CS_INTERVIEW_NO_CACHE` is set.
   */
  cache?: string;
}
