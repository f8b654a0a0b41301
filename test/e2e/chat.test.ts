import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { playScript } from '../../src/chat/engine.js';
import { type ChatBank, loadChats } from '../../src/chat/load-chats.js';
import { playOf } from '../../src/chat/scenario-play.js';
import { BIN, binaryInTmux, hasTmux, type TmuxSession } from './tmux.js';

const start = binaryInTmux();
const ROOT = resolve(import.meta.dirname, '../..');
const SLOW_BANK = join(ROOT, 'test/fixtures/banks/chat-slow');
let bank: ChatBank;

beforeAll(async () => {
  bank = await loadChats(join(ROOT, 'questions'), 'zh');
});

const count = (screen: string, text: string) => screen.split(text).length - 1;

/** Waits for the n-th reply prompt (1-based) to be open, then types a reply and sends it with Ctrl+D. */
async function reply(t: TmuxSession, n: number, text: string, label = '你的回复'): Promise<void> {
  await t.waitFor((s) => count(s, label) === n && /剩余 \d\d:\d\d|\d\d:\d\d left/.test(s));
  // The editor fits the screen: its countdown and help line are in the visible rows.
  const rows = t.rows();
  expect(rows.some((r) => /剩余 \d\d:\d\d|\d\d:\d\d left/.test(r))).toBe(true);
  expect(rows.some((r) => r.startsWith('Enter '))).toBe(true);
  // Keys reach the program in order: the reply, then Ctrl+D after it.
  t.type(text);
  t.press('C-d');
}

function statsJson(home: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'stats', '--json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CS_INTERVIEW_HOME: home },
  });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).chat;
}

describe('chat without a terminal', () => {
  it('is a usage error, exit 2, like the other interactive commands', () => {
    const r = spawnSync(process.execPath, [BIN, 'chat'], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“chat” 需要在交互式终端中运行');
  });
});

describe.skipIf(!hasTmux)('chat (tmux, 80×24)', () => {
  it('an unknown scenario lists the choices one a line, none cut mid-word at 80 columns', async () => {
    const t = start('chat nope', { width: 80, height: 24 });
    expect(await t.exitCode()).toBe(2);
    const rows = t.rows();
    expect(rows).toContain('没有对话场景 nope；可选：');
    expect(rows.some((r) => /^ {2}7\/chat-dialect {2}\S/.test(r))).toBe(true);
    // A title too long for the row goes on under it, not cut by the terminal mid-word.
    const en = start('chat nope --lang en', { width: 80, height: 24 });
    expect(await en.exitCode()).toBe(2);
    // (The terminal's cut starts a row with the rest of a word: `ame`.)
    const cut = en.rows().filter((r, i) => i > 0 && /^[a-z]/.test(r));
    expect(cut).toEqual([]);
  });

  it('resolves every shipped scenario with its reference conversation', async () => {
    for (const loaded of bank.scenarios) {
      const { scenario } = loaded;
      const t = start(`chat ${scenario.id}`, { width: 80, height: 24, env: { NO_COLOR: '1' } });
      await t.waitFor(scenario.title);
      for (const [i, text] of scenario.reference.entries()) await reply(t, i + 1, text);
      const screen = await t.waitFor('参考对话');
      expect(screen, scenario.id).toContain('✓ 已解决');
      // The customer answered each reply as the engine says.
      const played = playScript(playOf(loaded, 'zh'), scenario.reference);
      for (const turn of played.turns) expect(screen).toContain(turn.says.slice(0, 12));
      expect(screen).toMatch(/首次响应：\d\d:\d\d/);
      expect(screen).toContain(`轮数：${scenario.reference.length} 轮`);
      expect(screen).toContain('客户情绪');
      expect(await t.exitCode(), scenario.id).toBe(0);
      t.kill();
    }
  }, 240_000);

  it('lets the customer give up when no reply comes in time, and saves the run', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-chat-'));
    // One second a turn (a test bank): the countdown runs out on its own.
    const t = start(`chat --bank '${SLOW_BANK}'`, {
      width: 80,
      height: 24,
      env: { NO_COLOR: '1', CS_INTERVIEW_HOME: home },
    });
    const screen = await t.waitFor('客户放弃了对话');
    expect(screen).toContain('算了，跟你说不通，我直接去投诉。');
    expect(await t.exitCode()).toBe(0);
    const after = t.screen();
    expect(after).toMatch(/每轮用时：00:01 超时/);
    expect(after).toContain('✗ 道歉');
    const chat = statsJson(home, '--bank', SLOW_BANK);
    expect(chat.runs).toBe(1);
    expect(chat.scenarios[0]).toMatchObject({ id: 'slow-one', last: 'gave-up', due: true });
  });

  it('ends badly at once on a reply that takes the customer off the platform', async () => {
    const t = start('chat chat-mismatch --lang en', { width: 80, height: 24 });
    await t.waitFor('The dress is not the one on the product page');
    await reply(t, 1, 'So sorry! Add me on WeChat and I will refund you privately.', 'Your reply');
    const screen = await t.waitFor('Reference conversation');
    expect(screen).toContain('a red line was crossed');
    expect(screen).toContain('Taking the conversation or the payment off the platform');
    expect(screen).toContain('That is not how this should be handled.');
    expect(await t.exitCode()).toBe(0);
  });

  it('saves the conversation so far on Ctrl+C and exits 130', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-chat-'));
    const t = start('chat 1', { width: 80, height: 24, env: { CS_INTERVIEW_HOME: home } });
    await reply(t, 1, '非常抱歉，请发一下订单号，我马上核实。');
    await t.waitFor((s) => count(s, '你的回复') === 2);
    t.type('我看看');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('对话已中断');
    const chat = statsJson(home);
    expect(chat.scenarios.find((s: { id: string }) => s.id === 'chat-mismatch')).toMatchObject({
      runs: 1,
      last: 'interrupted',
    });
  });

  it('keeps the chat so far when the terminal closes (SIGHUP)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-chat-'));
    const t = start('chat 2', { width: 80, height: 24, env: { CS_INTERVIEW_HOME: home } });
    await reply(t, 1, '非常抱歉让您久等了，我马上帮您查一下订单。');
    await t.waitFor((s) => count(s, '你的回复') === 2);
    const pid = t.commandPid();
    process.kill(pid, 'SIGHUP');
    expect(await t.exitCode()).toBe(129);
    const chat = statsJson(home);
    const run = chat.scenarios.find((s: { id: string }) => s.id === 'chat-live-abuse');
    expect(run).toMatchObject({ runs: 1, last: 'interrupted' });
  });
});
