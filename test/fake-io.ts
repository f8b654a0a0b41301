import { PassThrough } from 'node:stream';
import type { CommandIO } from '../src/ui/output.js';

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
  const io: CommandIO = { stdin, stdout, stderr, env: { LANG: 'zh_CN.UTF-8', ...options.env } };
  return { io, out: () => out, err: () => err };
}
