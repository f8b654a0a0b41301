import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

/** Runs the CLI with a data folder of its own, shared by the runs of one test. */
function cli(env: NodeJS.ProcessEnv = {}) {
  const home = mkdtempSync(join(tmpdir(), 'cs-config-'));
  const run = async (argv: string[], more: NodeJS.ProcessEnv = {}) => {
    const { io, out, err } = fakeIO({ env: { CS_INTERVIEW_HOME: home, ...env, ...more } });
    const code = await runCli(argv, io);
    return { code, out: out(), err: err() };
  };
  return { home, run };
}

const ENGLISH_LIST = /Self-introduction/;
const CHINESE_LIST = /自我介绍/;

describe('config set / get / list', () => {
  it('saves the language, which then decides it over the locale', async () => {
    const { home, run } = cli({ LANG: 'zh_CN.UTF-8' });
    expect((await run(['list'])).out).toMatch(CHINESE_LIST);
    const set = await run(['config', 'set', 'lang', 'en']);
    expect(set.code).toBe(ExitCode.ok);
    expect((await run(['config', 'get', 'lang'])).out).toBe('en\n');
    expect((await run(['config', 'list'])).out).toBe('lang=en\n');
    expect((await run(['list'])).out).toMatch(ENGLISH_LIST);
    const file = join(home, 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'en' });
    // Atomic: the new file was renamed into place, no temporary one is left.
    expect(readdirSync(home)).toEqual(['config.json']);
    await run(['config', 'unset', 'lang']);
    expect((await run(['config', 'list'])).out).toBe('');
    expect((await run(['list'])).out).toMatch(CHINESE_LIST);
  });

  it('orders --lang > CS_INTERVIEW_LANG > the setting > the locale', async () => {
    const { run } = cli({ LANG: 'en_US.UTF-8' });
    await run(['config', 'set', 'lang', 'zh']);
    expect((await run(['list'])).out).toMatch(CHINESE_LIST);
    expect((await run(['list'], { CS_INTERVIEW_LANG: 'en' })).out).toMatch(ENGLISH_LIST);
    expect((await run(['--lang', 'zh', 'list'], { CS_INTERVIEW_LANG: 'en' })).out).toMatch(
      CHINESE_LIST,
    );
  });

  it('refuses an unknown key, a bad value and a bad CS_INTERVIEW_LANG with exit 2', async () => {
    const { home, run } = cli();
    const value = await run(['config', 'set', 'lang', 'fr']);
    expect(value.code).toBe(ExitCode.usage);
    expect(value.err).toBe('lang 只能是 zh 或 en，收到的是 “fr”\n');
    const key = await run(['--lang', 'en', 'config', 'set', 'colour', 'red']);
    expect(key.code).toBe(ExitCode.usage);
    expect(key.err).toBe('there is no setting "colour"; the settings are: lang\n');
    expect(existsSync(join(home, 'config.json'))).toBe(false);
    const env = await run(['list'], { CS_INTERVIEW_LANG: 'fr' });
    expect(env.code).toBe(ExitCode.usage);
    expect(env.err).toContain('CS_INTERVIEW_LANG 只能是 zh 或 en');
  });

  it('keeps what else the file holds when one setting changes', async () => {
    const { home, run } = cli({ LANG: 'en_US.UTF-8' });
    await run(['list']);
    await run(['config', 'set', 'lang', 'en']);
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({
      lang_notice_shown: true,
      lang: 'en',
    });
  });

  it('never follows config.json as a link: set refuses (exit 74), reads ignore it with a warning', async () => {
    const { home, run } = cli();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'cs-elsewhere-')), 'target.json');
    writeFileSync(elsewhere, '{"lang":"en"}');
    symlinkSync(elsewhere, join(home, 'config.json'));
    const set = await run(['config', 'set', 'lang', 'zh']);
    expect(set.code).toBe(ExitCode.io);
    expect(set.err).toContain('符号链接');
    expect(readFileSync(elsewhere, 'utf8')).toBe('{"lang":"en"}');
    expect(readlinkSync(join(home, 'config.json'))).toBe(elsewhere);
    const list = await run(['list']);
    expect(list.code).toBe(ExitCode.ok);
    expect(list.out).toMatch(CHINESE_LIST);
    expect(list.err).toContain('符号链接');
  });

  it('a damaged file is said and ignored; set replaces it', async () => {
    const { home, run } = cli();
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'config.json'), '{"lang": ');
    const list = await run(['list']);
    expect(list.code).toBe(ExitCode.ok);
    expect(list.err).toContain('不是 JSON 对象');
    writeFileSync(join(home, 'config.json'), '{"lang": "fr"}');
    expect((await run(['list'])).err).toContain('lang 的值 “fr” 无效');
    expect((await run(['config', 'set', 'lang', 'en'])).code).toBe(ExitCode.ok);
    expect((await run(['list'])).err).toBe('');
  });

  it('a data folder that cannot be written: set exits 74 and says the setting was not saved', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cs-config-file-'));
    const notAFolder = join(parent, 'file');
    writeFileSync(notAFolder, '');
    const { io, err } = fakeIO({ env: { CS_INTERVIEW_HOME: join(notAFolder, 'home') } });
    expect(await runCli(['--lang', 'en', 'config', 'set', 'lang', 'en'], io)).toBe(ExitCode.io);
    expect(err()).toContain('NOT saved');
  });
});

describe('the first run on a locale that is not Chinese', () => {
  it('says once, on standard error in one line, which language it chose and how to change it', async () => {
    const { home, run } = cli({ LANG: 'en_US.UTF-8' });
    const first = await run(['list']);
    expect(first.code).toBe(ExitCode.ok);
    expect(first.out).toMatch(ENGLISH_LIST);
    expect(first.err).toBe(
      'Interface language: English (locale en_US.UTF-8). For Chinese: cs-interview config set lang zh (or --lang zh, CS_INTERVIEW_LANG=zh)\n',
    );
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({
      lang_notice_shown: true,
    });
    expect((await run(['list'])).err).toBe('');
  });

  it('is wrapped to a terminal without cutting the command it gives', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-config-'));
    const { io, err } = fakeIO({ env: { CS_INTERVIEW_HOME: home, LANG: 'en_US.UTF-8' } });
    Object.assign(io.stderr, { isTTY: true, columns: 80 });
    expect(await runCli(['list'], io)).toBe(ExitCode.ok);
    const lines = err().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.some((l) => l.includes('cs-interview config set lang zh'))).toBe(true);
  });

  it('in Chinese when the locale chose Chinese (a French locale)', async () => {
    const { run } = cli({ LANG: 'fr_FR.UTF-8' });
    const first = await run(['list']);
    expect(first.err).toMatch(
      /^界面语言：中文（系统语言 fr_FR\.UTF-8）。改用英文：cs-interview config set lang en/,
    );
    expect(first.err.split('\n')).toHaveLength(2);
  });

  it('says nothing when the language was chosen, or the locale is C or Chinese', async () => {
    for (const [env, argv] of [
      [{ LANG: 'en_US.UTF-8' }, ['--lang', 'en', 'list']],
      [{ LANG: 'en_US.UTF-8', CS_INTERVIEW_LANG: 'en' }, ['list']],
      [{ LANG: 'C.UTF-8' }, ['list']],
      [{ LANG: 'zh_TW.UTF-8' }, ['list']],
    ] as const) {
      const { run } = cli(env);
      expect((await run([...argv])).err, JSON.stringify(env)).toBe('');
    }
  });
});
