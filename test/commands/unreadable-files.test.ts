import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[]) {
  const { io, err } = fakeIO({});
  const code = await runCli(argv, io);
  return { code, err: err() };
}

// A file named on the command line that cannot be read is reported in the interface's language,
// not as Node's error code (ENOENT, EISDIR), which says nothing to a user.
describe('a file given to grade or typing --text that cannot be read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cs-unreadable-'));
  const missing = join(folder, 'nothere.yaml');

  it.each([
    [['grade', missing], `无法读取 ${missing}：文件不存在`],
    [['grade', folder], `无法读取 ${folder}：这是一个文件夹，不是文件`],
    [['grade', missing, '--lang', 'en'], `cannot read ${missing}: no such file`],
    [['typing', '--text', missing], `读不了 ${missing}：文件不存在`],
    [
      ['typing', '--text', folder, '--lang', 'en'],
      `cannot read ${folder}: it is a folder, not a file`,
    ],
  ])('%j says why in words, exit 1', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(ExitCode.badInput);
    expect(err).toContain(message);
    // No errno code (ENOENT, EISDIR) in the words; the folder's random name is left out, since
    // mkdtemp's suffix can itself read as one (cs-unreadable-8EELDB failed a CI run).
    expect(err.split(folder).join('<folder>')).not.toMatch(/E[A-Z]{3,}/);
  });
});
