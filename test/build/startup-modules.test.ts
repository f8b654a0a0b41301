import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The build (`npm run build`, run first by `npm test`) writes dist/.
const cli = resolve(import.meta.dirname, '../../dist/cli.cjs');

/** The built-in modules Node has loaded once the program is loaded, not yet run. */
function builtinsAfterImport(): string[] {
  const r = spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(cli)}); console.log(JSON.stringify(process.moduleLoadList));`],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as string[])
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
}

describe('the program as loaded before any command runs', () => {
  it("loads no built-in that no command's first screen needs", () => {
    const loaded = builtinsAfterImport();
    // commander's require of child_process (scripts/build.js gives it a module that loads on
    // first use), the grade worker's check (only without arguments), the history's crypto.
    for (const name of ['child_process', 'worker_threads', 'crypto', 'zlib'])
      expect(loaded).not.toContain(name);
    expect(loaded).toContain('fs');
  });
});
