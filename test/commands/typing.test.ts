import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { resultLines } from '../../src/commands/typing-result.js';
import { ExitCode } from '../../src/exit-codes.js';
import { typingOutcome } from '../../src/typing/count.js';
import { graphemes } from '../../src/ui/text-width.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO(options);
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-typing-')), 'passage.txt');
  writeFileSync(file, text);
  return file;
}

describe('typing without a terminal, and bad options', () => {
  it('refuses to run without a terminal: a usage error, exit 2, in either language', async () => {
    const zh = await run(['typing']);
    expect(zh.code).toBe(ExitCode.usage);
    expect(zh.err).toContain('“typing” 需要在交互式终端中运行');
    const en = await run(['typing', '--reply', '--lang', 'en']);
    expect(en.code).toBe(ExitCode.usage);
    expect(en.err).toContain('"typing" needs an interactive terminal');
    expect(en.err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('takes only the preset targets', async () => {
    const bad = await run(['typing', '--target', '55']);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toContain('--target 只能是 50、65、80 之一');
    const english = await run(['typing', '--target', '55', '--lang', 'en']);
    expect(english.err).toContain('--target must be one of 50, 65, 80 (');
    // A preset passes the option check and meets the terminal check.
    const good = await run(['typing', '--target', '65']);
    expect(good.err).toContain('需要在交互式终端中运行');
  });

  it('a --text file that cannot be used is bad input (exit 1), with line and column', async () => {
    const missing = await run(['typing', '--text', '/nonexistent/passage.txt']);
    expect(missing.code).toBe(ExitCode.badInput);
    expect(missing.err).toContain('读不了 /nonexistent/passage.txt：文件不存在');
    const file = tempFile('第一行好好的\n第二行有\u0007响铃');
    const control = await run(['typing', '--text', file, '--lang', 'en']);
    expect(control.code).toBe(ExitCode.badInput);
    expect(control.err).toContain(`${file}:2:5: control character \\x07;`);
    expect(control.err).not.toContain('\u0007');
    const empty = await run(['typing', '--text', tempFile('\n \n')]);
    expect(empty.code).toBe(ExitCode.badInput);
    expect(empty.err).toContain('文件里没有可以打的文字');
  });

  it('--text and --reply together is a usage error', async () => {
    const both = await run(['typing', '--reply', '--text', tempFile('您好')]);
    expect(both.code).toBe(ExitCode.usage);
    expect(both.err).toContain('--text 和 --reply 不能同时使用');
  });
});

describe('the result lines', () => {
  const ctx = (lang: 'zh' | 'en') => ({ lang, width: 80, c: new Chalk({ level: 0 }) });
  const passage = graphemes('您好请提供订单号我马上帮您查');

  it('show N 字/分, accuracy and a pass line', () => {
    const outcome = typingOutcome(passage, '您好请提供订单号我马上帮您查', 12_000, 'cpm', 50);
    const [result, verdict] = resultLines(outcome, 50, 'cpm', ctx('zh'));
    expect(result).toBe('速度 70 字/分 · 正确率 100.0% · 用时 00:12 · 错 0 字');
    expect(verdict).toBe('✓ 达标：目标 50 字/分');
  });

  it('say how far short a failed test is, in WPM for English', () => {
    const p = graphemes('Hello, how can I help?');
    const outcome = typingOutcome(p, 'Hello, how can I help!', 60_000, 'wpm', 50);
    const [result, verdict] = resultLines(outcome, 50, 'wpm', ctx('en'));
    expect(result).toBe('Speed 4 WPM · accuracy 95.4% · time 01:00 · 1 wrong');
    expect(verdict).toBe('✗ Not yet: target 50 WPM, 46 WPM short');
  });
});
