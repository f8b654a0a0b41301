import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './tmux.js';

// The binary in a hostile environment: a clear message and an exit code, never a stack.

describe('a working folder that was deleted', () => {
  it.skipIf(process.platform === 'win32')('is said plainly, with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-gone-'));
    for (const [args, lang] of [
      ['list', 'zh'],
      ['stats --lang en', 'en'],
    ] as const) {
      const r = spawnSync(
        'sh',
        ['-c', `cd "${dir}" && rmdir "${dir}" && exec "${process.execPath}" "${BIN}" ${args}`],
        { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } },
      );
      expect(r.stderr).not.toMatch(/\bat |uv_cwd/);
      expect(r.stderr).toContain(lang === 'zh' ? '当前所在的文件夹已不存在' : 'no longer exists');
      expect(r.status).toBe(2);
      spawnSync('mkdir', [dir]);
    }
  });
});
