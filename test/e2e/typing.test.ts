import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux } from './tmux.js';

// `typing` in a real terminal: speed counted from what is committed (input-method chunks), the
// countdown in view at 80×24, Ctrl+C, and `--reply`. Needs the built binary (`npm run build`).

if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();

/** 48 Chinese characters with punctuation: a passage of our own, so the test knows it. */
const PASSAGE =
  '您好，请提供订单号，我马上帮您查询物流。感谢您的耐心等待，如有问题随时联系我们，我们一直都在。祝您生活愉快！';
const CHARS = Array.from(PASSAGE).slice(0, 48);

function passageFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-typing-e2e-')), 'passage.txt');
  writeFileSync(file, text);
  return file;
}

function typingRecords(home: string): Record<string, unknown>[] {
  const file = join(home, 'history.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((r) => r.kind === 'typing' || r.kind === 'typing-reply');
}

/** Resolves at the moment `at` (ms since the epoch): the test's own send schedule sets the pace. */
const until = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));

const CLOCK = /剩余 \d\d:\d\d/;

describe.skipIf(!hasTmux)('typing (tmux)', () => {
  it('fed 2 characters every 1.2 s, reports 100 字/分 within 10 %', {
    timeout: 60_000,
  }, async () => {
    const text = CHARS.join('');
    const t = start(`typing --text ${passageFile(text)} --time 120`, { width: 80, height: 24 });
    await t.waitFor('等你开始打字');
    const chunks = Array.from({ length: CHARS.length / 2 }, (_, i) =>
      CHARS.slice(2 * i, 2 * i + 2).join(''),
    );
    const t0 = Date.now();
    for (const [i, chunk] of chunks.entries()) {
      await until(t0 + i * 1200);
      t.type(chunk);
    }
    expect(await t.exitCode(), t.screen()).toBe(0);
    const screen = t.screen();
    const speed = Number(/速度 (\d+) 字\/分/.exec(screen)?.[1]);
    // 48 characters over the 23 intervals between the first chunk and the last: 104 字/分.
    expect(speed).toBeGreaterThanOrEqual(90);
    expect(speed).toBeLessThanOrEqual(110);
    expect(screen).toContain('正确率 100.0%');
    expect(screen).toContain('✓ 达标：目标 50 字/分');
    const [record] = typingRecords(t.home);
    expect(record).toMatchObject({
      kind: 'typing',
      passage: 'own',
      unit: 'cpm',
      speed,
      length: 48,
      typed: 48,
      correct: 48,
      finished: true,
    });
  });

  it('counts input-method chunks as their characters, marks an error with ^, and takes Backspace', async () => {
    const text = CHARS.slice(0, 20).join('');
    const t = start(`typing --text ${passageFile(text)} --no-color`, { width: 80, height: 24 });
    await t.waitFor('等你开始打字');
    // Whole phrases at once, as an input method commits them.
    t.type(CHARS.slice(0, 4).join(''));
    await t.waitFor('4/20');
    t.type(CHARS.slice(4, 7).join(''));
    await t.waitFor('7/20');
    // A wrong phrase: 号单，我 where the passage has 单号，我 (two characters swapped).
    const wrong = [CHARS[8], CHARS[7], CHARS[9], CHARS[10]].join('');
    t.type(wrong);
    let screen = await t.waitFor('11/20');
    // Without colour, the two swapped characters are marked by ^^ under each.
    expect(screen).toMatch(/\^\^\^\^/);
    expect(screen).toMatch(/正确率 8\d%/);
    t.press('BSpace', 'BSpace', 'BSpace', 'BSpace');
    await t.waitFor('7/20');
    t.type(CHARS.slice(7, 11).join(''));
    await t.waitFor('11/20');
    t.type(CHARS.slice(11, 15).join(''));
    await t.waitFor('15/20');
    t.type(CHARS.slice(15, 18).join(''));
    await t.waitFor('18/20');
    // The last chunk is typed with one character wrong: it stays an error.
    t.type(`${CHARS[18]}错`);
    expect(await t.exitCode()).toBe(0);
    screen = t.screen();
    expect(screen).toContain('正确率 95.0%');
    expect(screen).toContain('错 1 字');
    expect(typingRecords(t.home)[0]).toMatchObject({ typed: 20, correct: 19, accuracy: 0.95 });
  });

  it('keeps the countdown in view at 80×24 with a long passage and a long text typed', async () => {
    const long = Array.from({ length: 8 }, () => PASSAGE).join('');
    const t = start(`typing --text ${passageFile(long)} --time 300`, { width: 80, height: 24 });
    await t.waitFor('等你开始打字');
    const typed = Array.from(long).slice(0, 300);
    for (let i = 0; i < typed.length; i += 4) t.type(typed.slice(i, i + 4).join(''));
    await t.waitFor('300/');
    const rows = t.rows();
    expect(
      rows.some((r) => CLOCK.test(r)),
      rows.join('\n'),
    ).toBe(true);
    expect(
      rows.some((r) => r.startsWith('打字测试')),
      rows.join('\n'),
    ).toBe(true);
    // The cursor is on the screen, in the typed text under the status row.
    const status = rows.findIndex((r) => CLOCK.test(r));
    expect(t.cursor().y).toBeGreaterThan(status);
    expect(t.cursor().y).toBeLessThan(24);
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('Ctrl+C mid-test says so, saves nothing, exits 130', async () => {
    const t = start(`typing --text ${passageFile(CHARS.join(''))}`);
    await t.waitFor('等你开始打字');
    t.type(CHARS.slice(0, 6).join(''));
    await t.waitFor('6/48');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('已中断：这次测试没有完成，成绩没有保存。');
    expect(typingRecords(t.home)).toEqual([]);
  });

  it('refuses a paste, and counts English in WPM', async () => {
    const t = start(`typing --text ${passageFile('Hello, how can I help you today?')} --lang en`);
    await t.waitFor('waiting for you to start');
    t.paste('Hello, how can I help you today?');
    await t.waitFor('A typing test cannot be pasted');
    let typed = 0;
    for (const word of ['Hello, ', 'how ', 'can ', 'I ', 'help ', 'you ', 'today']) {
      t.type(word);
      typed += word.length;
      await t.waitFor(`${typed}/32`);
    }
    t.type('?');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toMatch(/Speed \d+ WPM · accuracy 100\.0%/);
    expect(typingRecords(t.home)[0]).toMatchObject({ unit: 'wpm', typed: 32, correct: 32 });
  });

  it('--reply times the first response and checks the reply for service phrases', async () => {
    const t = start('typing --reply --time 120', { width: 80, height: 30 });
    await t.waitFor('顾客：');
    await t.waitFor(CLOCK);
    t.type('您好，非常抱歉让您久等了。请您提供一下订单号，我马上帮您查。');
    t.press('Enter');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toMatch(/首字用时 \d+\.\d 秒 · 发送用时 \d+\.\d 秒/);
    expect(screen).toMatch(/用到的服务用语：.*问候（您好）.*核实信息/);
    expect(screen).toContain('没有触碰服务红线');
    const [record] = typingRecords(t.home);
    expect(record).toMatchObject({ kind: 'typing-reply', red_flags: [] });
    expect(record?.found).toEqual(expect.arrayContaining(['greeting', 'verify']));
    expect(Number(record?.first_char_ms)).toBeLessThanOrEqual(Number(record?.send_ms));
  });

  it('--reply names a red flag', async () => {
    const t = start('typing --reply --time 120 --no-save', { width: 80, height: 30 });
    await t.waitFor(CLOCK);
    t.type('您好，您加我微信吧，我私下给您退钱。');
    t.press('C-d');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('服务红线 [off-platform]');
    expect(typingRecords(t.home)).toEqual([]);
  });
});
