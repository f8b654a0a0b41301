import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fastOutput } from '../../src/cli/fast-start.js';

// The built program (npm test builds first), run the way bin/cs-interview.js runs it.
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.cjs');
const BIN = join(ROOT, 'bin/cs-interview.js');
const DIST = pathToFileURL(join(ROOT, 'dist/'));

let home = '';
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'cs-fast-start-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function program(argv: string[], env: NodeJS.ProcessEnv) {
  const code = `require(${JSON.stringify(CLI)}).main(${JSON.stringify(argv)});`;
  return spawnSync(process.execPath, ['-e', code], {
    env,
    encoding: 'utf8',
  });
}

function binary(argv: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [BIN, ...argv], { env, encoding: 'utf8' });
}

const baseEnv = (extra: NodeJS.ProcessEnv) => ({
  PATH: process.env.PATH ?? '',
  CS_INTERVIEW_HOME: home,
  ...extra,
});
const served = (argv: string[], env: NodeJS.ProcessEnv) =>
  fastOutput(argv, { dist: DIST, env, isTTY: false });

// Each case the fast path serves: the language from each of its sources.
const CASES: { name: string; argv: string[]; env: NodeJS.ProcessEnv; config?: object }[] = [];
for (const argv of [['--help'], ['-h'], ['answers']]) {
  CASES.push(
    { name: `${argv[0]}, CS_INTERVIEW_LANG=zh`, argv, env: { CS_INTERVIEW_LANG: 'zh' } },
    {
      name: `${argv[0]}, CS_INTERVIEW_LANG=en`,
      argv,
      env: { CS_INTERVIEW_LANG: 'en', LANG: 'zh_CN.UTF-8' },
    },
    { name: `${argv[0]}, saved lang en`, argv, env: { LANG: 'C' }, config: { lang: 'en' } },
    { name: `${argv[0]}, no locale`, argv, env: {} },
    { name: `${argv[0]}, zh_CN locale`, argv, env: { LANG: 'zh_CN.UTF-8' } },
    {
      name: `${argv[0]}, en_US locale, note already shown`,
      argv,
      env: { LANG: 'en_US.UTF-8' },
      config: { lang_notice_shown: true },
    },
  );
}
CASES.push({
  name: '--help, en_US locale, first run',
  argv: ['--help'],
  env: { LC_ALL: 'en_US.UTF-8' },
});

describe('the fast start', () => {
  it.each(CASES)('prints what the program prints: $name', ({ argv, env: extra, config }) => {
    if (config) writeFileSync(join(home, 'config.json'), JSON.stringify(config));
    const env = baseEnv(extra);
    const fast = served(argv, env);
    expect(fast, 'served').toBeDefined();
    const full = program(argv, env);
    expect({ status: full.status, stderr: full.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fast).toBe(full.stdout);
    // And through the binary, which must leave the settings file as the program does.
    const bin = binary(argv, env);
    expect({ status: bin.status, stderr: bin.stderr, stdout: bin.stdout }).toEqual({
      status: 0,
      stderr: '',
      stdout: full.stdout,
    });
  });

  it('names the data folder the help is run with', () => {
    expect(served(['--help'], baseEnv({ CS_INTERVIEW_LANG: 'en' }))).toContain(`kept in ${home} (`);
  });

  it.each([
    { name: 'a terminal', argv: ['--help'], env: {}, isTTY: true },
    { name: 'another option', argv: ['answers', '--format', 'json'], env: {} },
    { name: 'forced colours', argv: ['answers'], env: { FORCE_COLOR: '1' } },
    { name: 'commander forced colours', argv: ['--help'], env: { CLICOLOR_FORCE: '1' } },
    { name: 'a width', argv: ['answers'], env: { COLUMNS: '120' } },
    { name: 'a bad CS_INTERVIEW_LANG', argv: ['answers'], env: { CS_INTERVIEW_LANG: 'fr' } },
    {
      name: "answers' first run on an English locale",
      argv: ['answers'],
      env: { LANG: 'en_US.UTF-8' },
    },
    { name: 'a bad saved language', argv: ['--help'], env: {}, config: '{"lang":"fr"}' },
    { name: 'a settings file that is no JSON', argv: ['--help'], env: {}, config: '{' },
  ])('leaves $name to the program', ({ argv, env, isTTY, config }) => {
    if (config) writeFileSync(join(home, 'config.json'), config);
    const context = {
      dist: DIST,
      env: baseEnv(env),
      isTTY: isTTY === true,
    };
    expect(fastOutput(argv, context)).toBeUndefined();
  });

  it("serves answers' own capture where the build kept one, else the rendered key", () => {
    // The build keeps a capture only where it differs from the key (scripts/build.js).
    const dist = join(home, 'dist');
    mkdirSync(join(dist, 'fast'), { recursive: true });
    writeFileSync(join(dist, 'answer-key-en-80.txt'), 'the key\n');
    const context = {
      dist: pathToFileURL(`${dist}/`),
      env: baseEnv({ CS_INTERVIEW_LANG: 'en' }),
      isTTY: false,
    };
    expect(fastOutput(['answers'], context)).toBe('the key\n');
    writeFileSync(join(dist, 'fast', 'answers-en.txt'), 'captured\n');
    expect(fastOutput(['answers'], context)).toBe('captured\n');
    expect(fastOutput(['--help'], context)).toBeUndefined();
  });
});
