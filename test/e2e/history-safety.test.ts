import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/store/record-line.js';
import { BIN, binaryInTmux, hasTmux, type TmuxSession } from './tmux.js';

// Part 3 of issue 8: nothing the candidate did is lost, and nothing from the
// log steers the terminal. Each test fails without its fix.

const BANK = fileURLToPath(new URL('../fixtures/banks/valid', import.meta.url));
const PRACTICE = `practice --bank ${BANK} --time 60`;

const run = binaryInTmux();
const start = (args: string, home?: string): TmuxSession =>
  run(args, home ? { env: { CS_INTERVIEW_HOME: home } } : {});

interface Line {
  kind: string;
  question?: string;
  text?: string;
  attempt?: string;
  id?: string;
  self_score?: number | null;
}

function records(home: string): Line[] {
  const file = join(home, 'history.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const kinds = (home: string) => records(home).map((r) => r.kind);

function cli(home: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CS_INTERVIEW_HOME: home, LANG: 'C.UTF-8' },
  });
}

async function pressStart(t: TmuxSession): Promise<void> {
  await t.waitFor('准备好了按 Enter 开始');
  t.press('Enter');
}

/** Types an answer to question `n` of 3 and submits it; the rating prompt is then on screen. */
async function answer(t: TmuxSession, n: number, text: string): Promise<void> {
  const prompts = (s: string) => s.split('你给自己打几分').length;
  const before = prompts(await t.waitFor(`第 ${n}/3 题`));
  t.type(text);
  t.press('Enter', 'Enter');
  await t.waitFor((s) => prompts(s) > before);
}

describe.skipIf(!hasTmux)('answers are saved the moment they are graded (tmux)', () => {
  it('SIGKILL at the rating prompt keeps the graded answer', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await answer(t, 1, '您好，我有两年电商客服经验，处理过很多售后问题。');
    process.kill(t.commandPid(), 'SIGKILL');
    await t.waitFor(/__EXIT=137/);
    expect(kinds(t.home)).toEqual(['session-start', 'attempt']);
    expect(records(t.home)[1]).toMatchObject({ question: 'greeting-1', self_score: null });
  });

  it('a self-rating is a later record, and history, stats and resume combine it', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await answer(t, 1, '您好，我有两年电商客服经验，处理过很多售后问题。');
    t.type('4');
    t.press('Enter');
    await answer(t, 2, '我想帮客户解决问题。');
    // SIGINT as a signal (kill -INT), at the rating prompt of the second answer.
    process.kill(t.commandPid(), 'SIGINT');
    expect(await t.exitCode()).toBe(130);
    const log = records(t.home);
    expect(log.map((r) => r.kind)).toEqual([
      'session-start',
      'attempt',
      'rating',
      'attempt',
      'session-end',
    ]);
    expect(log[2]).toMatchObject({ attempt: log[1]?.id, self_score: 4 });
    const history = JSON.parse(cli(t.home, 'history', '--json').stdout);
    expect(history.attempts.map((a: Line) => [a.question, a.self_score])).toEqual([
      ['greeting-1', 4],
      ['greeting-2', null],
    ]);
    const stats = JSON.parse(cli(t.home, 'stats', '--json', '--bank', BANK).stdout);
    expect(stats.attempts).toBe(2);
    expect(stats.sessions[0].score).toBeGreaterThanOrEqual(4);
    const resumed = start(`${PRACTICE} --resume`, t.home);
    await resumed.waitFor('已答 2/3 题');
    await pressStart(resumed);
    await answer(resumed, 3, '先道歉安抚客户，再核实订单。');
    resumed.press('Enter');
    const screen = await resumed.waitFor('面试小结');
    expect(screen).toContain('已答 3/3 题');
    // The rating of the first answer, given before the interruption, still counts.
    expect(screen).toContain('1 题用了自评');
  });

  it('kill -INT mid-answer keeps the draft and ends the session', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await t.waitFor('第 1/3 题');
    t.type('写了一半的回答');
    await t.waitFor('写了一半的回答');
    process.kill(t.commandPid(), 'SIGINT');
    expect(await t.exitCode()).toBe(130);
    expect(kinds(t.home)).toEqual(['session-start', 'draft', 'session-end']);
    expect(records(t.home)[1]?.text).toBe('写了一半的回答');
  });
});

