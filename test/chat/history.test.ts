import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { chatSchedule } from '../../src/chat/chat-due.js';
import { chatReminder } from '../../src/chat/chat-reminder.js';
import { computeChatStats } from '../../src/chat/chat-stats.js';
import { playScript } from '../../src/chat/engine.js';
import { loadChats } from '../../src/chat/load-chats.js';
import { buildReport } from '../../src/chat/report.js';
import { playOf } from '../../src/chat/scenario-play.js';
import { toChatRecord } from '../../src/commands/chat.js';
import type { ChatRecord } from '../../src/store/record.js';
import { decodeLine, encodeRecord } from '../../src/store/record-line.js';
import { renderChatStats } from '../../src/ui/render/render-chat-stats.js';

const SHIPPED = resolve(import.meta.dirname, '../../questions');
const DAY = 86_400_000;

async function recordOf(
  id: string,
  replies: 'reference' | string[],
  at: Date,
): Promise<ChatRecord> {
  const bank = await loadChats(SHIPPED, 'zh');
  const loaded = bank.scenarios.find((s) => s.scenario.id === id);
  if (!loaded) throw new Error(id);
  const play = playOf(loaded, 'zh');
  const c = playScript(play, replies === 'reference' ? play.scenario.reference : replies, 3000);
  return toChatRecord(buildReport(play, c), c, { bank: 'builtin', lang: 'zh', at });
}

describe('chat records', () => {
  it('round-trip through the log line, escapes and all', async () => {
    const record = await recordOf('chat-mismatch', ['抱歉\u001b[2J，加我微信吧'], new Date(0));
    const decoded = decodeLine(encodeRecord(record));
    expect(decoded).toEqual({ record });
    expect(record.outcome).toBe('red-flag');
    expect(record.red_flags).toEqual(['off-platform']);
    // What was typed is stored escaped, as answers are.
    expect(record.turns[0]?.reply).toBe('抱歉\\x1b[2J，加我微信吧');
  });

  it('are refused when a turn is malformed', async () => {
    const record = await recordOf('chat-mismatch', 'reference', new Date(0));
    const bad = { ...record, turns: [{ ...record.turns[0], emotion: 'high' }] };
    expect(decodeLine(encodeRecord(bad as unknown as ChatRecord))).toEqual({
      error: { code: 'field', field: 'turns', expected: 'chatTurns' },
    });
  });
});

describe('the chat schedule, stats and review reminder', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  it('puts a chat that went badly first, then new ones, and spaces good ones by doubling days', async () => {
    const records = [
      await recordOf('chat-mismatch', 'reference', ago(3)),
      await recordOf('chat-mismatch', 'reference', ago(1.5)),
      await recordOf('chat-live-abuse', ['好的'], ago(5)),
      await recordOf('chat-cant-modify', 'reference', ago(2)),
    ];
    const ids = ['chat-mismatch', 'chat-live-abuse', 'chat-cant-modify', 'chat-dialect'];
    const schedule = chatSchedule(records, ids, now);
    expect(schedule.map((d) => [d.id, d.due])).toEqual([
      ['chat-live-abuse', true],
      ['chat-dialect', true],
      ['chat-cant-modify', true],
      ['chat-mismatch', false],
    ]);
    // Resolved twice in a row: back two days after the last.
    expect(schedule.find((d) => d.id === 'chat-mismatch')?.dueAt).toBe(
      new Date(ago(1.5).getTime() + 2 * DAY).toISOString(),
    );
    const stats = computeChatStats(records, [{ id: 'chat-mismatch', title: '连衣裙' }], now);
    expect(stats).toMatchObject({ runs: 4, resolved: 3, red_flags: [] });
    expect(stats.scenarios.map((s) => [s.id, s.runs, s.last])).toEqual([
      ['chat-mismatch', 2, 'resolved'],
      ['chat-live-abuse', 1, 'gave-up'],
      ['chat-cant-modify', 1, 'resolved'],
    ]);
    const text = renderChatStats({ lang: 'zh', width: 80, c: new Chalk({ level: 0 }) }, stats);
    expect(text).toContain('共 4 次，已解决 3 次');
    expect(text).toContain('连衣裙：2/2 · 上次：已解决');
    // English punctuation in English: no full-width colon or 、 after a title.
    const flagged = {
      ...stats,
      red_flags: [
        { id: 'blame', chats: 2 },
        { id: 'threat', chats: 1 },
      ],
    };
    const english = renderChatStats({ lang: 'en', width: 80, c: new Chalk({ level: 0 }) }, flagged);
    expect(english).toContain('连衣裙: 2/2 · last time: resolved');
    expect(english).toContain('Red flags: blame ×2, threat ×1');
    expect(english).not.toMatch(/[：、]/);

    const reminder = await chatReminder(records, SHIPPED, 'zh', now);
    expect(reminder.split('\n')).toEqual([
      '对话练习待复习：',
      '  · 在直播间骂人的顾客私信客服（上次：客户放弃了对话）',
      '  · 地址填错了，系统却改不了（上次：已解决）',
      '  （用 cs-interview chat chat-live-abuse 开始）',
    ]);
  });

  it('says nothing in review before any chat was played', async () => {
    expect(await chatReminder([], SHIPPED, 'en', now)).toBe('');
  });
});
