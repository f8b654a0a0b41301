import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/bank/section-limits.js';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { BIN } from '../e2e/tmux.js';
import { fakeIO } from '../fake-io.js';

// The real CLI entry (`runCli`, as the binary calls it) on hostile banks: each
// case ends in a clean `file:line:col:` refusal (exit 1) or in text kept as
// plain, neutralised text (exit 0); never a stack, a hang or a raw control
// character on the terminal.

const root = resolve(import.meta.dirname, '../..');
const HOSTILE = join(root, 'test/fixtures/hostile');
const fixture = (name: string): string => join(HOSTILE, name);
/** How the CLI names a file: relative to the working folder when under it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
const temp = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Any C0 control but newline and tab, DEL, any C1 control, a bidi embedding/override/isolate. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const isRoot = process.getuid?.() === 0;

const VALID = readFileSync(fixture('dup-across/a.yaml'), 'utf8');

async function run(argv: string[]) {
  const { io, out, err, home } = fakeIO({ env: { NO_COLOR: '1' } });
  const code = await runCli(argv, io);
  return { code, out: out(), err: err(), home };
}

/** What every run must be: no raw control character anywhere, no stack, no bug report. */
function expectClean(r: { out: string; err: string }): void {
  expect(r.out).not.toMatch(RAW_CONTROL);
  expect(r.err).not.toMatch(RAW_CONTROL);
  expect(r.err).not.toMatch(/^\s+at /m);
  expect(r.err).not.toMatch(/please report|请报告|bug/i);
}

/** Runs `list` and `answers` on a bank; both must refuse it with exit 1 and clean messages. */
async function expectRefused(bank: string, ...messages: RegExp[]): Promise<string> {
  let err = '';
  for (const command of ['list', 'answers']) {
    const r = await run([command, '--bank', bank, '--lang', 'en']);
    expectClean(r);
    expect(r.code, r.err).toBe(ExitCode.badInput);
    expect(r.out).toBe('');
    for (const message of messages) expect(r.err).toMatch(message);
    // Every line of the refusal names a place.
    for (const line of r.err.trimEnd().split('\n')) expect(line).toMatch(/^.+:\d+:\d+: \S/);
    err = r.err;
  }
  return err;
}

/** Escapes a path for use in a RegExp. */
const re = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `file:line:col: ` of a fixture, as a RegExp source. */
const at = (name: string, line: number, col: number): string =>
  `^${re(shown(fixture(name)))}:${line}:${col}: `;

