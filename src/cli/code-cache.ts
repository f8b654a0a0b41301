/**
 * The program as one CommonJS bundle (dist/cli.cjs) compiled with V8's code cache, kept in the
 * data folder's cache (`cache/code-<build>-<node version>-<arch>-<command>.bin`), one a command:
 * a cache holds what the run that wrote it compiled, and `drill` compiles the prompt and the
 * interview where `list` compiles its table. The ESM build's 40-odd
 * modules on the path to `drill`'s first question cost the loader a resolve, an asynchronous
 * read and a link each, and Node 20 has no compile cache: with the code of the last run's
 * first screen taken from the cache, most of the program is never parsed again.
 * V8 checks a cache against its own version and flags and the source's length only, so the
 * file is named by the build (a hash of the sources) as well; a cache V8 rejects, or none, is
 * written anew once the first screen is drawn (src/first-screen.ts; atomically: a temporary
 * file renamed). Nothing
 * is kept with CS_INTERVIEW_NO_CACHE set, or where the folder cannot be written. The cache holds
 * what the run that wrote it had compiled; the rest compiles as it would without one.
 */

import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { resolveDataDir } from '../store/paths.js';
import { commandOf } from './command-names.js';

interface Program {
  main(argv: string[]): Promise<void>;
  afterFirstScreen(hook: () => void): void;
}

/** Where this build's code cache of a command for this Node is kept, or none when caching is off. */
function cachePath(dist: string, argv: readonly string[]): string | undefined {
  const off = process.env.CS_INTERVIEW_NO_CACHE;
  if (off !== undefined && off !== '') return undefined;
  let build: string;
  try {
    build = readFileSync(join(dist, 'build-id'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const name = `code-${build}-${process.version}-${process.arch}-${commandOf(argv)}.bin`;
  try {
    return join(resolveDataDir(undefined), 'cache', name);
  } catch {
    // No data folder to be had (no home): run without a cache rather than fail to start.
    return undefined;
  }
}

/** The build a cache file was written by, from its name. */
const buildOf = (name: string): string | undefined => /^code-([^-]+)-/.exec(name)?.[1];

function readCache(path: string | undefined): Buffer | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function writeCache(path: string, script: Script): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
    // Other builds' caches, a few hundred KB each, are never read again. Another Node's cache of
    // this build is kept: someone switching between Node versions would rewrite it every run.
    const folder = dirname(path);
    const build = buildOf(basename(path));
    for (const name of readdirSync(folder))
      if (/^code-.*\.bin$/.test(name) && buildOf(name) !== build)
        rmSync(join(folder, name), { force: true });
  } catch {}
}

/** Loads dist/cli.cjs, with the code cache of the command `argv` runs where there is one. */
export function loadProgram(distUrl: URL, argv: readonly string[]): Program {
  const dist = fileURLToPath(distUrl);
  const file = join(dist, 'cli.cjs');
  const path = cachePath(dist, argv);
  const cachedData = readCache(path);
  const bytes = readFileSync(file);
  // The build writes it all ASCII (src/build/bundle-check.ts): read as Latin-1 it is the same
  // text as a one-byte string, with no UTF-8 decode (~1 ms of 1.5 MB on Node 20).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    // No import() in it (scripts/build.js checks): a vm.Script has no loader for one.
    { filename: file, cachedData },
  );
  const module = { exports: {} as Program };
  const require = process.getBuiltinModule('node:module').createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dist);
  // Once the first screen is drawn: its code, and not what loads after it, is in the cache.
  if (path !== undefined && (cachedData === undefined || script.cachedDataRejected))
    module.exports.afterFirstScreen(() => writeCache(path, script));
  return module.exports;
}
