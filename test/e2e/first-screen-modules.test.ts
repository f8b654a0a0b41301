import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux, until } from './tmux.js';

// What Node has loaded when drill's first question is on screen: a preload notes
// process.moduleLoadList as the countdown is first written, then ends the run.
const work = mkdtempSync(join(tmpdir(), 'cs-first-screen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const list = join(work, 'modules.json');
const preload = join(work, 'note-modules.cjs');
writeFileSync(
  preload,
  `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const done = write(chunk, ...rest);
  if (String(chunk).includes('剩余')) {
    require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList));
    process.exit(0);
  }
  return done;
};
`,
);
const start = binaryInTmux();

describe.skipIf(!hasTmux)("drill's first question", () => {
  it("is drawn without the history store, the scorer's crypto, zlib or child processes", async () => {
    start('drill 1 --lang zh --no-save', { env: { NODE_OPTIONS: `--require ${preload}` } });
    await until(
      () => (existsSync(list) ? true : undefined),
      () => 'the first frame',
    );
    const loaded = (JSON.parse(readFileSync(list, 'utf8')) as string[])
      .filter((m) => m.startsWith('NativeModule '))
      .map((m) => m.slice('NativeModule '.length));
    for (const name of ['crypto', 'zlib', 'child_process', 'worker_threads'])
      expect(loaded).not.toContain(name);
    expect(loaded).toContain('tty');
  });
});
