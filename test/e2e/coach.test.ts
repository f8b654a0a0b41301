import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeSpeechTool } from '../speech/fake-speech-tool.js';
import { BIN, binaryInTmux, hasTmux, until } from './tmux.js';

const start = binaryInTmux();

/** Runs the binary without a terminal. */
function cli(home: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CS_INTERVIEW_HOME: home, LANG: 'C.UTF-8', LC_ALL: '' },
  });
}

/**
 * A history where self-intro-2 scored 0 and self-intro-1 scored something,
 * through `grade` (each answer a new question; none due today).
 */
function weakHistory(): string {
  const home = mkdtempSync(join(tmpdir(), 'cs-coach-'));
  const graded = cli(
    home,
    ['grade', '-', '--json'],
    JSON.stringify({
      'self-intro-1':
        '您好，我叫小王，做过两年电商客服，熟悉淘宝后台和售后流程，擅长安抚情绪、耐心倾听，能承受大促压力，希望在阿里把服务做得更好。',
      'self-intro-2': '嗯',
    }),
  );
  expect(graded.status, graded.stderr).toBe(0);
  return home;
}

describe.skipIf(!hasTmux)('practise what you are weak at (tmux)', () => {
  it('drill --weakest 2 asks the weakest question first, whatever the schedule says', async () => {
    const home = weakHistory();
    const t = start('drill --weakest 2 --time 60', { env: { CS_INTERVIEW_HOME: home } });
    const screen = await t.waitFor('第 1/2 题');
    expect(screen).toContain('练你最弱的 2 道题');
    expect(screen).toContain('你为什么选择加入阿里巴巴');
    expect(screen).not.toContain('请用3分钟时间进行自我介绍');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('review with nothing due offers the weakest questions and starts them on Enter', async () => {
    const home = weakHistory();
    const t = start('review --new 0 --time 60', { env: { CS_INTERVIEW_HOME: home } });
    const screen = await t.waitFor('现在就开始练吗？');
    expect(screen).toContain('现在没有到期要复习的题目');
    expect(screen).toContain('cs-interview drill --weakest 2');
    t.press('Enter');
    await t.waitFor('第 1/2 题');
    expect(t.screen()).toContain('你为什么选择加入阿里巴巴');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('review with nothing due, answered n, ends there', async () => {
    const home = weakHistory();
    const t = start('review --new 0', { env: { CS_INTERVIEW_HOME: home } });
    await t.waitFor('现在就开始练吗？');
    t.type('n');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).not.toContain('第 1/');
  });

  it('history clear asks and answers in Chinese, and keeps the history on n', async () => {
    const home = weakHistory();
    const t = start('history clear', { env: { CS_INTERVIEW_HOME: home } });
    const screen = await t.waitFor('确定删除全部作答记录');
    // The prompt wraps its message at the width itself.
    expect(screen.replace(/\n/g, '')).toMatch(/（y\s*是 \/ n 否，直接按 Enter 为否）/);
    t.type('好的');
    t.press('Enter');
    await t.waitFor('请输入 y（是）或 n（否）');
    t.press('BSpace', 'BSpace');
    t.type('否');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('没有删除，记录都还在。');
    expect(t.screen()).not.toMatch(/\bNo\b|\bYes\b/);
    expect(cli(home, ['history']).stdout).toContain('共 2 条');
  });
});

describe.skipIf(!hasTmux)('practice --resume (tmux)', () => {
  const bank = fileURLToPath(new URL('../fixtures/banks/valid', import.meta.url));

  it('keeps --time and --oral, and the Ctrl+C summary says how to resume on one line, counting what was answered', async () => {
    const first = start(`practice --bank ${bank} --time 45 --oral`, { width: 120 });
    await first.waitFor('准备好了按 Enter 开始');
    first.press('Enter');
    await first.waitFor('剩余 00:4');
    first.press('Enter');
    await first.waitFor('勾选你刚才说到的要点');
    first.press('a', 'Enter');
    await first.waitFor('按 Enter 继续');
    first.press('Enter');
    await first.waitFor('第 2/3 题');
    first.press('C-c');
    expect(await first.exitCode()).toBe(130);
    const summary = first.screen();
    expect(summary).toContain('面试已中断');
    // One question of 5 points answered, all its points ticked: 5/5, not 5/22.5.
    expect(summary).toMatch(/总分\s+5\/5\b/);
    expect(summary).not.toContain('/22.5');
    const command = `cs-interview practice --resume --bank ${bank}`;
    expect(first.rows().some((row) => row.includes(command))).toBe(true);

    const resumed = start(`practice --bank ${bank} --resume`, {
      width: 120,
      env: { CS_INTERVIEW_HOME: first.home },
    });
    await resumed.waitFor('准备好了按 Enter 开始');
    resumed.press('Enter');
    await resumed.waitFor('第 2/3 题');
    // Still aloud and still 45 s, though this command line named neither.
    const screen = await resumed.waitFor('请开口作答');
    expect(screen).toMatch(/剩余 00:4\d/);
    resumed.press('C-c');
    expect(await resumed.exitCode()).toBe(130);
  });

  it('keeps --no-follow-ups: the resumed questions are not followed up either', async () => {
    // A one-line answer to self-intro-2 misses the points its follow-ups probe
    // (`after`), so with follow-ups on it would be followed up.
    const first = start('practice --no-follow-ups --time 60', { width: 120, height: 40 });
    await first.waitFor('准备好了按 Enter 开始');
    first.press('Enter');
    await first.waitFor('剩余 00:');
    first.type('我叫小王，做过一年客服。');
    first.press('Enter', 'Enter');
    await first.waitFor('你给自己打几分');
    first.press('Enter');
    await first.waitFor('第 2/16 题');
    first.press('C-c');
    expect(await first.exitCode()).toBe(130);

    const resumed = start('practice --resume', {
      width: 120,
      height: 40,
      env: { CS_INTERVIEW_HOME: first.home },
    });
    await resumed.waitFor('准备好了按 Enter 开始');
    resumed.press('Enter');
    await resumed.waitFor('第 2/16 题');
    await resumed.waitFor('剩余 00:');
    resumed.type('我觉得客服就是要耐心。');
    resumed.press('Enter', 'Enter');
    const screen = await resumed.waitFor('你给自己打几分');
    expect(screen).not.toMatch(/追问 \d\/\d/);
    resumed.press('C-c');
    expect(await resumed.exitCode()).toBe(130);
    const records = readFileSync(join(first.home, 'history.jsonl'), 'utf8');
    expect(records).not.toContain('"kind":"follow-up"');
  });
});

describe.skipIf(!hasTmux)('the countdown and colours (tmux)', () => {
  it('TERM=dumb gets no SGR code at all: no colour, bold or dim', async () => {
    const dumb = start('drill 2 --count 1 --time 60', { env: { TERM: 'dumb' } });
    await dumb.waitFor('剩余 00:');
    expect(dumb.styledScreen()).not.toContain('\u001b[');
    dumb.press('C-c');
    // The same screen in a colour terminal has them, so the capture would show them.
    const colour = start('drill 2 --count 1 --time 60');
    await colour.waitFor('剩余 00:');
    expect(colour.styledScreen()).toContain('\u001b[');
  });

  it('in English the clock reads "00:12 left", and NO_COLOR marks the last 10 seconds with text', async () => {
    const t = start('drill 2 --count 1 --time 12 --lang en', { env: { NO_COLOR: '1' } });
    await t.waitFor(/00:1\d left/);
    expect(t.screen()).not.toMatch(/left \d\d:\d\d/);
    expect(t.screen()).not.toContain('left !!');
    await t.waitFor('00:09 left !!');
    t.press('C-c');
  });
});

describe.skipIf(!hasTmux)('--speak (tmux)', () => {
  it('reads the question aloud through the speech tool, the text on its standard input', async () => {
    const { dir, heard } = fakeSpeechTool();
    const t = start('drill 2 --count 1 --speak --time 30', {
      env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
    });
    await t.waitFor('请开口作答');
    const said = await until(
      () => (existsSync(heard) ? JSON.parse(readFileSync(heard, 'utf8')) : undefined),
      () => 'the speech tool to be run',
    );
    expect(said.args).toEqual(['-v', 'cmn', '--stdin']);
    expect(said.text).toBe('客户投诉商品质量，但商品页面描述与实际不符，你会如何安抚并解决？');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('says clearly when no speech tool is installed, before anything starts', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cs-nospeech-'));
    const t = start('drill 2 --count 1 --speak', { env: { PATH: empty } });
    const screen = await t.waitFor('__EXIT=');
    expect(screen).toContain('--speak 需要朗读工具 espeak-ng，但没有安装');
    expect(screen).not.toContain('第 1/');
    expect(await t.exitCode()).toBe(2);
  });
});

describe('without a terminal', () => {
  it('review with nothing due prints the offer and the command, and asks nothing', () => {
    const home = weakHistory();
    const r = cli(home, ['review', '--new', '0']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('现在没有到期要复习的题目');
    expect(r.stdout).toMatch(/最弱的 2 道题：cs-interview drill --weakest 2\n/);
    expect(r.stdout).not.toContain('现在就开始练吗');
  });

  it('review caps new questions per day, over every run: those graded today count', () => {
    const home = weakHistory();
    const capped = cli(home, ['review', '--new', '2']);
    expect(capped.status).toBe(0);
    expect(capped.stdout).toContain('今天已经加入了 2 道新题');
    // One more allowed today: there is a question to ask, and this needs a terminal.
    const room = cli(home, ['review', '--new', '3']);
    expect(room.status).toBe(2);
    expect(room.stderr).toContain('需要在交互式终端中运行');
  });

  it('drill needs a section or --weakest', () => {
    const home = weakHistory();
    const r = cli(home, ['drill']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--weakest N');
  });

  it('history clear --yes on an empty history says there was nothing to delete', () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-coach-'));
    const r = cli(home, ['history', 'clear', '--yes']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('没有作答记录可删除');
    expect(r.stdout).not.toContain('已删除');
    const full = weakHistory();
    expect(cli(full, ['history', 'clear', '--yes']).stdout).toContain('已删除作答记录');
  });
});
