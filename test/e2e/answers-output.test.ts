import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux } from './tmux.js';

const start = binaryInTmux();

describe.skipIf(!hasTmux)('answers --output over an existing file (tmux)', () => {
  it('asks before replacing it, and keeps it on No', async () => {
    const first = start('--version');
    await first.exitCode();
    const file = join(first.home, 'key.txt');
    writeFileSync(file, 'mine\n');

    const no = start(`answers --output ${file}`);
    await no.waitFor('已存在，替换它吗？');
    no.type('n');
    no.press('Enter');
    expect(await no.exitCode()).toBe(0);
    expect(no.screen()).toContain('没有改动');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');

    const yes = start(`answers --output ${file}`);
    await yes.waitFor('已存在，替换它吗？');
    yes.type('y');
    yes.press('Enter');
    expect(await yes.exitCode()).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('参考答案');
  });
});
