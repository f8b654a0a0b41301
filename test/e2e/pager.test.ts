import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux } from './tmux.js';

const start = binaryInTmux();
// The default pager is less; a PAGER of the one running the tests would be used instead.
const lessIsTheDefault =
  process.env.PAGER === undefined && spawnSync('less', ['--version']).status === 0;

// The answer key is far longer than a 24-row screen.
describe.skipIf(!hasTmux)('answers in a terminal (tmux)', () => {
  it.skipIf(!lessIsTheDefault)(
    'opens less -R when PAGER is unset; q leaves it and exits 0',
    async () => {
      const t = start('answers', { width: 80, height: 24 });
      // less draws one screen and waits with its prompt on the last row.
      const screen = await t.waitFor((s) => /参考答案/.test(s) && /^:\s*$/m.test(s));
      expect(screen).not.toContain('__EXIT');
      t.press('q');
      expect(await t.exitCode()).toBe(0);
    },
  );

  it('a pager that cannot be started: the key is printed, exit 0', async () => {
    const t = start('answers', { width: 80, height: 24, env: { PAGER: '/no/such/pager' } });
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('参考答案');
  });

  it('piped, it is never paged', async () => {
    const t = start('answers | tail -n 2', { width: 80, height: 24 });
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).not.toMatch(/^:\s*$/m);
  });
});
