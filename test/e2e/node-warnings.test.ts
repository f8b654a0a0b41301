import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, hasTmux } from './tmux.js';

const start = binaryInTmux();

/**
 * The built program touches nothing Node deprecates, under the Node that runs
 * the tests and under every Node in CI's cache of registry binaries: users
 * switch Node versions (nvm) after `npm install`, so the bundle built by one
 * Node must start clean under the others. A bundle built on Node 20 once read
 * fs.F_OK at load, a deprecated getter on Node 24 (DEP0176): a warning on
 * every run there, caught by none of the suites run on one Node.
 */
const cache =
  process.env.CS_INTERVIEW_CI_CACHE ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cs-interview-ci');

/** The Node binaries CI installed (node-<version>/node_modules/node-linux-*\/bin/node). */
function cachedNodes(): string[] {
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((d) => d.startsWith('node-'))
    .flatMap((d) => {
      const modules = join(cache, d, 'node_modules');
      if (!existsSync(modules)) return [];
      return readdirSync(modules)
        .filter((p) => p.startsWith('node-linux-'))
        .map((p) => join(modules, p, 'bin', 'node'))
        .filter((bin) => existsSync(bin));
    });
}

const COMMANDS = [['list'], ['stats'], ['validate', 'questions'], ['answers', '--format', 'json']];

function runClean(node: string, args: string[]) {
  const home = mkdtempSync(join(tmpdir(), 'cs-warn-'));
  return spawnSync(node, ['--throw-deprecation', '--trace-warnings', BIN, ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, CS_INTERVIEW_HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  });
}

describe('no Node warning from the built program', () => {
  it.each(COMMANDS)('%s … under the Node running the tests', (...args) => {
    const r = runClean(process.execPath, args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const nodes = cachedNodes();
  it.skipIf(nodes.length === 0)(
    nodes.length === 0
      ? `under each Node in ${cache} (none there: skipped; .ci/run installs them)`
      : `under each of the ${nodes.length} Nodes in ${cache}`,
    () => {
      const noisy: string[] = [];
      for (const node of nodes) {
        for (const args of COMMANDS) {
          const r = runClean(node, args);
          if (r.status !== 0 || r.stderr !== '')
            noisy.push(`${node} ${args.join(' ')}: ${r.status} ${r.stderr.slice(0, 300)}`);
        }
      }
      expect(noisy).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!hasTmux)('in the answer prompt of drill, on a terminal', async () => {
    const t = start('drill 1 --lang en', {
      env: { NODE_OPTIONS: '--throw-deprecation', CS_INTERVIEW_AMBIGUOUS: 'narrow' },
    });
    await t.waitFor(/\d\d:\d\d left/);
    t.type('I would apologise first.');
    t.press('C-c');
    const screen = await t.waitFor('__EXIT=');
    expect(screen).not.toMatch(/Warning|DEP0\d+/);
    expect(screen).toContain('__EXIT=130');
  });
});
