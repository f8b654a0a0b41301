/**
 * Where the history lives. Pure: the environment, platform and home folder
 * are passed in, so every platform can be tested on any.
 */

import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

const APP = 'cs-interview';

/** The name of the log inside the data folder. */
export const HISTORY_FILE = 'history.jsonl';

/** The environment variables `dataDir` reads. */
export type DataDirEnv = Partial<
  Record<'CS_INTERVIEW_HOME' | 'XDG_DATA_HOME' | 'APPDATA' | 'LOCALAPPDATA', string>
>;

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

/** An environment variable, with an empty value counted as unset. */
function read(env: DataDirEnv, name: keyof DataDirEnv): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The folder of cs-interview's data: `CS_INTERVIEW_HOME` when set (used as
 * given), else `$XDG_DATA_HOME/cs-interview` (on any platform; a relative
 * XDG_DATA_HOME is ignored, as the XDG spec says), else the platform's place:
 * `~/.local/share/cs-interview` (Linux and other Unixes),
 * `~/Library/Application Support/cs-interview` (macOS),
 * `%APPDATA%\cs-interview`, else `%LOCALAPPDATA%\cs-interview`, else
 * `~\AppData\Roaming\cs-interview` (Windows).
 */
export function dataDir(env: DataDirEnv, platform: NodeJS.Platform, homedir: string): string {
  const path = pathFor(platform);
  const home = read(env, 'CS_INTERVIEW_HOME');
  if (home !== undefined) return home;
  const xdg = read(env, 'XDG_DATA_HOME');
  if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, APP);
  switch (platform) {
    case 'darwin':
      return path.join(homedir, 'Library', 'Application Support', APP);
    case 'win32': {
      const base =
        read(env, 'APPDATA') ??
        read(env, 'LOCALAPPDATA') ??
        path.join(homedir, 'AppData', 'Roaming');
      return path.join(base, APP);
    }
    default:
      return path.join(homedir, '.local', 'share', APP);
  }
}

/** The log file inside a data folder. */
export function historyPath(dir: string, platform: NodeJS.Platform = process.platform): string {
  return pathFor(platform).join(dir, HISTORY_FILE);
}

/**
 * The data folder a command works in, the one place it is resolved: the
 * folder it was given (the CLI always gives one, tests their own), else the
 * one `env` names on this platform and home folder.
 */
export function resolveDataDir(given: string | undefined, env: DataDirEnv = process.env): string {
  return given ?? dataDir(env, process.platform, homedir());
}

/**
 * The folder of the bank cache (store/bank-cache.ts) in a data folder: `cache/`; `undefined`
 * when `CS_INTERVIEW_NO_CACHE` is set to anything but an empty value (no cache read or written).
 */
export function bankCacheDir(
  home: string,
  env: Partial<Record<'CS_INTERVIEW_NO_CACHE', string>>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const off = env.CS_INTERVIEW_NO_CACHE;
  return off !== undefined && off !== '' ? undefined : pathFor(platform).join(home, 'cache');
}
