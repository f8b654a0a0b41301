import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CommandIO } from '../src/commands/command-io.js';

/** Streams for driving a command without a terminal; `out()` and `err()` read what was written. */
export function fakeIO(
  options: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv; columns?: number } = {},
) {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const stdout = Object.assign(new PassThrough(), {
    isTTY: options.tty ?? false,
    columns: options.columns ?? 80,
  });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c.toString();
  });
  stderr.on('data', (c) => {
    err += c.toString();
  });
  if (options.stdin !== undefined) stdin.end(options.stdin);
  // Every run gets a history folder of its own: tests never write to the user's.
  const home = mkdtempSync(join(tmpdir(), 'cs-home-'));
  const io: CommandIO = {
    stdin,
    stdout,
    stderr,
    env: { LANG: 'zh_CN.UTF-8', CS_INTERVIEW_HOME: home, ...options.env },
  };
  return { io, home, out: () => out, err: () => err };
}
