import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryInTmux, hasTmux, type TmuxSession } from './tmux.js';

// Hostile use of a real terminal: huge pastes, multi-line pastes, resizes, a
// question taller than the window. Needs the built binary (`npm run build`).

if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();

/** The attempts saved in a session's history, oldest first. */
function attempts(home: string): { text: string }[] {
  return readFileSync(join(home, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { kind: string; text: string })
    .filter((r) => r.kind === 'attempt');
}

/** `n` characters of mixed Chinese, ASCII and punctuation, no spaces or newlines, with a marked end. */
function pasteText(n: number): string {
  const pieces = '您好我理解您的心情请提供订单号abcXYZ0123，。！？';
  const chars = Array.from({ length: n - 3 }, (_, i) => pieces[i % pieces.length]);
  return `${chars.join('')}【完】`.slice(0, n);
}

/** Sends a text as a few large chunks, as a terminal sends a paste. */
function paste(t: TmuxSession, text: string, chunks = 4): void {
  const size = Math.ceil(text.length / chunks);
  for (let i = 0; i < text.length; i += size) t.type(text.slice(i, i + size));
}

/** Resizes the session's window, as a user dragging the terminal's edge. */
function resize(t: TmuxSession, width: number): void {
  execFileSync('tmux', ['-L', t.socket, 'resize-window', '-x', String(width)]);
}

/** Counts the rows of the visible screen that satisfy `test`. */
const countRows = (rows: string[], test: RegExp) => rows.filter((r) => test.test(r)).length;

const HELP = /Enter 换行/;
const HELP_TEXT =
  'Enter 换行 · 空行按 Enter 或 Ctrl+D 提交 · ↑↓←→ 移动 · Ctrl+Z 撤销 · Ctrl+G 全部按键';
/** The screen without spaces and line breaks: a wrapped answer line's rows are indented. */
const flat = (s: string) => s.replace(/\s/g, '');

describe.skipIf(!hasTmux)('terminal abuse (tmux)', () => {
  it('a 10,000-character paste is drawn and saved whole', async () => {
    const t = start('drill 2 --count 1 --no-timer --no-follow-ups');
    await t.waitFor('›');
    const text = pasteText(10_000);
    expect(text).toHaveLength(10_000);
    paste(t, text);
    // The end of the paste on the screen: the prompt kept up with it.
    await t.waitFor('【完】');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(attempts(t.home).map((a) => a.text)).toEqual([text]);
  });

  it('a multi-line paste (lines ended by CR, as a terminal sends Enter) is kept whole', async () => {
    const t = start('drill 2 --count 1 --no-timer --no-follow-ups');
    await t.waitFor('›');
    const lines = [
      '第一行：非常抱歉让您久等',
      'second line, ASCII only',
      '第三行😀与 emoji',
      '最后一行',
    ];
    t.type(lines.join('\r'));
    await t.waitFor('最后一行');
    // Not submitted by the line ends inside the paste.
    expect(t.screen()).not.toContain('你给自己打几分');
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(attempts(t.home).map((a) => a.text)).toEqual([lines.join('\n')]);
  });

  it('a resize during a question leaves one countdown, one help line and one question header', async () => {
    const t = start('drill 2 --count 1 --time 300 --no-follow-ups', { width: 90, height: 40 });
    await t.waitFor('剩余 0');
    t.type('非常抱歉让您失望了，请提供订单号');
    await t.waitFor('请提供订单号');
    resize(t, 50);
    await t.waitForTick();
    t.type('我马上核实');
    await t.waitFor((s) => s.replace(/\n/g, '').includes('我马上核实'));
    resize(t, 90);
    await t.waitForTick();
    t.type('，按规则退款');
    await t.waitFor((s) => s.replace(/\n/g, '').includes('按规则退款'));
    // A countdown tick redraws the prompt after the resizes.
    await t.waitForTick();
    const rows = t.rows();
    const screen = rows.join('\n');
    // Scrollback included: a resize must not leave stale copies of the prompt above it.
    const all = t.screen().split('\n');
    expect(countRows(all, /剩余 \d\d:\d\d/), all.join('\n')).toBe(1);
    expect(countRows(all, HELP), all.join('\n')).toBe(1);
    expect(countRows(all, /第 1\/1 题/), all.join('\n')).toBe(1);
    expect(countRows(rows, /剩余 \d\d:\d\d/), screen).toBe(1);
    expect(countRows(rows, HELP), screen).toBe(1);
    expect(countRows(rows, /第 1\/1 题/), screen).toBe(1);
    expect(countRows(rows, /›/), screen).toBe(1);
    // Every character typed is still there, once.
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(attempts(t.home).map((a) => a.text)).toEqual([
      '非常抱歉让您失望了，请提供订单号我马上核实，按规则退款',
    ]);
  });

  // A narrower window makes the terminal re-flow the rows of the last frame onto more rows;
  // a prompt that erased only as many rows as it had drawn left a copy of itself above the new
  // one. The answer prompt counts the reflowed rows at the new width.
  it('a resize while a wrapped answer line is being typed leaves no copy of the prompt', async () => {
    const t = start('drill 2 --count 1 --time 300 --no-follow-ups', { width: 90, height: 30 });
    await t.waitFor('剩余 0');
    t.type('第一行回答');
    t.press('Enter');
    const long = '非常抱歉让您失望了请提供订单号'.repeat(5);
    t.type(long);
    await t.waitFor((s) => flat(s).includes(long));
    resize(t, 50);
    await t.waitForTick();
    t.type('ABC');
    await t.waitFor((s) => flat(s).includes(`${long}ABC`));
    resize(t, 90);
    await t.waitForTick();
    t.type('DEF');
    await t.waitFor((s) => flat(s).includes(`${long}ABCDEF`));
    await t.waitForTick();
    const all = t.screen().split('\n');
    expect(countRows(all, /^你的回答/), all.join('\n')).toBe(1);
    expect(countRows(all, /剩余 \d\d:\d\d/), all.join('\n')).toBe(1);
  });

  it('a question taller than the window: typing leaves the screen whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-tall-'));
    const prompt = Array.from({ length: 3000 }, (_, i) => '客户问题描述很长'[i % 8]).join('');
    writeFileSync(
      join(dir, 'tall.yaml'),
      [
        'id: tall',
        'order: 1',
        'title: 超长题目',
        'points: 10',
        'time_limit: 300',
        'questions:',
        '  - id: tall-1',
        `    prompt: ${prompt}末尾`,
        '    answer: 好的',
        '    analysis: 说明',
        '    key_points:',
        '      - point: 道歉',
        '        keywords: [抱歉]',
        '',
      ].join('\n'),
    );
    const t = start(`drill 1 --bank ${dir} --count 1 --time 300 --no-follow-ups`, {
      width: 60,
      height: 20,
    });
    await t.waitFor('剩余 0');
    t.type('非常抱歉');
    t.press('Enter');
    t.type('我马上核实订单');
    await t.waitFor('我马上核实订单');
    await t.waitForTick();
    const rows = t.rows();
    const screen = rows.join('\n');
    // Below the input line there is only the help text (wrapped between its items, the
    // separator dropped at a break), nothing else.
    const input = rows.findIndex((r) => r.includes('›'));
    expect(rows[input], screen).toBe('› 我马上核实订单');
    const below = rows
      .slice(input + 1)
      .filter((r) => r.trim() !== '')
      .join(' · ')
      .replace(/\s/g, '');
    expect(below, screen).toBe(HELP_TEXT.replace(/\s/g, ''));
    expect(rows[input - 1], screen).toBe('  非常抱歉');
    // Scrollback included: the question is printed once, not once per redraw.
    const all = t.screen();
    expect(all.split('末尾').length - 1, all).toBe(1);
    expect(all.split('你的回答').length - 1, all).toBe(1);
    expect(countRows(rows, /›/), screen).toBe(1);
    expect(countRows(rows, HELP), screen).toBe(1);
    expect(countRows(rows, /剩余 \d\d:\d\d/), screen).toBeLessThanOrEqual(1);
    t.press('Enter', 'Enter');
    await t.waitFor('你给自己打几分');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(attempts(t.home).map((a) => a.text)).toEqual(['非常抱歉\n我马上核实订单']);
  });
});
