/**
 * Creating the data folder and flushing its entries: shared by the history
 * and the settings file. Apart from the store, so that reading or writing
 * the settings (every start-up) does not load the history store.
 */

import { closeSync, fsyncSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode } from './store-error.js';

/**
 * `mkdir -p` with mode 0700. Not `mkdirSync(dir, { recursive: true })`: up to
 * Node 24 it loops forever where mkdir fails with ENOENT although the parent
 * exists (under /proc, say); here each folder is tried at most twice.
 */
export function makeFolders(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
    return;
  } catch (error) {
    const code = errorCode(error);
    // A folder, or a link to one (a data folder kept elsewhere is fine).
    if (code === 'EEXIST' && statOrUndefined(dir)?.isDirectory()) return;
    if (code !== 'ENOENT') throw error;
    const parent = dirname(dir);
    if (parent === dir) throw error;
    makeFolders(parent);
  }
  mkdirSync(dir, { mode: 0o700 });
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Flushes the folder so a newly created log survives a power cut. Best
 * effort: Windows cannot open a folder for this, and the records themselves
 * are flushed anyway.
 */
export function syncFolder(dir: string): void {
  let handle: number | undefined;
  try {
    handle = openSync(dir, 'r');
    fsyncSync(handle);
  } catch {
    // Not possible here; nothing is lost but the durability of the file's name.
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}
