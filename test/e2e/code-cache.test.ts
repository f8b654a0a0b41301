import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, exited, hasTmux, until } from './tmux.js';

// The code cache (src/cli/code-cache.ts) is written once the first screen is drawn, not at exit:
// a drill killed at its first question, as often happens, has written drill's own cache.
const BUILD = readFileSync(resolve(import.meta.dirname, '../../dist/build-id'), 'utf8').trim();
const DRILL = `code-${BUILD}-${process.version}-${process.arch}-drill.bin`;
const start = binaryInTmux();

describe.skipIf(!hasTmux)("drill's code cache", () => {
  it('is written while the first question is on screen, and taken by the next drill', async () => {
    const first = start('drill 1 --lang zh --no-save');
    await first.waitFor('剩余');
    const file = join(first.home, 'cache', DRILL);
    await until(
      () => (existsSync(file) ? true : undefined),
      () => `${file}; the cache held ${readdirSync(join(first.home, 'cache'))}`,
    );
    const pid = first.commandPid();
    process.kill(pid, 'SIGKILL');
    await exited(pid);
    const written = statSync(file).mtimeMs;
    // The next drill, in the same data folder, draws its question with the cache and keeps it.
    const second = start('drill 1 --lang zh --no-save', { env: { CS_INTERVIEW_HOME: first.home } });
    await second.waitFor('剩余');
    second.press('C-c');
    await second.exitCode();
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readdirSync(join(first.home, 'cache')).filter((n) => n.startsWith('code-'))).toEqual([
      DRILL,
    ]);
  });
});
