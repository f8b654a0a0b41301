import { ExpectedError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { type StoreOperation, type StoreProblem, storeMessagesFor } from './messages.js';

/**
 * The history file or its folder cannot be used. Its message names the file,
 * says why, and, for a write, that the answer was not saved.
 */
export class StoreError extends ExpectedError {
  constructor(
    readonly operation: StoreOperation,
    readonly path: string,
    readonly problem: StoreProblem,
    lang: Lang,
  ) {
    super(storeMessagesFor(lang).failure(operation, path, problem), ExitCode.io);
    this.name = 'StoreError';
  }
}

const PROBLEMS: Record<string, StoreProblem> = {
  EACCES: { kind: 'permission' },
  EPERM: { kind: 'permission' },
  EROFS: { kind: 'readOnly' },
  ENOSPC: { kind: 'full' },
  EDQUOT: { kind: 'full' },
  EISDIR: { kind: 'isDirectory' },
  ENOTDIR: { kind: 'notDirectory' },
  // A write's ENOENT: the folder could not be made (reads take it as no history).
  ENOENT: { kind: 'noFolder' },
  // mkdir of the data folder where a file of that name exists.
  EEXIST: { kind: 'notDirectory' },
  // open with O_NOFOLLOW of a link (a link swapped in after the check).
  ELOOP: { kind: 'symlink' },
};

/** The code of a Node system error (`ENOENT`, …), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A system error as a StoreError; anything else (a bug) is rethrown as is.
 */
export function toStoreError(
  error: unknown,
  operation: StoreOperation,
  path: string,
  lang: Lang,
): StoreError {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  if (code === undefined) throw error;
  return new StoreError(operation, path, PROBLEMS[code] ?? { kind: 'other', code }, lang);
}
