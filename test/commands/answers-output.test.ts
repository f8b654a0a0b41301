import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[]) {
  const { io, out, err } = fakeIO();
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'cs-answers-out-'));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('answers --output', () => {
  it('writes a new file', async () => {
    const file = join(fresh(), 'key.md');
    const r = await run(['answers', '--format', 'markdown', '--output', file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(readFileSync(file, 'utf8')).toContain('#');
  });

  it('does not replace an existing file without a terminal to ask in, unless --force', async () => {
    const file = join(fresh(), 'key.md');
    writeFileSync(file, 'mine\n');
    const r = await run(['answers', '--output', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).toContain('exists; add --force to replace it');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect((await run(['answers', '--output', file])).err).toContain(
      '已存在；要替换它请加 --force',
    );

    const forced = await run(['answers', '--output', file, '--force']);
    expect(forced.code).toBe(ExitCode.ok);
    expect(readFileSync(file, 'utf8')).not.toBe('mine\n');
  });

  it('follows no symbolic link, even with --force', async () => {
    const dir = fresh();
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'kept\n');
    symlinkSync(target, join(dir, 'link.txt'));
    const r = await run(['answers', '--output', join(dir, 'link.txt'), '--force', '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain('symbolic link');
    expect(readFileSync(target, 'utf8')).toBe('kept\n');
    // A dangling link would create its target: refused too.
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    expect((await run(['answers', '--output', join(dir, 'dangling.txt')])).code).toBe(
      ExitCode.badInput,
    );
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO or a folder instead of blocking on it', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['answers', '--output', fifo, '--force', '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain('not a regular file');
    mkdirSync(join(dir, 'folder'));
    expect((await run(['answers', '--output', join(dir, 'folder'), '--force'])).err).toContain(
      '这是一个文件夹',
    );
  });

  it('takes the format from the file extension when --format is not given', async () => {
    const dir = fresh();
    const html = join(dir, 'k.HTML');
    expect((await run(['answers', '--output', html])).code).toBe(ExitCode.ok);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const md = join(dir, 'k.md');
    await run(['answers', '--output', md]);
    expect(readFileSync(md, 'utf8')).toMatch(/^# /m);
    const json = join(dir, 'k.json');
    await run(['answers', '--output', json]);
    expect(JSON.parse(readFileSync(json, 'utf8')).sections.length).toBeGreaterThan(0);
    // .txt and an extension that names no format give the text key, as before.
    for (const name of ['k.txt', 'k.key']) {
      const file = join(dir, name);
      const r = await run(['answers', '--output', file]);
      expect(r.err).not.toContain('注意');
      expect(readFileSync(file, 'utf8')).toContain('参考答案');
      expect(readFileSync(file, 'utf8')).not.toContain('<html');
    }
  });

  it('honours an explicit --format over the extension, and says they disagree', async () => {
    const file = join(fresh(), 'k.html');
    const r = await run(['answers', '--format', 'json', '--output', file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(JSON.parse(readFileSync(file, 'utf8')).sections.length).toBeGreaterThan(0);
    expect(r.err).toContain('按 --format json 写入，而文件扩展名 .html 通常是 html');
    const en = await run(['answers', '--format', 'json', '-o', file, '--force', '--lang', 'en']);
    expect(en.err).toContain(
      'written as --format json, though the extension .html usually means html',
    );
    // Agreeing, or no file: nothing said.
    const same = await run(['answers', '--format', 'html', '-o', file, '--force']);
    expect(same.err).not.toContain('注意');
    expect((await run(['answers', '--format', 'json'])).err).toBe('');
  });
});
