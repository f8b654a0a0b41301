import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/text-width.js';
import { binaryInTmux, hasTmux, type TmuxSession } from './tmux.js';

// The answer editor in a real terminal: tall answers, editing, paste, resize, the cursor's cell,
// typeahead at the rating prompt. Needs the built binary (`npm run build`).

if (process.env.CI && !hasTmux) throw new Error('tmux is required for the end-to-end tests in CI');

const start = binaryInTmux();
const DRILL = 'drill 1 --count 1 --time 300 --no-follow-ups';

function records(home: string): { kind: string; text: string; self_score: number | null }[] {
  return readFileSync(join(home, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const attempts = (home: string) => records(home).filter((r) => r.kind === 'attempt');
/** The candidate's own scores, as the log records them after the feedback. */
const selfScores = (home: string) =>
  records(home)
    .filter((r) => r.kind === 'rating')
    .map((r) => r.self_score);

/** Fourteen lines of 45 characters, each starting with its number. */
const LINES = Array.from({ length: 14 }, (_, i) => {
  const head = `第${i + 1}行`;
  return head + '好'.repeat(45 - head.length);
});

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;
const flat = (s: string) => s.replace(/\s/g, '');
const CLOCK = /剩余 \d\d:\d\d/;

/**
 * The prompt's header at the top of the screen: once the answer fills it, the question comes
 * first (cut to two rows), then `你的回答` and the countdown.
 */
function expectHeaderOnTop(rows: string[]): void {
  const top = rows.indexOf('你的回答');
  expect(top, rows.join('\n')).toBeGreaterThanOrEqual(0);
  expect(top, rows.join('\n')).toBeLessThanOrEqual(2);
  expect(rows[top + 1]).toMatch(CLOCK);
}

async function typeLines(t: TmuxSession): Promise<void> {
  for (const [i, line] of LINES.entries()) {
    t.type(line);
    if (i < LINES.length - 1) t.press('Enter');
  }
  await t.waitFor((s) => flat(s).includes(flat(LINES[13] ?? '')));
}

/** Submits with Ctrl+D, keeps the automatic score, and waits for the run to end. */
async function submitAndFinish(t: TmuxSession): Promise<void> {
  t.press('C-d');
  await t.waitFor('你给自己打几分');
  t.press('Enter');
  expect(await t.exitCode()).toBe(0);
}

describe.skipIf(!hasTmux)('the answer editor (tmux)', () => {
  it.each([
    [80, 24],
    [40, 20],
  ])(
    'at %i×%i, fourteen 45-character lines keep the countdown in view; Up, End and typing edit line 13',
    async (width, height) => {
      const t = start(DRILL, { width, height });
      await t.waitFor(CLOCK);
      await typeLines(t);
      let rows = t.rows();
      expectHeaderOnTop(rows);
      expect(count(t.screen(), /你的回答/)).toBe(1);
      // Up by screen row: a 45-character line takes this many rows of (width − 3) columns.
      const rowsPerLine = Math.ceil(90 / (width - 3));
      for (let i = 0; i < rowsPerLine; i++) t.press('Up');
      t.press('End');
      t.type('【改】');
      await t.waitFor('【改】');
      rows = t.rows();
      expectHeaderOnTop(rows);
      expect(rows[t.cursor().y]?.trimEnd().endsWith('【改】')).toBe(true);
      await submitAndFinish(t);
      const [attempt] = attempts(t.home);
      const expected = [...LINES];
      expected[12] = `${LINES[12]}【改】`;
      expect(attempt?.text).toBe(expected.join('\n'));
      // The whole history, scrollback included: the final answer once, no frame left behind.
      const history = t.screen();
      expect(count(history, /你的回答/), history).toBe(1);
      expect(count(history, CLOCK), history).toBe(0);
      expect(count(history, /第13行/), history).toBe(1);
    },
  );

  it('keeps a bracketed paste with blank lines whole and does not submit it', async () => {
    const t = start(DRILL);
    await t.waitFor(CLOCK);
    t.type('开头：');
    const pasted = '第一段：您好\n\n第二段：非常抱歉\n\n\n第三段：我马上核实';
    t.paste(pasted);
    await t.waitFor('第三段：我马上核实');
    expect(t.screen()).not.toContain('你给自己打几分');
    t.type('。');
    await t.waitFor('我马上核实。');
    await submitAndFinish(t);
    expect(attempts(t.home)[0]?.text).toBe(`开头：${pasted}。`);
  });

  it('a resize while a tall answer is shown redraws it whole, with nothing left in the scrollback', async () => {
    const t = start(DRILL, { width: 80, height: 24 });
    await t.waitFor(CLOCK);
    await typeLines(t);
    t.resize(40, 20);
    // Redrawn at the new size: the header on the first row, every row within 40 columns.
    await t.waitFor(() => {
      const rows = t.rows();
      return rows.slice(0, 3).includes('你的回答') && rows.every((r) => displayWidth(r) <= 40);
    });
    t.type('尾');
    await t.waitFor((s) => flat(s).includes('好好尾'));
    let rows = t.rows();
    expectHeaderOnTop(rows);
    expect(rows[t.cursor().y]?.trimEnd().endsWith('尾')).toBe(true);
    t.resize(80, 24);
    t.type('声');
    await t.waitFor((s) => flat(s).includes('尾声'));
    rows = t.rows();
    expectHeaderOnTop(rows);
    await submitAndFinish(t);
    const history = t.screen();
    expect(count(history, /你的回答/), history).toBe(1);
    expect(count(history, CLOCK), history).toBe(0);
  });

  it.each([
    ['Chinese', '客户投诉商品质量我先道歉再核实订单号和照片最后确认满意'],
    ['emoji', '我先道歉✅✅✅✅✅✅✅✅✅✅再核实订单号和照片'],
    ['mixed', 'Sorry 😀 我马上 check 您的 order 订单号'],
  ])('puts the cursor right after the text at 40 columns (%s)', async (_name, typed) => {
    const t = start('drill 1 --count 1 --no-timer --no-follow-ups', { width: 40, height: 20 });
    await t.waitFor('›');
    t.type(typed);
    await t.waitFor((s) => flat(s).includes(flat(typed)));
    const cursor = t.cursor();
    const row = (t.rows()[cursor.y] ?? '').trimEnd();
    expect(flat(typed).endsWith(flat(row).slice(-2))).toBe(true);
    expect(cursor.x).toBe(displayWidth(row));
  });

  it('discards keys typed as the time runs out, before the rating prompt appears', async () => {
    const t = start('drill 2 --count 1 --time 3 --no-follow-ups');
    await t.waitFor(CLOCK);
    t.type('非常抱歉让您久等了');
    await t.waitFor('剩余 00:01');
    // Hold the program still while the time runs out and keys are typed: when it goes on, the
    // timer ends the answer before the keys are read, so they wait for the rating prompt.
    const shell = execFileSync('tmux', ['-L', t.socket, 'display', '-p', '#{pane_pid}'], {
      encoding: 'utf8',
    }).trim();
    const node = Number(execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).split('\n')[0]);
    process.kill(node, 'SIGSTOP');
    // The one wait on the clock: the deadline (under a second away) must pass while the program
    // is held; there is nothing on the screen to wait for until it goes on.
    await new Promise((r) => setTimeout(r, 1500));
    t.type('继续打字');
    t.press('Enter');
    process.kill(node, 'SIGCONT');
    await t.waitFor('你给自己打几分');
    t.type('3');
    await t.waitFor((s) => /^› 3$/m.test(s.replace(/ +$/gm, '')));
    expect(t.screen()).not.toContain('面试小结');
    t.press('Enter');
    expect(await t.exitCode()).toBe(0);
    const [attempt] = attempts(t.home);
    expect(attempt?.text).toBe('非常抱歉让您久等了');
    expect(selfScores(t.home)).toEqual([3]);
  });

  it('keys sent together with the submitting Ctrl+D do not answer the rating prompt; Ctrl+D there keeps the automatic score', async () => {
    const t = start('drill 2 --count 1 --time 120 --no-follow-ups');
    await t.waitFor(CLOCK);
    t.type('非常抱歉让您久等了，我马上核实订单');
    await t.waitFor('我马上核实订单');
    // Submit and, in the same breath, a stray Enter: it must not answer the rating prompt.
    t.pressTogether('C-d', 'Enter', '9', 'Enter');
    await t.waitFor('你给自己打几分');
    // The prompt is still waiting, its line empty: a key typed now is the only one in it.
    t.type('3');
    await t.waitFor((s) => /^› 3$/m.test(s.replace(/ +$/gm, '')));
    expect(t.screen()).not.toContain('面试小结');
    t.press('BSpace');
    await t.waitFor((s) => /^›$/m.test(s.replace(/ +$/gm, '')));
    t.press('C-d');
    const screen = await t.waitFor('面试小结');
    expect(screen).not.toContain('用了自评');
    expect(await t.exitCode()).toBe(0);
    expect(attempts(t.home)[0]?.self_score).toBeNull();
    expect(selfScores(t.home)).toEqual([]);
  });
});
