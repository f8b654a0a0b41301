import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { fakeIO } from './fake-io.js';

async function run(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO(options);
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

const VALID_BANK = new URL('./fixtures/banks/valid', import.meta.url).pathname;
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const COMMANDER_ERROR =
  /unknown option|unknown command|too many arguments|未知选项|未知命令|参数太多/;

describe('program options before and after the command', () => {
  it('--lang before the command is the same as after it', async () => {
    const before = await run(['--lang', 'en', 'list']);
    const after = await run(['list', '--lang', 'en']);
    expect(before.code).toBe(ExitCode.ok);
    expect(before.out).toContain('Self-introduction');
    expect(before.out).toBe(after.out);
    expect((await run(['--lang=en', 'list'])).out).toBe(after.out);
  });

  it('--bank and --no-color before the command', async () => {
    const before = await run(['--bank', VALID_BANK, '--no-color', 'list', '--json']);
    const after = await run(['list', '--json', '--bank', VALID_BANK, '--no-color']);
    expect(before.code).toBe(ExitCode.ok);
    expect(before.out).toBe(after.out);
    expect(before.out).not.toBe((await run(['list', '--json'])).out);
    const forced = await run(['--no-color', 'answers', '1'], { env: { FORCE_COLOR: '1' } });
    expect(forced.out).not.toContain('\u001b[');
  });

  it('`--lang en drill 4` reaches the command (which then asks for a terminal)', async () => {
    const r = await run(['--lang', 'en', 'drill', '4'], { stdin: '' });
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).toContain('needs an interactive terminal');
    expect(r.err).not.toMatch(COMMANDER_ERROR);
  });

  it('history clear takes them before `history` too', async () => {
    const r = await run(['--lang', 'en', 'history', 'clear', '--yes']);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.err + r.out).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('validate and init refuse --bank, which they would ignore', async () => {
    for (const argv of [
      ['--bank', VALID_BANK, 'validate', VALID_BANK],
      ['init', join(tmpdir(), 'x'), '--bank', VALID_BANK],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(ExitCode.usage);
      expect(r.err).toContain('--bank');
    }
  });

  it("every example of the README's command list gets past the option parser", async () => {
    const block = /```sh\n(npx cs-interview practice[\s\S]*?)```/.exec(README)?.[1] ?? '';
    const lines = block.split('\n').filter((l) => l.includes('cs-interview'));
    expect(lines.length).toBeGreaterThan(8);
    const dir = mkdtempSync(join(tmpdir(), 'cs-readme-'));
    for (const line of lines) {
      const command = line.replace(/^.*?npx cs-interview /, '').replace(/\s+#.*$/, '');
      const argv = command
        .split(/\s*[|>]\s*/)[0]
        ?.trim()
        .split(/\s+/)
        .map((a) => (a.endsWith('.html') ? join(dir, a) : a));
      const r = await run(argv ?? [], { stdin: '' });
      expect(r.err, line).not.toMatch(COMMANDER_ERROR);
      expect(r.code, line).not.toBe(ExitCode.bug);
    }
  });
});

/** Every help screen: the program's and each command's. */
async function allHelp(env: NodeJS.ProcessEnv): Promise<string> {
  const commands = [
    [],
    ['practice'],
    ['drill'],
    ['answers'],
    ['list'],
    ['grade'],
    ['review'],
    ['stats'],
    ['validate'],
    ['init'],
    ['history'],
    ['history', 'clear'],
    ['config'],
    ['config', 'set'],
    ['config', 'get'],
    ['config', 'list'],
  ];
  let all = '';
  for (const command of commands) {
    const r = await run([...command, '--help'], { env });
    expect(r.code).toBe(ExitCode.ok);
    all += r.out;
  }
  return all;
}

describe('the Chinese help', () => {
  it("has no English left: commander's usage words, defaults and headings are translated", async () => {
    const help = await allHelp({ CS_INTERVIEW_HOME: '/数据/cs-interview' });
    expect(help).toContain('用法：');
    const rest = help
      // Names the user types: options, commands, values, variables, signals, keys, formats.
      .replace(
        /\b(?:[A-Z][A-Z_]+|Ctrl\+C|Enter|Anki|Linux|macOS|espeak|say|config\.json|cs-interview)\b/g,
        '',
      )
      .replace(/--?[a-z][\w-]*/gi, '')
      .replace(
        /\b(?:practice|drill|answers|key|list|grade|review|stats|validate|init|history|show|clear|typing|quiz|chat|config|set|get|unset|lang|zh|en|text|markdown|md|txt|json|jsonl|csv|html)\b/g,
        '',
      );
    expect(rest).not.toMatch(/[A-Za-z]{2,}/);
    expect(help).not.toContain('[options]');
    expect(help).not.toContain('default:');
  });

  it('lines up columns by display width (a Chinese character is two columns)', async () => {
    const help = (await run(['drill', '--help'])).out;
    const starts = help
      .split('\n')
      .filter((l) => /^ {2}--(time|oral|shuffle|count) /.test(l))
      .map((l) => {
        const term = /^ {2}\S+(?: \S+)?/.exec(l)?.[0] ?? '';
        const cjk = (term.match(/[\u4e00-\u9fff]/g) ?? []).length;
        return term.length + cjk + (l.slice(term.length).match(/^ */)?.[0].length ?? 0);
      });
    expect(starts).toHaveLength(4);
    expect(new Set(starts).size).toBe(1);
  });
});

describe('exit codes', () => {
  const codesIn = (text: string) =>
    [...new Set([...text.matchAll(/(?<![\d.])(\d{1,3})(?= )/g)].map((m) => Number(m[1])))].sort(
      (a, b) => a - b,
    );

  it('the help (both languages), the README and exit-codes.ts list the same codes', async () => {
    const all = Object.values(ExitCode).sort((a, b) => a - b);
    expect(all).toEqual([0, 1, 2, 70, 74, 129, 130, 143]);
    for (const env of [{}, { LANG: 'en_US.UTF-8', CS_INTERVIEW_LANG: 'en' }]) {
      const help = (await run(['--help'], { env })).out;
      const line = help.split('\n').find((l) => /退出码|Exit codes/.test(l)) ?? '';
      expect(codesIn(line.replace(/SIG\w+|Ctrl\+C/g, ''))).toEqual(all);
    }
    const table = README.split('## Exit codes')[1]?.split('\n## ')[0] ?? '';
    const readme = [...table.matchAll(/^\| ([\d, ]+) \|/gm)].flatMap((m) =>
      (m[1] ?? '').split(',').map((n) => Number(n.trim())),
    );
    expect(readme.sort((a, b) => a - b)).toEqual(all);
  });

  it('init into a folder that is not empty is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-init-'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'a.yaml'), 'x: 1\n');
    const r = await run(['init', join(dir, 'mine')]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).toContain('不是空文件夹');
  });
});

describe('help shown without --help', () => {
  it('`config` alone and no command at all are laid out by display width too', async () => {
    for (const argv of [['config'], ['--lang', 'zh']]) {
      const r = await run(argv);
      expect(r.code).toBe(ExitCode.ok);
      const rows = (r.out + r.err)
        .split('\n')
        .filter((l) => /^ {2}(set|get|list|--bank|--lang) /.test(l));
      const starts = rows.map((l) => {
        const term = /^ {2}\S+(?: \S+)*? {2,}/.exec(l)?.[0] ?? '';
        return term.length + (term.match(/[\u4e00-\u9fff]/g) ?? []).length;
      });
      expect(starts.length, argv.join(' ')).toBeGreaterThan(1);
      expect(new Set(starts).size, r.out).toBe(1);
    }
  });
});
