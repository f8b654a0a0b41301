import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { pagerCommand, parsePager } from '../../src/ui/pager.js';
import { fakeIO } from '../fake-io.js';

describe('PAGER as argv, without a shell', () => {
  it.each([
    ['less -R', ['less', '-R']],
    ['  most  ', ['most']],
    ['"/opt/my pager" -x', ['/opt/my pager', '-x']],
    ["less '-P prompt here'", ['less', '-P prompt here']],
    ['cat; rm -rf /', ['cat;', 'rm', '-rf', '/']],
    ['', []],
  ])('%j', (value, argv) => {
    expect(parsePager(value)).toEqual(argv);
  });

  it('PAGER wins, an empty one turns paging off, else less -R where it is on PATH', () => {
    const bin = mkdtempSync(join(tmpdir(), 'cs-path-'));
    writeFileSync(join(bin, 'less'), '#!/bin/sh\n');
    chmodSync(join(bin, 'less'), 0o755);
    expect(pagerCommand({ PAGER: 'most -s', PATH: bin }, 'linux')).toEqual(['most', '-s']);
    expect(pagerCommand({ PAGER: '', PATH: bin }, 'linux')).toBeUndefined();
    expect(pagerCommand({ PATH: bin }, 'linux')).toEqual(['less', '-R']);
    expect(
      pagerCommand({ PATH: mkdtempSync(join(tmpdir(), 'cs-empty-')) }, 'linux'),
    ).toBeUndefined();
  });
});

describe('answers to a terminal', () => {
  // A pager that keeps what it was given, so the test can read it.
  function recordingPager() {
    const dir = mkdtempSync(join(tmpdir(), 'cs-pager-'));
    const file = join(dir, 'paged.txt');
    return { file, PAGER: `sh -c 'cat > "$0"' ${file}` };
  }
  const run = async (env: NodeJS.ProcessEnv, tty: boolean, argv = ['answers']) => {
    const { io, out } = fakeIO({ tty, env });
    Object.assign(io.stdout, { rows: 24 });
    const code = await runCli(argv, io);
    return { code, out: out() };
  };

  it('goes through PAGER when longer than the screen', async () => {
    const pager = recordingPager();
    const r = await run({ PAGER: pager.PAGER, NO_COLOR: '1' }, true);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.out).toBe('');
    const paged = readFileSync(pager.file, 'utf8');
    expect(paged).toContain('参考答案');
    expect(paged.split('\n').length).toBeGreaterThan(24);
  });

  it('is printed when it fits the screen, when piped, or when the pager is missing or fails', async () => {
    const pager = recordingPager();
    const single = new URL('../fixtures/banks/single.yaml', import.meta.url).pathname;
    const short = await run({ PAGER: pager.PAGER }, true, ['answers', '--bank', single]);
    expect(short.out.split('\n').length).toBeLessThan(24);
    expect(short.out).toContain('参考答案');
    const piped = await run({ PAGER: pager.PAGER }, false);
    expect(piped.out).toContain('参考答案');
    for (const PAGER of ['/no/such/pager', 'false']) {
      const r = await run({ PAGER, NO_COLOR: '1' }, true);
      expect(r.code).toBe(ExitCode.ok);
      expect(r.out).toBe(piped.out);
    }
    expect(() => readFileSync(pager.file)).toThrow();
  });
});
