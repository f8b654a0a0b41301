import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { loadSettings } from '../../src/config/load-settings.js';

const home = mkdtempSync(join(tmpdir(), 'cs-one-command-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** What commander says of `argv` (none of these gets as far as running its command). */
async function parse(argv: string[], only?: string) {
  let out = '';
  let err = '';
  const sink = (write: (s: string) => void) =>
    Object.assign(new PassThrough(), {
      write: (s: string) => {
        write(s);
        return true;
      },
    });
  const io = {
    stdin: new PassThrough(),
    stdout: sink((s) => {
      out += s;
    }),
    stderr: sink((s) => {
      err += s;
    }),
    env: { CS_INTERVIEW_HOME: home, LANG: 'C.UTF-8' },
  };
  const settings = loadSettings('zh', io.env, home);
  const program = buildProgram({ io, settings, home }, 'zh', () => {}, {}, only);
  let code: string | undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    // commander's own errors, or a value's check (a UsageError the CLI prints).
    code = error instanceof CommanderError ? error.code : String(error);
  }
  return { out, err, code, commands: program.commands.map((c) => c.name()) };
}

describe('the program built for one known command', () => {
  it('holds that command alone, and every command for a word that names none', async () => {
    expect((await parse(['drill', '--bogus'], 'drill')).commands).toEqual(['drill']);
    expect((await parse(['dril'], 'dril')).commands).toContain('practice');
    expect((await parse(['key', '--bogus'], 'key')).commands).toHaveLength(14);
  });

  it.each([
    [['drill', '--bogus']],
    [['drill', '1', '--count', 'x']],
    [['drill', '1', '2']],
    [['list', '--json', 'extra']],
    [['history', 'nope']],
    [['config', 'set']],
  ])('says what the whole program says of %j', async (argv) => {
    const one = await parse(argv, argv[0]);
    const whole = await parse(argv);
    expect(`${one.err}${one.code}`).not.toBe('');
    expect({ ...one, commands: [] }).toEqual({ ...whole, commands: [] });
  });
});
