import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

const BANK = fileURLToPath(new URL('../fixtures/quiz/bank', import.meta.url));

async function run(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO(options);
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

describe('quiz on the command line', () => {
  it('has its help in both languages', async () => {
    const zh = await run(['quiz', '--help']);
    expect(zh.out).toMatch(/^用法： cs-interview quiz/);
    expect(zh.out).toContain('--total <秒数>');
    expect((await run(['quiz', '--help', '--lang', 'en'])).out).toContain('Platform-rules quiz');
  });

  it.each([[['quiz', '--count', 'x']], [['quiz', '--time', '0']], [['quiz', '--total', '-5']]])(
    'refuses %j with exit 2',
    async (argv) => {
      const r = await run([...argv, '--bank', BANK], { tty: true });
      expect(r.code).toBe(ExitCode.usage);
    },
  );

  it('refuses to run without a terminal, before reading the bank', async () => {
    const r = await run(['quiz', '--bank', '/nonexistent']);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).toContain('“quiz” 需要在交互式终端中运行');
  });
});
