/**
 * The chat part of `stats` (pure; ui/render/render-chat-stats.ts draws it):
 * runs and outcomes per scenario, mean turns and first response, red flags
 * shown most, and when each is due again.
 */

import type { ChatRecord } from '../store/record.js';
import { chatSchedule } from './chat-due.js';

export interface ChatStats {
  runs: number;
  resolved: number;
  /** Mean replies a chat, and mean first-response time; null before any reply. */
  mean_turns: number | null;
  mean_first_response_ms: number | null;
  scenarios: {
    id: string;
    title: string;
    runs: number;
    resolved: number;
    last: ChatRecord['outcome'] | null;
    due_at: string;
    due: boolean;
  }[];
  /** Red flags by how many chats showed them, most first. */
  red_flags: { id: string; chats: number }[];
}

export function computeChatStats(
  chats: readonly ChatRecord[],
  scenarios: readonly { id: string; title: string }[],
  now: Date,
): ChatStats {
  const known = new Map(scenarios.map((s) => [s.id, s.title]));
  // Scenarios played once but gone from the bank still count.
  for (const c of chats) if (!known.has(c.scenario)) known.set(c.scenario, c.scenario);
  const schedule = new Map(chatSchedule(chats, [...known.keys()], now).map((d) => [d.id, d]));
  const replied = chats.filter((c) => c.turns.length > 0);
  const mean = (values: number[]) =>
    values.length === 0
      ? null
      : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const flags = new Map<string, number>();
  for (const c of chats)
    for (const f of new Set(c.red_flags)) flags.set(f, (flags.get(f) ?? 0) + 1);
  return {
    runs: chats.length,
    resolved: chats.filter((c) => c.outcome === 'resolved').length,
    mean_turns: mean(replied.map((c) => c.turns.length)),
    mean_first_response_ms: mean(replied.map((c) => c.turns[0]?.elapsed_ms ?? 0)),
    scenarios: [...known].map(([id, title]) => {
      const d = schedule.get(id);
      return {
        id,
        title,
        runs: d?.runs ?? 0,
        resolved: d?.resolved ?? 0,
        last: d?.last ?? null,
        due_at: d?.dueAt ?? now.toISOString(),
        due: d?.due ?? true,
      };
    }),
    red_flags: [...flags].map(([id, n]) => ({ id, chats: n })).sort((a, b) => b.chats - a.chats),
  };
}