describe.skipIf(!hasTmux)('the history under a running session (tmux)', () => {
  it('history clear during a session: the later answers are in the new history', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await answer(t, 1, '您好，我有两年电商客服经验。');
    t.press('Enter');
    await t.waitFor('第 2/3 题');
    const cleared = cli(t.home, 'history', 'clear', '--yes');
    expect(cleared.status).toBe(0);
    expect(existsSync(join(t.home, 'history.jsonl'))).toBe(false);
    await answer(t, 2, '我想帮客户解决问题。');
    t.press('Enter');
    await t.waitFor('第 3/3 题');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    const log = records(t.home);
    expect(log.map((r) => r.kind)).toEqual(['session-start', 'attempt', 'session-end']);
    expect(log[1]?.question).toBe('greeting-2');
    // The session's start was written again first, so the interview can still be resumed.
    const resumed = start(`${PRACTICE} --resume`, t.home);
    await resumed.waitFor('已答 1/3 题');
  });

  it('a save that fails mid-session is said, named, and exits 74', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await t.waitFor('第 1/3 题');
    // The log becomes a folder: every later write fails.
    rmSync(join(t.home, 'history.jsonl'));
    mkdirSync(join(t.home, 'history.jsonl'));
    await answer(t, 1, '您好，我有两年电商客服经验。');
    expect(t.screen()).toContain('这次的回答没有保存');
    t.press('Enter');
    await t.waitFor('第 2/3 题');
    t.press('C-c');
    await t.waitFor('已答 1/3 题');
    // The line after the count: drawn a moment later, so waited for, not read at once.
    const screen = await t.waitFor('以下 1 道题的回答（或自评）没有保存：greeting-1');
    expect(screen).toContain('已答 1/3 题');
    expect(await t.exitCode()).toBe(74);
  });

  it('drill, whose history opens after its first question is drawn: an unwritable one is said at once, exit 74', async () => {
    const t = start('true');
    await t.exitCode();
    // A file where the data folder should be: the history cannot be made.
    const home = join(t.home, 'blocked');
    writeFileSync(home, '');
    const d = start(`drill 1 --bank ${BANK} --time 60`, join(home, 'inside'));
    // Said before anything is typed: no answer is written only to be lost.
    const screen = await d.waitFor('这次的回答没有保存');
    expect(screen).toContain('无法写入历史记录文件');
    expect(await d.exitCode()).toBe(74);
  });

  it('--no-save: practice and drill do not touch the history; review reads it, and goes on without an unreadable one', async () => {
    const t = start('true');
    // A FIFO: a read is refused (opened blocking, it would hang), so any attempt shows.
    execFileSync('mkfifo', [join(t.home, 'history.jsonl')]);
    const practice = start(`${PRACTICE} --no-save`, t.home);
    const before = await practice.waitFor('准备好了按 Enter 开始');
    expect(before).not.toContain('不用历史记录继续');
    practice.press('C-c');
    expect(await practice.exitCode()).toBe(130);

    const drill = start(`drill 1 --bank ${BANK} --no-save`, t.home);
    const asked = await drill.waitFor('第 1/');
    expect(asked).not.toContain('不用历史记录继续');
    drill.press('C-c');
    expect(await drill.exitCode()).toBe(130);

    // Review must read the history to know what is due.
    const review = start(`review --bank ${BANK} --no-save`, t.home);
    const screen = await review.waitFor('第 1/');
    expect(screen).toContain('已加 --no-save，不用历史记录继续');
    review.press('C-c');
    expect(await review.exitCode()).toBe(130);
  });
});

describe.skipIf(!hasTmux)('texts from the log reach the terminal neutralised (tmux)', () => {
  it('practice --resume draws a forged draft with its escapes shown, not obeyed', async () => {
    const t = start('true');
    const at = new Date().toISOString();
    const base = { v: 1 as const, at, session: 'forged' };
    const hostile = '前\u001b]52;c;cHduZWQ=\u0007中\u001b]2;PWNED\u0007\u001b[2J后\u202e';
    writeFileSync(
      join(t.home, 'history.jsonl'),
      [
        encodeRecord({
          ...base,
          id: 'f1',
          kind: 'session-start',
          command: 'practice',
          bank: BANK,
          plan: ['greeting-1', 'greeting-2', 'complaints-1'],
        }),
        encodeRecord({
          ...base,
          id: 'f2',
          kind: 'draft',
          bank: BANK,
          question: 'greeting-1',
          text: hostile,
          elapsed_ms: 1000,
        }),
        '',
      ].join('\n'),
    );
    const resumed = start(`${PRACTICE} --resume`, t.home);
    await pressStart(resumed);
    const screen = await resumed.waitFor('前\\x1b]52;c;cHduZWQ=\\x07中');
    expect(screen).toContain('\\x1b]2;PWNED\\x07\\x1b[2J后\\u202e');
    expect(screen).toContain('第 1/3 题');
    const title = execFileSync('tmux', ['-L', resumed.socket, 'display', '-p', '#{pane_title}'], {
      encoding: 'utf8',
    });
    expect(title).not.toContain('PWNED');
  });

  it('typed C1 controls and bidi overrides are stored as escapes', async () => {
    const t = start(PRACTICE);
    await pressStart(t);
    await t.waitFor('第 1/3 题');
    t.type('您好\u202e反转\u009b2J');
    await t.waitFor('您好');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    const draft = records(t.home).find((r) => r.kind === 'draft');
    expect(draft?.text).toBeDefined();
    expect(draft?.text).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
  });
});
