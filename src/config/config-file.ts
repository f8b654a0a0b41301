/**
 * The settings file, `config.json` in the data folder beside the history.
 * It is kept as carefully as the history: never followed as a symbolic link,
 * only a regular file is read, written 0600 and replaced atomically (a new
 * file renamed over the old one), so a crash leaves the old settings or the
 * new ones, never half of either.
 */

import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeFolders, syncFolder } from '../store/folders.js';
import { errorCode } from '../store/store-error.js';

export const CONFIG_FILE = 'config.json';

/** A settings file larger than this is not one this program wrote. */
const MAX_CONFIG_BYTES = 64 * 1024;

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** What is in the file: plain JSON values by key, unchecked. */
export type ConfigValues = Record<string, unknown>;

/** Why the file could not be used. */
export type ConfigProblem =
  | { kind: 'symlink' }
  | { kind: 'notAFile' }
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'system'; code: string };

export type ConfigRead =
  | { ok: true; values: ConfigValues }
  | { ok: false; problem: ConfigProblem; path: string };

export function configPath(dir: string): string {
  return join(dir, CONFIG_FILE);
}

/** Reads the settings; a missing file is no settings. Never throws for a system error. */
export function readConfig(dir: string): ConfigRead {
  const path = configPath(dir);
  const fail = (problem: ConfigProblem): ConfigRead => ({ ok: false, problem, path });
  let fd: number | undefined;
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return fail({ kind: 'symlink' });
    if (!stats.isFile()) return fail({ kind: 'notAFile' });
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    const { size } = fstatSync(fd);
    if (!fstatSync(fd).isFile()) return fail({ kind: 'notAFile' });
    if (size > MAX_CONFIG_BYTES) return fail({ kind: 'tooLarge' });
    const bytes = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    let values: unknown;
    try {
      values = JSON.parse(bytes.subarray(0, done).toString('utf8'));
    } catch {
      return fail({ kind: 'notJson' });
    }
    if (values === null || typeof values !== 'object' || Array.isArray(values))
      return fail({ kind: 'notJson' });
    return { ok: true, values: values as ConfigValues };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, values: {} };
    if (code === 'ELOOP') return fail({ kind: 'symlink' });
    if (code === undefined) throw error;
    return fail({ kind: 'system', code });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replaces the settings with `values`: written to a new 0600 file in the same
 * folder, flushed, then renamed over `config.json`. Throws the system error
 * (or a ConfigWriteRefused) when it cannot; the old file is then untouched.
 */
export function writeConfig(dir: string, values: ConfigValues): void {
  const path = configPath(dir);
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) throw new ConfigWriteRefused({ kind: 'symlink' });
    if (!stats.isFile()) throw new ConfigWriteRefused({ kind: 'notAFile' });
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  makeFolders(dir);
  const temp = join(dir, `.${CONFIG_FILE}.${process.pid}.tmp`);
  const bytes = Buffer.from(`${JSON.stringify(values, null, 2)}\n`, 'utf8');
  // O_EXCL: never writes through a file (or link) someone put there.
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
    0o600,
  );
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {}
    try {
      unlinkSync(temp);
    } catch {}
    throw error;
  }
  syncFolder(dir);
}

/** The settings path names something that must not be written through. */
export class ConfigWriteRefused extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.kind);
    this.name = 'ConfigWriteRefused';
  }
}
