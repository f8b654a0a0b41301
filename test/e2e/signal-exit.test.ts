import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/exit-codes.js';
import { binaryInTmux, hasTmux } from './tmux.js';

// The exit codes that --help, the README and src/exit-codes.ts promise for a
// closed terminal and a kill, as the shell sees them from a real session.

const BANK = fileURLToPath(new URL('../fixtures/banks/valid', import.meta.url));
const start = binaryInTmux();

describe.skipIf(!hasTmux)('a session ended by a signal', () => {
  it.each([
    ['SIGHUP', ExitCode.hangUp],
    ['SIGTERM', ExitCode.terminated],
  ] as const)('%s mid-answer exits %i', async (signal, code) => {
    const t = start(`drill 1 --bank ${BANK} --time 60`);
    await t.waitFor('剩余');
    t.type('先共情');
    await t.waitFor('先共情');
    process.kill(t.commandPid(), signal);
    expect(await t.exitCode()).toBe(code);
  });
});
