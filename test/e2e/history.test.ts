import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, exited, hasTmux, type TmuxSession } from './tmux.js';

const BANK = fileURLToPath(new URL('../fixtures/banks/valid', import.meta.url));
const PRACTICE = `practice --bank ${BANK} --time 60`;

const run = binaryInTmux();
function start(args: string, home?: string): TmuxSession {
  return run(args, home ? { env: { CS_INTERVIEW_HOME: home } } : {});
}

function records(home: string): { kind: string; question?: string; text?: string }[] {
  return readFileSync(join(home, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** `practice` waits for Enter before the clock starts. */
async function pressStart(t: TmuxSession): Promise<void> {
  await t.waitFor('准备好了按 Enter 开始');
  t.press('Enter');
}

/** Answers the first question and stops typing in the middle of the second. */
async function answerFirstAndStartSecond(t: TmuxSession): Promise<void> {
  await pressStart(t);
  await t.waitFor('第 1/3 题');
  t.type('您好，我有两年电商客服经验，处理过很多售后问题。');
  t.press('Enter', 'Enter');
  await t.waitFor('你给自己打几分');
  t.press('Enter');
  await t.waitFor('第 2/3 题');
  t.type('写了一半的回答');
  await t.waitFor('写了一半的回答');
}

describe.skipIf(!hasTmux)('history survives interruptions (tmux)', () => {
  it('Ctrl+C mid-answer keeps the earlier answer and the draft; --resume continues there and sums the whole interview', async () => {
    const first = start(PRACTICE);
    await answerFirstAndStartSecond(first);
    first.press('C-c');
    expect(await first.exitCode()).toBe(130);
    const home = first.home;
    expect(records(home).map((r) => r.kind)).toEqual([
      'session-start',
      'attempt',
      'draft',
      'session-end',
    ]);

    // Leaving at the ready prompt records nothing.
    const note = start(PRACTICE, home);
    await note.waitFor('上次的模拟面试还没完成（已答 1/3 题）');
    note.press('C-c');

    const resumed = start(`${PRACTICE} --resume`, home);
    await resumed.waitFor('已答 1/3 题');
    await pressStart(resumed);
    await resumed.waitFor('第 2/3 题');
    // The draft is put back right after the first frame.
    await resumed.waitFor('› 写了一半的回答');
    resumed.type('，现在补完：我想帮客户解决问题。');
    resumed.press('Enter', 'Enter');
    await resumed.waitFor('你给自己打几分');
    resumed.press('Enter');
    await resumed.waitFor('第 3/3 题');
    resumed.type('先道歉安抚客户，再核实订单。');
    resumed.press('Enter', 'Enter');
    // This question's rating prompt (7.5 points), not the one still on the screen above: an
    // Enter sent before it appears is typeahead, and the prompt drops it.
    await resumed.waitFor('你给自己打几分？（0–7.5');
    resumed.press('Enter');
    const screen = await resumed.waitFor('面试小结');
    expect(screen).toContain('已答 3/3 题');
    expect(await resumed.exitCode()).toBe(0);
    const answered = records(home).filter((r) => r.kind === 'attempt');
    expect(answered.map((r) => r.question)).toEqual(['greeting-1', 'greeting-2', 'complaints-1']);
    expect(answered[1]?.text).toBe('写了一半的回答，现在补完：我想帮客户解决问题。');
  });

  it('a drill stopped mid-answer says how to go on; drill --resume puts the draft back with its limit', async () => {
    const first = start(`drill 1 --bank ${BANK} --time 45 --no-follow-ups`);
    await first.waitFor('第 1/');
    first.type('您好，我做过一年客服');
    await first.waitFor('› 您好，我做过一年客服');
    first.press('C-c');
    // Without the command the draft could not be reached again: a drill never read it back.
    const screen = await first.waitFor('写到一半的回答已存为草稿，下次接着答：');
    expect(screen).toContain('cs-interview drill --resume');
    expect(await first.exitCode()).toBe(130);

    // Nothing of the other commands is offered as this one's to resume.
    const review = start(`review --resume --bank ${BANK}`, first.home);
    await review.waitFor('没有未完成的复习可以继续');
    expect(await review.exitCode()).toBe(0);

    const resumed = start(`drill --resume --bank ${BANK}`, first.home);
    await resumed.waitFor('继续上次未完成的练习：已答 0/');
    await pressStart(resumed);
    // The limit the drill began with (--time 45), not the question's own.
    await resumed.waitFor('限时 00:45');
    await resumed.waitFor('› 您好，我做过一年客服');
    resumed.type('，也处理过售后。');
    resumed.press('Enter', 'Enter');
    await resumed.waitFor('你给自己打几分');
    resumed.press('Enter');
    resumed.press('C-c');
    expect(await resumed.exitCode()).toBe(130);
    const answered = records(first.home).filter((r) => r.kind === 'attempt');
    expect(answered.map((r) => r.text)).toEqual(['您好，我做过一年客服，也处理过售后。']);
  });

  it('Ctrl+C before the first question records nothing, so nothing is left to resume', async () => {
    const t = start(PRACTICE);
    await t.waitFor('模拟面试：2 个部分，3 道题，满分 22.5 分，各题限时合计约 3 分钟');
    await t.waitFor('准备好了按 Enter 开始');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(existsSync(join(t.home, 'history.jsonl'))).toBe(false);
  });

  it.each([
    ['Ctrl+C', (t: TmuxSession) => t.press('C-c')],
    ['a closed terminal', (t: TmuxSession) => t.kill()],
  ])('an answer graded but not yet self-rated is kept after %s', async (_how, stop) => {
    const t = start(PRACTICE);
    await pressStart(t);
    await t.waitFor('第 1/3 题');
    t.type('您好，我有两年电商客服经验，处理过很多售后问题。');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    const pid = t.commandPid();
    stop(t);
    await exited(pid);
    const attempts = records(t.home).filter((r) => r.kind === 'attempt');
    expect(attempts.map((r) => r.question)).toEqual(['greeting-1']);
  });

  it('a closed terminal (SIGHUP) keeps the draft too, and the tool starts again cleanly', async () => {
    const t = start(PRACTICE);
    await answerFirstAndStartSecond(t);
    const home = t.home;
    const pid = t.commandPid();
    t.kill();
    await exited(pid);
    expect(records(home).map((r) => r.kind)).toEqual([
      'session-start',
      'attempt',
      'draft',
      'session-end',
    ]);
    const resumed = start(`${PRACTICE} --resume`, home);
    await pressStart(resumed);
    await resumed.waitFor('› 写了一半的回答');
  });

  it('SIGKILL loses only the answer being typed', async () => {
    const t = start(PRACTICE);
    await answerFirstAndStartSecond(t);
    process.kill(t.commandPid(), 'SIGKILL');
    await t.waitFor(/__EXIT=137/);
    const home = t.home;
    expect(records(home).map((r) => r.kind)).toEqual(['session-start', 'attempt']);
    const history = spawnSync(process.execPath, [BIN, 'history', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, CS_INTERVIEW_HOME: home },
    });
    expect(history.status).toBe(0);
    expect(JSON.parse(history.stdout).attempts).toHaveLength(1);
    const resumed = start(`${PRACTICE} --resume`, home);
    await pressStart(resumed);
    await resumed.waitFor('第 2/3 题');
  });
});
