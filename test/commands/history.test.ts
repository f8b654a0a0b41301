import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

const answer =
  '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访。';

async function run(argv: string[], home: string, extra: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO({ ...extra, env: { CS_INTERVIEW_HOME: home, ...extra.env } });
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

describe('history', () => {
  it('grade saves every graded answer; history lists them; --no-save saves nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    const input = JSON.stringify({
      'scenarios-1': answer,
      'scenarios-2': '我会保持冷静，先私信了解他为什么不满。',
    });
    expect((await run(['grade', '-', '--json'], home, { stdin: input })).code).toBe(ExitCode.ok);
    expect((await run(['grade', '-', '--no-save'], home, { stdin: input })).code).toBe(ExitCode.ok);

    const json = JSON.parse((await run(['history', '--json'], home)).out);
    expect(json.history).toBe(join(home, 'history.jsonl'));
    expect(json.attempts.map((a: { question: string }) => a.question)).toEqual([
      'scenarios-1',
      'scenarios-2',
    ]);
    expect(json.attempts[0]).toMatchObject({
      bank: 'builtin',
      text: answer,
      points: 10,
      self_score: null,
      mode: 'typed',
    });

    const text = await run(['history'], home);
    expect(text.out).toContain('共 2 条');
    expect(text.out).toMatch(/scenarios-1 {2}\d+(\.\d)?\/10/);
    // The log is JSON Lines anyone can grep.
    expect(
      readFileSync(join(home, 'history.jsonl'), 'utf8').split('\n').filter(Boolean),
    ).toHaveLength(2);
  });

  it('clear asks first: without a terminal it needs --yes', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    await run(['grade', '-'], home, { stdin: JSON.stringify({ 'scenarios-1': answer }) });
    const refused = await run(['history', 'clear'], home);
    expect(refused.code).toBe(ExitCode.usage);
    expect(refused.err).toContain('--yes');
    expect(JSON.parse((await run(['history', '--json'], home)).out).attempts).toHaveLength(1);

    expect((await run(['history', 'clear', '--yes'], home)).code).toBe(ExitCode.ok);
    expect(JSON.parse((await run(['history', '--json'], home)).out).attempts).toHaveLength(0);
  });

  it('a history folder that cannot be written: exit 74, and nothing claims it was saved', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    // A file where the folder should be: fails for root too, unlike chmod.
    const blocked = join(home, 'blocked');
    await import('node:fs').then((fs) => fs.writeFileSync(blocked, 'not a folder'));
    const r = await run(['grade', '-'], blocked, {
      stdin: JSON.stringify({ 'scenarios-1': answer }),
    });
    expect(r.code).toBe(ExitCode.io);
    expect(r.out).toContain('参考答案');
    expect(r.err).toContain('没有保存');
    expect(r.err).not.toMatch(/已保存/);
  });

  it('--help says where the history is', async () => {
    const r = await run(['--help'], '/some/where');
    expect(r.out).toContain('/some/where');
  });
});
