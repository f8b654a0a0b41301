import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The built binary (npm test builds first) runs dist/cli.cjs with V8's code cache kept in the
// data folder (src/cli/code-cache.ts). Whatever is in that folder, the program must behave the
// same; the cache is only ever a speed-up.
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/cs-interview.js');
const BUILD = readFileSync(join(ROOT, 'dist/build-id'), 'utf8').trim();
const nameOf = (command: string) =>
  `code-${BUILD}-${process.version}-${process.arch}-${command}.bin`;
const NAME = nameOf('list');

let home = '';
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'cs-code-cache-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function run(argv: string[], extra: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...argv], {
    env: {
      PATH: process.env.PATH ?? '',
      CS_INTERVIEW_HOME: home,
      CS_INTERVIEW_LANG: 'en',
      ...extra,
    },
    encoding: 'utf8',
  });
}

// `list` loads the whole program (the fast path serves only --help and answers).
const LIST = ['list', '--json'];

describe('the code cache of the program', () => {
  it('is written on the first run and leaves the output alone on the next', () => {
    const first = run(LIST);
    expect(first.status).toBe(0);
    const file = join(home, 'cache', NAME);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    // Written only when missing or refused: a file left alone by the second run is one V8 took.
    const written = statSync(file).mtimeMs;
    const second = run(LIST);
    expect(second.status).toBe(0);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
  });

  it('is rewritten when the file holds garbage, and the program runs as usual', () => {
    const clean = run(LIST, { CS_INTERVIEW_NO_CACHE: '1' });
    mkdirSync(join(home, 'cache'), { recursive: true });
    const file = join(home, 'cache', NAME);
    const garbage = Buffer.alloc(4096, 0x5a);
    writeFileSync(file, garbage);
    const run1 = run(LIST);
    expect(run1.status).toBe(0);
    expect(run1.stdout).toBe(clean.stdout);
    expect(readFileSync(file).equals(garbage)).toBe(false);
  });

  it('is truncated or empty: still runs', () => {
    const clean = run(LIST, { CS_INTERVIEW_NO_CACHE: '1' });
    run(LIST);
    const file = join(home, 'cache', NAME);
    const whole = readFileSync(file);
    for (const part of [whole.subarray(0, whole.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(file, part);
      const again = run(LIST);
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(clean.stdout);
    }
  });

  it('is not kept with CS_INTERVIEW_NO_CACHE', () => {
    expect(run(LIST, { CS_INTERVIEW_NO_CACHE: '1' }).status).toBe(0);
    expect(existsSync(join(home, 'cache'))).toBe(false);
  });

  it("removes other builds' caches and keeps another Node's cache of this build", () => {
    mkdirSync(join(home, 'cache'), { recursive: true });
    const stale = `code-0123456789abcdef-${process.version}-${process.arch}-list.bin`;
    const otherNode = `code-${BUILD}-v0.0.1-${process.arch}-list.bin`;
    writeFileSync(join(home, 'cache', stale), 'old');
    writeFileSync(join(home, 'cache', otherNode), 'other');
    expect(run(LIST).status).toBe(0);
    expect(readdirSync(join(home, 'cache')).sort()).toEqual([NAME, otherNode].sort());
  });

  it('is one a command: what drill compiles is not what list compiles', () => {
    expect(run(LIST).status).toBe(0);
    // The program runs `answers` with an option (the fast start serves it only without one).
    expect(run(['answers', '--format', 'json']).status).toBe(0);
    // A help asked for runs no command's code; a word that names none is `other`.
    expect(run(['list', '--help']).status).toBe(0);
    expect(run(['lisst']).status).toBe(2);
    expect(readdirSync(join(home, 'cache')).sort()).toEqual(
      [NAME, nameOf('answers'), nameOf('help'), nameOf('other')].sort(),
    );
  });

  it('a cache folder that cannot be made does not stop the program', () => {
    // A file where the folder should be: mkdir fails even for root.
    const clean = run(LIST, { CS_INTERVIEW_NO_CACHE: '1' });
    writeFileSync(join(home, 'cache'), 'not a folder');
    const blocked = run(LIST);
    expect(blocked.status).toBe(0);
    expect(blocked.stdout).toBe(clean.stdout);
    expect(blocked.stderr).toBe(clean.stderr);
    expect(readFileSync(join(home, 'cache'), 'utf8')).toBe('not a folder');
  });
});
