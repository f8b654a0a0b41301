import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { readEntry, writeEntry } from '../../src/store/bank-cache.js';
import type { ListedSection } from '../../src/ui/render/render-list.js';
import { fakeIO } from '../fake-io.js';

// The bank cache through the CLI: a bank given by path is kept in the data folder's cache/
// once read without an issue, and read back while its files stay the same.

const ROOT = resolve(import.meta.dirname, '../..');
const BANKS = join(ROOT, 'test/fixtures/banks');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of a fixture bank (a folder or a file) in a folder of its own, so that tests may edit it. */
function copyBank(name: string): string {
  const to = join(temp('cs-cache-bank-'), name);
  cpSync(join(BANKS, name), to, { recursive: true });
  return to;
}

async function cli(argv: string[], home: string, env: NodeJS.ProcessEnv = {}) {
  const { io, out, err } = fakeIO({ env: { CS_INTERVIEW_HOME: home, ...env } });
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

/** The same command without any cache, in a data folder of its own. */
const uncached = (argv: string[]) =>
  cli(argv, temp('cs-cache-off-'), { CS_INTERVIEW_NO_CACHE: '1' });

const entries = (home: string) => {
  const dir = join(home, 'cache');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

describe('the bank cache', () => {
  it('gives list, list --json, answers and validate exactly as without it, kept and read back', async () => {
    // The shipped bank's files at another path: bilingual, with the rules quiz and chat files.
    const shipped = join(temp('cs-cache-shipped-'), 'questions');
    cpSync(join(ROOT, 'questions'), shipped, { recursive: true });
    const banks = [copyBank('valid'), copyBank('concepts'), copyBank('translated.yaml')];
    const commands = [
      ...[shipped, ...banks].flatMap((bank) => [
        ['list', '--bank', bank, '--lang', 'zh'],
        ['list', '--bank', bank, '--lang', 'en'],
        ['list', '--json', '--bank', bank, '--lang', 'en'],
      ]),
      ['answers', '--bank', shipped, '--lang', 'en'],
      ['validate', shipped, '--json', '--lang', 'en'],
      ...banks.flatMap((bank) => [
        ['validate', bank, '--lang', 'en'],
        ['validate', bank, '--json', '--lang', 'zh'],
        ['validate', bank, '--strict', '--lang', 'en'],
      ]),
    ];
    const home = temp('cs-cache-home-');
    for (const argv of commands) {
      const without = await uncached(argv);
      expect(await cli(argv, home), argv.join(' ')).toEqual(without);
      expect(await cli(argv, home), `${argv.join(' ')}, again`).toEqual(without);
    }
    // Each bank's kinds, one entry each (some are pruned: at most 12 are kept).
    expect(entries(home).length).toBe(12);
    expect(
      entries(home).every((name) => /^[0-9a-f]{40}\.(bank|list|warnings)\.json$/.test(name)),
    ).toBe(true);
  });

  it('reads a kept entry instead of the bank the second time', async () => {
    const bank = copyBank('valid');
    const home = temp('cs-cache-home-');
    await cli(['list', '--bank', bank, '--lang', 'en'], home);
    const [name] = entries(home);
    const key = name?.split('.')[0] ?? '';
    const dir = join(home, 'cache');
    const kept = readEntry(dir, key, 'list') as ListedSection[];
    expect(kept.map((s) => s.title)).toEqual(['开场与自我介绍', 'Complaints']);
    writeEntry(dir, key, 'list', [{ ...kept[0], title: 'Read from the cache' }]);
    const listed = await cli(['list', '--bank', bank, '--lang', 'en'], home);
    expect(listed.out).toContain('Read from the cache');
    expect(listed.out).not.toContain('Complaints');
    expect(await cli(['list', '--bank', bank, '--lang', 'en'], temp('cs-cache-home-'))).toEqual(
      await uncached(['list', '--bank', bank, '--lang', 'en']),
    );
  });

  it('misses after an edit, a section file added or removed, and a change to the concepts', async () => {
    const bank = copyBank('concepts');
    const home = temp('cs-cache-home-');
    const json = ['list', '--json', '--bank', bank, '--lang', 'zh'];
    const same = async () => {
      const got = await cli(json, home);
      expect(got).toEqual(await uncached(json));
      return got.out;
    };
    const first = await same();
    const section = join(bank, '1-complaints.yaml');
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, text.replace('points: 10', 'points: 9'));
    const edited = await same();
    expect(edited).not.toBe(first);
    writeFileSync(
      join(bank, '2-more.yaml'),
      text.replace(/id: (\S+)/g, 'id: $1-more').replace(/order: \d+/, 'order: 2'),
    );
    const added = await same();
    expect(JSON.parse(added).sections).toHaveLength(2);
    unlinkSync(join(bank, '2-more.yaml'));
    expect(await same()).toBe(edited);
    const bankFile = join(bank, 'bank.yaml');
    writeFileSync(bankFile, readFileSync(bankFile, 'utf8').replace('对不起', '不好意思'));
    const concepts = await same();
    expect(concepts).toContain('不好意思');
    expect(concepts).not.toContain('对不起');
  });

  it('ignores a corrupt, truncated or unreadable entry and reads the bank', async () => {
    const bank = copyBank('valid');
    const argv = ['validate', bank, '--json', '--lang', 'en'];
    const without = await uncached(argv);
    const spoilers: ((path: string) => void)[] = [
      (path) => writeFileSync(path, readFileSync(path).subarray(0, 40)),
      (path) => writeFileSync(path, ''),
      (path) => writeFileSync(path, 'not json at all\n{}'),
      // Still JSON, of the same length: only the checksum tells.
      (path) => writeFileSync(path, readFileSync(path, 'utf8').replace('only 1 key', 'only 7 key')),
      (path) => {
        unlinkSync(path);
        mkdirSync(path);
      },
    ];
    for (const spoil of spoilers) {
      const home = temp('cs-cache-home-');
      await cli(argv, home);
      const [name] = entries(home);
      spoil(join(home, 'cache', name ?? ''));
      expect(await cli(argv, home)).toEqual(without);
    }
  });

  it('reads the bank as without it when the data folder cannot be written', async () => {
    const bank = copyBank('valid');
    const notAFolder = join(temp('cs-cache-home-'), 'file');
    writeFileSync(notAFolder, '');
    for (const argv of [
      ['list', '--bank', bank, '--lang', 'en'],
      ['validate', bank, '--lang', 'en'],
    ]) {
      const got = await cli(argv, notAFolder);
      expect(got).toEqual(await uncached(argv));
      expect(got.code).toBe(ExitCode.ok);
    }
  });

  it('never keeps a bank with an error, nor the shipped bank, nor anything when turned off', async () => {
    const broken = copyBank('broken');
    const home = temp('cs-cache-home-');
    const first = await cli(['validate', broken, '--lang', 'en'], home);
    expect(first.code).toBe(ExitCode.badInput);
    expect(first.out).toMatch(/\.yaml:\d+:\d+: error: /);
    expect(await cli(['validate', broken, '--lang', 'en'], home)).toEqual(first);
    expect((await cli(['list', '--bank', broken], home)).code).toBe(ExitCode.badInput);
    await cli(['list', '--bank', join(ROOT, 'questions')], home);
    expect(entries(home)).toEqual([]);
    const off = temp('cs-cache-home-');
    await cli(['list', '--bank', copyBank('valid')], off, { CS_INTERVIEW_NO_CACHE: '1' });
    expect(entries(off)).toEqual([]);
  });
});
