import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, hasTmux } from './tmux.js';

const start = binaryInTmux();

describe.skipIf(!hasTmux)('a bank from init (tmux)', () => {
  it('passes validate --strict and drill runs it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cs-init-')), 'my-bank');
    const node = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    expect(node('init', dir).status).toBe(0);
    const validated = node('validate', dir, '--strict');
    expect(validated.stdout + validated.stderr).toContain('没有问题');
    expect(validated.status).toBe(0);

    const t = start(`drill 1 --count 1 --bank ${dir} --no-save`);
    await t.waitFor('第 1/1 题');
    t.type('我做过两年客服，满意度从九成提升到九成八，我善于倾听和沟通。');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    await t.waitFor('面试小结');
    expect(await t.exitCode()).toBe(0);
  });
});