function tempDir(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('1. alias bombs and very many aliases', () => {
  it('refuses the billion-laughs file with one message', async () => {
    const bomb = join(root, 'test/fixtures/banks/alias-bomb.yaml');
    const err = await expectRefused(bomb, /:1:1: too many aliases \(more than 100/);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses 150 aliases of one anchor', async () => {
    await expectRefused(
      fixture('many-aliases.yaml'),
      new RegExp(`${at('many-aliases.yaml', 1, 1)}too many aliases`, 'm'),
    );
  });
});

describe('2. size and depth', () => {
  it('refuses a file over 5 MB before parsing it', async () => {
    const file = join(tempDir('huge'), 'huge.yaml');
    writeFileSync(file, VALID);
    truncateSync(file, 6 * 1024 * 1024);
    await expectRefused(file, /huge\.yaml:1:1: file too large \(6\.0 MB; the limit is 5 MB\)/);
  });

  it('refuses a 1,000,000-character prompt with its field and limit, and keeps one at the limit whole', async () => {
    const file = join(tempDir('long'), 'long.yaml');
    writeFileSync(file, VALID.replace('prompt: P', `prompt: ${'长'.repeat(1_000_000)}`));
    await expectRefused(
      file,
      /long\.yaml:\d+:\d+: questions\[0\]\.prompt: 1,000,000 characters, over the limit of 5,000/,
    );
    const long = `${'长'.repeat(TEXT_LIMITS.prompt - 1)}尾`;
    writeFileSync(file, VALID.replace('prompt: P', `prompt: ${long}`));
    const r = await run(['list', '--bank', file, '--json']);
    expectClean(r);
    expect(r.code).toBe(ExitCode.ok);
    expect(JSON.parse(r.out).sections[0].questions[0].prompt).toBe(long);
    const answers = await run(['answers', '--bank', file]);
    expectClean(answers);
    expect(answers.code).toBe(ExitCode.ok);
    expect(answers.out.replace(/\s/g, '')).toContain(long);
  });

  it('refuses 1,000-deep flow nesting at the first level past the limit', async () => {
    await expectRefused(
      fixture('deep-flow.yaml'),
      new RegExp(`${at('deep-flow.yaml', 3, 57)}the file is nested too deeply`, 'm'),
    );
  });

  it('refuses 1,000-deep block nesting without overflowing the stack', async () => {
    const file = join(tempDir('deep-block'), 'deep.yaml');
    const rows = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}-`);
    writeFileSync(file, `${VALID}extra:\n${rows.join('\n')} 1\n`);
    await expectRefused(file, /deep\.yaml:\d+:\d+: the file is nested too deeply/);
  });
});

describe('3. YAML features a bank has no use for', () => {
  it.each([
    ['duplicate-key.yaml', 4, 1, /duplicate key "title" \(first at line 3\)/],
    ['two-documents.yaml', 14, 1, /several YAML documents in one file/],
    ['custom-tag.yaml', 3, 21, /the tag "!js\/function" is not allowed/],
    ['binary-tag.yaml', 3, 17, /the tag "!!binary" is not allowed/],
    ['merge-key.yaml', 5, 1, /unknown field "<<"/],
  ])('%s is refused at %i:%i', async (name, line, col, message) => {
    await expectRefused(fixture(name), new RegExp(`${at(name, line, col)}${message.source}`, 'm'));
  });

  it('a custom tag is never run: the process is still here to report it', async () => {
    const r = await run(['list', '--bank', fixture('custom-tag.yaml')]);
    expect(r.code).toBe(ExitCode.badInput);
  });

  it('a %YAML 1.1 directive does not make yes/on booleans: they stay plain strings', async () => {
    const r = await run(['list', '--bank', fixture('yaml-1.1-directive.yaml'), '--json']);
    expectClean(r);
    expect(r.code).toBe(ExitCode.ok);
    const section = JSON.parse(r.out).sections[0];
    expect(section.title).toBe('yes');
    expect(section.questions[0].key_points[0].keywords).toEqual(['on', 'w']);
  });
});

describe('4. prototype keys', () => {
  it('__proto__, constructor and prototype are unknown fields; no prototype changes', async () => {
    const before = Object.getPrototypeOf({});
    await expectRefused(
      fixture('proto-keys.yaml'),
      new RegExp(`${at('proto-keys.yaml', 4, 1)}unknown field "__proto__"`, 'm'),
      new RegExp(`${at('proto-keys.yaml', 5, 1)}unknown field "constructor"`, 'm'),
      new RegExp(`${at('proto-keys.yaml', 12, 5)}questions\\[0\\]: unknown field "prototype"`, 'm'),
    );
    expect(Object.getPrototypeOf({})).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('prototype');
  });
});

describe('5. empty files, wrong shapes and types', () => {
  it.each([
    ['empty.yaml', [[1, 1, /the file is empty/]]],
    ['top-level-scalar.yaml', [[1, 1, /expected a mapping, found the string "just a sentence"/]]],
    [
      'wrong-types.yaml',
      [
        [4, 9, /points: expected a positive number, found the string "十"/],
        [9, 13, /questions\[0\]\.answer: expected a non-empty string, found the number 42/],
      ],
    ],
    ['unknown-field.yaml', [[4, 1, /unknown field "colour"/]]],
    [
      'missing-fields.yaml',
      [
        [1, 1, /missing field "title"/],
        [6, 5, /questions\[0\]: missing field "answer"/],
      ],
    ],
    ['empty-section.yaml', [[6, 12, /questions: expected a non-empty sequence/]]],
  ] as const)('%s', async (name, expected) => {
    await expectRefused(
      fixture(name),
      ...expected.map(([line, col, m]) => new RegExp(`${at(name, line, col)}${m.source}`, 'm')),
    );
  });

  it('a question id repeated across files names both places', async () => {
    const b = shown(fixture('dup-across/b.yaml'));
    const a = shown(fixture('dup-across/a.yaml'));
    await expectRefused(
      fixture('dup-across'),
      new RegExp(`^${re(b)}:7:9: duplicate question id "q1" \\(first in ${re(a)}:7\\)`, 'm'),
    );
  });
});

describe('6. bytes and line ends', () => {
  it('refuses a NUL byte where it is', async () => {
    const file = join(tempDir('nul'), 'nul.yaml');
    writeFileSync(file, VALID.replace('title: T', 'title: T\0'));
    await expectRefused(file, /nul\.yaml:3:9: the file contains a NUL byte/);
  });

  it('refuses invalid UTF-8 (GBK bytes)', async () => {
    const file = join(tempDir('gbk'), 'gbk.yaml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('id: '),
        Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff]),
        Buffer.from('\n'),
      ]),
    );
    await expectRefused(file, /gbk\.yaml:1:1: not valid UTF-8 text/);
  });

  it('reads a BOM and CRLF line ends as plain text', async () => {
    const r = await run(['list', '--bank', fixture('bom-crlf.yaml'), '--json']);
    expectClean(r);
    expect(r.code).toBe(ExitCode.ok);
    const section = JSON.parse(r.out).sections[0];
    expect(section.id).toBe('s');
    expect(section.questions[0].answer).toBe('A');
  });

  it('refuses tab indentation at the tab', async () => {
    await expectRefused(
      fixture('tab-indent.yaml'),
      new RegExp(`${at('tab-indent.yaml', 11, 1)}tabs are not allowed in indentation`, 'm'),
    );
  });
});

describe('7. control characters and escape sequences in text', () => {
  it.each([
    ['osc52.yaml', 8, 13, 'questions[0].prompt', '\\x1b'],
    ['title-change.yaml', 3, 8, 'title', '\\x1b'],
    ['screen-clear.yaml', 9, 13, 'questions[0].answer', '\\x1b'],
    ['c1-csi.yaml', 10, 15, 'questions[0].analysis', '\\u009b'],
    ['carriage-return.yaml', 8, 13, 'questions[0].prompt', '\\r'],
    ['backspace.yaml', 8, 13, 'questions[0].prompt', '\\x08'],
    ['bidi.yaml', 3, 8, 'title', '\\u202e'],
  ])(
    '%s is refused at %i:%i, the character shown escaped',
    async (name, line, col, path, escaped) => {
      await expectRefused(
        fixture(name),
        new RegExp(
          `${at(name, line, col)}${re(path)}: contains the control character ${re(escaped)}`,
          'm',
        ),
      );
    },
  );

  it('an isolate in a keyword is refused too', async () => {
    await expectRefused(
      fixture('bidi.yaml'),
      /:13:20: questions\[0\]\.key_points\[0\]\.keywords\[0\]: contains the control character \\u2066/,
    );
  });

  it('an escape sequence as a key is quoted escaped in the message', async () => {
    await expectRefused(
      fixture('bell-in-key.yaml'),
      new RegExp(`${at('bell-in-key.yaml', 4, 1)}unknown field "\\\\x1b\\]0;x\\\\x07"`, 'm'),
    );
  });

  it('raw (unquoted) escape bytes in a value and in a YAML syntax error are shown escaped', async () => {
    const dir = tempDir('raw-bytes');
    writeFileSync(join(dir, 'a.yaml'), VALID.replace('title: T', 'title: T\u001b[2J\u009b1m'));
    writeFileSync(
      join(dir, 'b.yaml'),
      VALID.replace('id: s', 'id: t')
        .replace('order: 1', 'order: 2')
        .replace('title: T', 'title: "\u001b]52;c;eA==\u0007'),
    );
    const err = await expectRefused(
      dir,
      /a\.yaml:3:8: title: contains the control character \\x1b/,
      /b\.yaml:\d+:\d+: YAML syntax error/,
    );
    expect(err).not.toContain('\u001b');
  });

  it('keeps CJK, emoji (ZWJ sequences too) and newlines intact', async () => {
    const bank = fixture('cjk-emoji-newlines.yaml');
    const json = await run(['list', '--bank', bank, '--json']);
    expectClean(json);
    expect(json.code).toBe(ExitCode.ok);
    const section = JSON.parse(json.out).sections[0];
    expect(section.title).toBe('客服面试 😀');
    expect(section.questions[0].prompt).toBe('您好😀，第一行\n第二行：👨‍👩‍👧 家庭\n');
    for (const command of ['list', 'answers']) {
      const r = await run([command, '--bank', bank]);
      expectClean(r);
      expect(r.code).toBe(ExitCode.ok);
      expect(r.out).toContain('客服面试 😀');
    }
    const answers = await run(['answers', '--bank', bank]);
    expect(answers.out).toContain('您好😀，第一行');
    expect(answers.out).toMatch(/第一行\n\s*第二行：👨‍👩‍👧 家庭/);
  });
});

describe('7. hostile file and folder names', () => {
  it.each([
    [
      'an OSC title change and a screen clear',
      'x\u001b]0;pwned\u0007\u001b[2Jy.yaml',
      'x\\x1b]0;pwned\\x07\\x1b[2Jy.yaml',
    ],
    ['a newline', 'line1\nline2.yaml', 'line1\\nline2.yaml'],
    ['a bidi override and a C1 CSI', 'cod\u202Elmy\u009b2J.yaml', 'cod\\u202elmy\\u009b2J.yaml'],
    ['a carriage return and a backspace', 'a\rb\bc.yml', 'a\\rb\\x08c.yml'],
  ])('a bank file named with %s is named escaped', async (_what, name, escaped) => {
    const dir = tempDir(`name-${escaped.replace(/\W/g, '')}`);
    writeFileSync(join(dir, name), VALID.replace('points: 5', 'points: 十'));
    const file = shown(join(dir, escaped));
    // In a folder and as the bank itself.
    await expectRefused(
      dir,
      new RegExp(`^${re(file)}:4:9: points: expected a positive number`, 'm'),
    );
    await expectRefused(join(dir, name), new RegExp(`^${re(file)}:4:9: `, 'm'));
  });

  it('a missing bank path with escapes is named escaped', async () => {
    const missing = join(temp, 'nope\u001b[2J\u009b');
    await expectRefused(missing, /nope\\x1b\[2J\\u009b:1:1: no such file or folder/);
  });

  it('a sound bank in a folder with hostile names loads, and its names never reach the output raw', async () => {
    const dir = tempDir('v\u001b[2Jz');
    copyFileSync(fixture('dup-across/a.yaml'), join(dir, 'q\u001b]52;c;eA==\u0007.yaml'));
    for (const argv of [
      ['list'],
      ['list', '--json'],
      ['answers'],
      ['answers', '--format', 'markdown'],
      ['answers', '--format', 'json'],
      ['answers', '--format', 'html'],
    ]) {
      const r = await run([...argv, '--bank', dir]);
      expectClean(r);
      expect(r.code).toBe(ExitCode.ok);
    }
  });
});

describe('8. what else a bank folder may hold', () => {
  it('skips other files, hidden files and subfolders', async () => {
    const r = await run(['list', '--bank', fixture('mixed-folder'), '--json']);
    expectClean(r);
    expect(r.code).toBe(ExitCode.ok);
    expect(JSON.parse(r.out).sections.map((s: { id: string }) => s.id)).toEqual(['s']);
  });

  it('reports a symlink loop in the folder and as the bank', async () => {
    const dir = tempDir('loop');
    copyFileSync(fixture('dup-across/a.yaml'), join(dir, 'a.yaml'));
    symlinkSync('b.yaml', join(dir, 'b.yaml'));
    symlinkSync('d.yaml', join(dir, 'c.yaml'));
    symlinkSync('c.yaml', join(dir, 'd.yaml'));
    await expectRefused(
      dir,
      /b\.yaml:1:1: too many levels of symbolic links/,
      /c\.yaml:1:1: too many levels of symbolic links/,
    );
    await expectRefused(join(dir, 'b.yaml'), /b\.yaml:1:1: too many levels of symbolic links/);
  });

  it('refuses a FIFO named *.yaml without blocking on it', async () => {
    const dir = tempDir('fifo');
    copyFileSync(fixture('dup-across/a.yaml'), join(dir, 'a.yaml'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    await expectRefused(dir, /pipe\.yaml:1:1: not a regular file or folder/);
  });

  it.skipIf(isRoot)('reports a file it may not read', async () => {
    const dir = tempDir('private');
    writeFileSync(join(dir, 'a.yaml'), VALID, { mode: 0o000 });
    await expectRefused(dir, /a\.yaml:1:1: permission denied/);
  });
});

describe('11. a data folder that cannot be written, once history exists', () => {
  const answers = JSON.stringify({ 'scenarios-1': '非常抱歉，请提供订单号，我马上核实' });

  async function grade(home: string) {
    const { io, out, err } = fakeIO({
      stdin: answers,
      env: { NO_COLOR: '1', CS_INTERVIEW_HOME: home },
    });
    const code = await runCli(['grade', '-'], io);
    return { code, out: out(), err: err() };
  }

  it.skipIf(isRoot)('a read-only folder: exit 74, "not saved", never "saved"', async () => {
    const home = tempDir('read-only-home');
    expect((await grade(home)).code).toBe(ExitCode.ok);
    chmodSync(join(home, 'history.jsonl'), 0o400);
    chmodSync(home, 0o500);
    try {
      const r = await grade(home);
      expectClean(r);
      expect(r.code).toBe(ExitCode.io);
      expect(r.out).toContain('参考答案');
      expect(r.err).toContain('没有保存');
      expect(`${r.out}${r.err}`).not.toMatch(/已保存/);
    } finally {
      chmodSync(home, 0o700);
    }
  });

  it.skipIf(!existsSync('/dev/full'))(
    'a full disk: exit 74, "not saved", never "saved"',
    async () => {
      const home = tempDir('full-home');
      symlinkSync('/dev/full', join(home, 'history.jsonl'));
      const r = await grade(home);
      expectClean(r);
      expect(r.code).toBe(ExitCode.io);
      expect(r.err).toContain('没有保存');
      expect(`${r.out}${r.err}`).not.toMatch(/已保存/);
    },
  );

  // A log that is a character device (/dev/full, /dev/zero) once made every reader of the
  // history read forever. Spawned, since the read is synchronous and would block this
  // worker; killed after 5 s.
  (existsSync('/dev/full') ? it : it.skip)(
    'history with a log that is /dev/full refuses it instead of reading forever',
    () => {
      const home = tempDir('full-history');
      symlinkSync('/dev/full', join(home, 'history.jsonl'));
      const r = spawnSync(process.execPath, [BIN, 'history', '--lang', 'en'], {
        encoding: 'utf8',
        timeout: 5000,
        env: { ...process.env, NO_COLOR: '1', CS_INTERVIEW_HOME: home },
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(ExitCode.io);
      expect(r.stderr).toContain('history.jsonl');
    },
  );
});

describe('the command line itself echoed back', () => {
  // An argument such as $'\e[2J' (from a script or a pasted command) must not clear the
  // screen when an error message quotes it.
  it('an unknown section name is shown escaped', async () => {
    const r = await run(['answers', '\u001b[2J\u009b31m', '--bank', fixture('dup-across/a.yaml')]);
    expect(r.code).toBe(ExitCode.usage);
    expectClean(r);
  });

  it('a bad --lang value is shown escaped', async () => {
    const r = await run(['list', '--lang', '\u001b]0;pwned\u0007']);
    expect(r.code).toBe(ExitCode.usage);
    expectClean(r);
  });

  // Commander's own "unknown command '…'" / "unknown option '…'" quote the argument.
  it('an unknown command or option is shown escaped', async () => {
    const command = await run(['\u001b[2J']);
    expect(command.code).toBe(ExitCode.usage);
    expectClean(command);
    const option = await run(['list', '--x\u001b[2J']);
    expect(option.code).toBe(ExitCode.usage);
    expectClean(option);
  });
});
