import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'cs-interview';

/**
 * The `questions/` folder shipped with the package. Found by walking up
 * from this module to the package root, because this code runs from
 * `src/bank/` in tests and from `dist/cli.cjs` once bundled.
 */
export function defaultBankPath(moduleUrl: string = import.meta.url): string {
  return packageFolder('questions', moduleUrl);
}

/** A folder shipped at the package root (`questions`, `starter-bank`), found as `defaultBankPath` finds its own. */
export function packageFolder(name: string, moduleUrl: string = import.meta.url): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (isPackageRoot(dir)) return join(dir, name);
    if (dirname(dir) === dir) break;
  }
  // Not found: a path that the reader reports as missing, rather than a crash here.
  return join(start, name);
}

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return name === PACKAGE_NAME;
  } catch {
    return false;
  }
}
