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
    expect(text.out).toMatch(/^时间\s+编号\s+题目\s+得分\s+方式\s+用时$/m);
    expect(text.out).toMatch(/[0-9a-f]{8} {2}scenarios-1 +\d+(\.\d)?\/10 {2}笔答/);
    expect(text.out).toContain('cs-interview history show 编号');
    // The log is JSON Lines anyone can grep.
    expect(
      readFileSync(join(home, 'history.jsonl'), 'utf8').split('\n').filter(Boolean),
    ).toHaveLength(2);
  });

  it('history show prints one answer, its question, the reference answer and the feedback', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    const input = JSON.stringify({ 'scenarios-1': answer });
    expect((await run(['grade', '-'], home, { stdin: input })).code).toBe(ExitCode.ok);
    const id = JSON.parse((await run(['history', '--json'], home)).out).attempts[0].id as string;
    const listed = (await run(['history'], home)).out;
    expect(listed).toContain(id.slice(0, 8));

    const shown = await run(['history', 'show', id.slice(0, 8)], home);
    expect(shown.code).toBe(ExitCode.ok);
    const out = shown.out;
    expect(out).toContain('客户投诉商品质量');
    const order = ['你的回答', '非常抱歉让您失望了', '参考答案', '解析', '要点 ', '✓ 先共情安抚'];
    const at = order.map((s) => out.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).not.toMatch(/—\s*$/m);

    const en = await run(['history', 'show', id.toUpperCase(), '--lang', 'en'], home);
    expect(en.out).toContain('Your answer');
  });

  it('history show gives the cap notice the feedback gave (a red flag capped the score)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    const input = JSON.stringify({ 'scenarios-1': `${answer}您加我微信，我私下给您转账退款。` });
    const graded = await run(['grade', '-'], home, { stdin: input });
    expect(graded.out).toContain('因为触碰红线，得分封顶 2 / 10');
    const id = JSON.parse((await run(['history', '--json'], home)).out).attempts[0].id as string;
    const shown = (await run(['history', 'show', id], home)).out;
    expect(shown).toMatch(/! 红线：把沟通或付款引到平台之外[\s\S]*识别到：加我微信/);
    expect(shown).toContain('因为触碰红线，得分封顶 2 / 10（按要点本可得 8）');
    // An answer without the red flag has none of it.
    const plain = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    await run(['grade', '-'], plain, { stdin: JSON.stringify({ 'scenarios-1': answer }) });
    const other = JSON.parse((await run(['history', '--json'], plain)).out).attempts[0].id;
    expect((await run(['history', 'show', other], plain)).out).not.toContain('红线');
  });

  it('history show prints the follow-ups answered after it: prompt, answer, score and checklist', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    const input = JSON.stringify({
      'scenarios-1': answer,
      'scenarios-1-fu-2': '我会一步一步教您用手机拍，或者先查订单记录和物流。',
    });
    expect((await run(['grade', '-'], home, { stdin: input })).code).toBe(ExitCode.ok);
    const json = JSON.parse((await run(['history', '--json'], home)).out);
    const id = json.attempts[0].id as string;
    const out = (await run(['history', 'show', id.slice(0, 8)], home)).out;
    const order = [
      '✓ 先共情安抚',
      '追问',
      '1. 客户说他不会拍照也不会发视频',
      '你的回答',
      '我会一步一步教您用手机拍',
      '要点 2/3 · 得分 2 / 3',
      '✓ 教他简单的办法',
      '✗ 必要时寄回检测',
    ];
    const at = order.map((s) => out.indexOf(s, out.indexOf('✓ 先共情安抚')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // An answer without follow-ups shows none.
    const plain = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    await run(['grade', '-'], plain, { stdin: JSON.stringify({ 'scenarios-1': answer }) });
    const alone = JSON.parse((await run(['history', '--json'], plain)).out).attempts[0].id;
    expect((await run(['history', 'show', alone], plain)).out).not.toContain('追问');
    const en = (await run(['history', 'show', id, '--lang', 'en'], home)).out;
    expect(en).toContain('Follow-up questions');
  });

  it('history show refuses an id that is not one, or names no answer, with exit 2', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-hist-'));
    const bad = await run(['history', 'show', 'xyz'], home);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toContain('不是作答编号');
    const none = await run(['history', 'show', 'abcd1234', '--lang', 'en'], home);
    expect(none.code).toBe(ExitCode.usage);
    expect(none.err).toContain('No answer with the id "abcd1234"');
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
