import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// What a user gets from the registry: the packed tarball, installed into an empty prefix with
// nothing downloaded (`--offline`: dist/ is a bundle, so the package has no dependencies), then
// run. Packs the dist/ that `npm test` built (scripts are skipped: rebuilding dist/ here would
// pull it from under the other end-to-end tests running at the same time).

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cs-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

describe('the published package', () => {
  it('installs from its tarball offline, pulls no packages, and runs', () => {
    const packed = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]?.files.map((f) => f.path) ?? [];
    expect(files).toContain('bin/cs-interview.js');
    expect(files).toContain('dist/cli.cjs');
    expect(files).toContain('dist/shipped-bank.json');
    expect(files.some((f) => f.startsWith('questions/'))).toBe(true);
    // init copies its starter bank from the package at run time.
    expect(files).toContain('starter-bank/zh/1-basics.yaml');
    expect(files).toContain('starter-bank/en/2-scenarios.yaml');
    expect(files.filter((f) => /^(src|test|patches)\//.test(f))).toEqual([]);

    const prefix = join(work, 'prefix');
    npm(['install', '--offline', '--prefix', prefix, join(work, packed[0]?.filename ?? '')], work);
    // Only the package itself: everything it needs is in its bundle.
    expect(readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'cs-interview',
    ]);

    const bin = join(prefix, 'node_modules', '.bin', 'cs-interview');
    const env = { ...process.env, CS_INTERVIEW_HOME: join(work, 'home'), LANG: 'C.UTF-8' };
    const list = spawnSync(bin, ['list'], { encoding: 'utf8', env });
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('自我介绍');
    const practice = spawnSync(bin, ['practice'], { encoding: 'utf8', env, input: '' });
    // Not a terminal: the interactive command says so (exit 2), from the installed bundle.
    expect(practice.status).toBe(2);
    const starter = join(work, 'starter');
    const init = spawnSync(bin, ['init', starter], { encoding: 'utf8', env });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(readdirSync(starter).sort()).toEqual([
      '1-basics.yaml',
      '2-scenarios.yaml',
      'section.schema.json',
    ]);
    const validate = spawnSync(bin, ['validate', '--strict', starter], { encoding: 'utf8', env });
    expect(validate.status).toBe(0);
  });
});
