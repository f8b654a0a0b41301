import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { MAX_ANSWER_CHARS, MAX_ANSWERS_FILE_BYTES } from '../../src/limits.js';
import { BIN } from '../e2e/tmux.js';
import { fakeIO } from '../fake-io.js';

// grade reads what it is given, and what it is given may be anything: a
// file or a stream that never ends. It stops at a stated limit, says which
// limit and where, and exits 1; never a stack trace, never the whole memory.

async function run(argv: string[]) {
  const { io, out, err } = fakeIO();
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-grade-limits-')), name);
  writeFileSync(file, text);
  return file;
}

const NO_STACK = /^\s+at /m;

describe('the size of an answers file', () => {
  it(`refuses a file over ${MAX_ANSWERS_FILE_BYTES / 1024 / 1024} MB, naming the file and the limit`, async () => {
    const file = tempFile(
      'huge.yaml',
      `# ${'x'.repeat(MAX_ANSWERS_FILE_BYTES)}\nscenarios-1: 好\n`,
    );
    const r = await run(['grade', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain(`${file} is over the 4 MB limit of an answers file`);
    expect(r.err).not.toMatch(NO_STACK);
    const zh = await run(['grade', file]);
    expect(zh.err).toContain(`${file} 超过答题文件 4 MB 的上限`);
  });

  it('grades a file just under the limit', async () => {
    const answer = '非常抱歉让您遇到这种情况，请提供订单号，我马上核实。';
    const body = `scenarios-1: ${answer}\n`;
    const padding = `# ${'x'.repeat(MAX_ANSWERS_FILE_BYTES - Buffer.byteLength(body) - 3)}\n`;
    const file = tempFile('full.yaml', padding + body);
    const r = await run(['grade', file, '--json', '--no-save']);
    expect(r.err).toBe('');
    expect(r.code).toBe(ExitCode.ok);
  });
});

describe('the length of one answer', () => {
  it(`refuses an answer over ${MAX_ANSWER_CHARS} characters with its position and id`, async () => {
    const file = tempFile(
      'long.yaml',
      `scenarios-1: 好\nscenarios-2: ${'好'.repeat(MAX_ANSWER_CHARS + 1)}\n`,
    );
    const r = await run(['grade', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain(
      `long.yaml:2:14: the answer to "scenarios-2" has 20,001 characters, over the limit of 20,000 for one answer`,
    );
    expect((await run(['grade', file])).err).toContain(
      '"scenarios-2" 的回答有 20,001 个字符，超过每题 20,000 个字符的上限',
    );
  });

  it('takes an answer of exactly the limit, counting an emoji as one character', async () => {
    const answer = `${'好'.repeat(MAX_ANSWER_CHARS - 1)}😀`;
    const file = tempFile('max.yaml', `scenarios-1: ${answer}\n`);
    const r = await run(['grade', file, '--json', '--no-save']);
    expect(r.err).toBe('');
    expect(r.code).toBe(ExitCode.ok);
  });
});

/** Runs the built binary on `grade -` with `stdin`; resolves with its exit code and stderr. */
function gradeBinary(stdin: 'pipe' | number, feed?: (child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ code: number | null; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'grade', '-', '--lang', 'en', '--no-save'], {
      stdio: [stdin, 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
    feed?.(child);
  });
}

describe('grade - on a stream that never ends (the built binary)', () => {
  it('stops at the limit on /dev/zero with a message, not a stack trace', async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = await gradeBinary(zero);
      expect(r.err).toContain('<stdin> is over the 4 MB limit of an answers file');
      expect(r.err).not.toMatch(NO_STACK);
      expect(r.code).toBe(ExitCode.badInput);
    } finally {
      closeSync(zero);
    }
  });

  it('stops at the limit on a pipe that is never closed', async () => {
    const zeros = Buffer.alloc(64 * 1024);
    const r = await gradeBinary('pipe', (child) => {
      const stdin = child.stdin;
      if (!stdin) throw new Error('no stdin');
      // The binary closes its end at the limit: the writes then fail, which is the point.
      stdin.on('error', () => {});
      const pump = () => {
        while (!stdin.destroyed && stdin.write(zeros)) {}
      };
      stdin.on('drain', pump);
      pump();
    });
    expect(r.err).toContain('<stdin> is over the 4 MB limit of an answers file');
    expect(r.err).not.toMatch(NO_STACK);
    expect(r.code).toBe(ExitCode.badInput);
  });
});
