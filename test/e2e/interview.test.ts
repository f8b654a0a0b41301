import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, binaryInTmux, hasTmux } from './tmux.js';

// CI installs tmux (.ci/run); elsewhere a missing tmux skips these, loudly.
if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();

describe.skipIf(!hasTmux)('the built binary in a real terminal (tmux)', () => {
  it('types Chinese, ticks the countdown, submits with Enter Enter and shows the feedback', async () => {
    const t = start('drill 2 --count 1 --time 90 --no-follow-ups');
    await t.waitFor('剩余 01:');
    t.type('非常抱歉让您失望了，请提供订单号');
    await t.waitFor('请提供订单号');
    await t.waitForTick();
    t.press('Enter');
    t.type('我马上核实，按规则给您退款');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.type('8');
    t.press('Enter');
    const screen = await t.waitFor('面试小结');
    expect(screen).toContain('参考答案');
    expect(screen).toMatch(/总分\s+8\/10/);
    expect(screen).toContain('1 题用了自评');
    expect(screen).toContain('解析');
    expect(screen).toContain('✓ 先共情安抚');
    expect(screen).toMatch(/✗ /);
    expect(screen).toContain('非常抱歉让您失望了，请提供订单号');
    expect(screen).toContain('我马上核实，按规则给您退款');
    expect(await t.exitCode()).toBe(0);
  });

  it('submits what was typed when the time runs out, unfinished line included', async () => {
    const t = start('drill 2 --count 1 --time 3 --no-follow-ups');
    await t.waitFor('剩余 00:0');
    t.type('第一行');
    t.press('Enter');
    t.type('没写完的一行');
    // The shortest limit that leaves time to type: the wait is for the screen.
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    const screen = await t.waitFor('面试小结');
    expect(screen).toContain('时间到');
    expect(screen).toContain('没写完的一行');
    expect(screen).toContain('参考答案');
    expect(await t.exitCode()).toBe(0);
  });

  it('Ctrl+C mid-answer prints the summary of what was answered and exits 130', async () => {
    const t = start('drill 3 --count 4 --time 60 --no-follow-ups');
    await t.waitFor('剩余 01:00');
    t.type('我会先听客户说完，确认他的诉求');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    await t.waitFor('第 2/4 题');
    t.type('先拒绝');
    t.press('C-c');
    const screen = await t.waitFor('面试已中断');
    expect(screen).toContain('已答 1/4 题');
    expect(await t.exitCode()).toBe(130);
  });

  it('Ctrl+C mid-answer in practice says the answer being typed is kept for --resume', async () => {
    const t = start('practice --no-follow-ups', { width: 80, height: 24 });
    await t.waitFor('准备好了按 Enter 开始');
    t.press('Enter');
    await t.waitFor('第 1/');
    t.type('写到一半的自我介绍');
    await t.waitFor('› 写到一半的自我介绍');
    t.press('C-c');
    // "No question was answered yet" alone reads as if the text were lost.
    const screen = await t.waitFor('写到一半的回答已存为草稿，下次接着答：');
    expect(screen).toContain('cs-interview practice --resume');
    expect(await t.exitCode()).toBe(130);
  });

  it('oral mode: countdown, Enter when done, tick the key points said, score from the ticks', async () => {
    const t = start('drill 2 --count 1 --oral --time 30 --no-follow-ups');
    await t.waitFor('剩余 00:');
    expect(t.screen()).toContain('大声说出你的回答');
    t.press('Enter');
    await t.waitFor('勾选你刚才说到的要点');
    t.press('Space', 'Down', 'Space', 'Enter');
    const screen = await t.waitFor('面试小结');
    expect(screen).toContain('参考答案');
    expect(screen).toContain('✓ 先共情安抚');
    expect(screen).toContain('✓ 核实订单与证据');
    expect(screen).toContain('✗ 跟进闭环');
    expect(screen).toMatch(/要点 2\/5 · 得分 4 \/ 10 · 用时 00:0\d \/ 00:30/);
    expect(await t.exitCode()).toBe(0);
  });

  it('keeps the cursor right after a wrapped line of Chinese at 40 columns', async () => {
    const t = start('drill 1 --count 1 --no-timer --no-follow-ups', { width: 40, height: 30 });
    await t.waitFor('›');
    const typed = '客户投诉商品质量我先道歉再核实订单号和照片最后确认满意';
    t.type(typed);
    await t.waitFor((s) => s.replace(/\n/g, '').includes('最后确认满意'));
    const rows = t.rows();
    const cursor = t.cursor();
    // The row the cursor is on ends with the last character typed, and the
    // cursor stands right after it (a Chinese character is two columns).
    const row = rows[cursor.y] ?? '';
    expect(row.trimEnd().endsWith('满意')).toBe(true);
    const before = row.slice(0, row.trimEnd().length);
    const width = [...before].reduce(
      (n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1),
      0,
    );
    expect(cursor.x).toBe(width);
  });

  it('inserts a chunk typed in the middle of a line where the cursor is', async () => {
    const t = start('drill 1 --count 1 --no-timer --no-follow-ups');
    await t.waitFor('›');
    t.type('你好世界');
    await t.waitFor('你好世界');
    t.press('Left');
    t.type('中文');
    await t.waitFor('你好世中文界');
  });
});

describe('without a terminal', () => {
  it('practice exits 2 and points to grade and answers', () => {
    const r = spawnSync(process.execPath, [BIN, 'practice'], {
      input: 'hello\n',
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('grade');
  });

  it('answers piped into a file carries no escape codes', () => {
    const r = spawnSync(process.execPath, [BIN, 'answers'], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: undefined },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('四、行业与地域针对性问题');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('stops quietly when the reader of a pipe goes away (answers | true)', () => {
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `'${process.execPath}' ${BIN} answers --lang en | true`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
