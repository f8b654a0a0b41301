import type { ChatStats } from '../../chat/chat-stats.js';
import { chatText } from '../../chat/chat-text.js';
import { neutralizeInline } from '../../neutralize.js';
import type { RenderContext } from './context.js';
import { formatClock, formatLocalDateTime } from './format.js';

/** The chat block of `stats`; empty when no chat was ever played. */
export function renderChatStats(ctx: RenderContext, stats: ChatStats): string {
  if (stats.runs === 0) return '';
  const t = chatText(ctx.lang);
  const lines = [ctx.c.bold(t.statsTitle), `  ${t.statsLine(stats.runs, stats.resolved)}`];
  const extra = [
    stats.mean_turns === null ? '' : `${t.turnsLabel} ${stats.mean_turns}`,
    stats.mean_first_response_ms === null
      ? ''
      : `${t.firstResponse} ${formatClock(stats.mean_first_response_ms)}`,
  ].filter(Boolean);
  if (extra.length > 0) lines.push(`  ${extra.join(' · ')}`);
  for (const s of stats.scenarios) {
    if (s.runs === 0) continue;
    const last = s.last ? t.outcome[s.last] : t.neverPlayed;
    const when = s.due ? '' : ` · ${formatLocalDateTime(new Date(s.due_at))}`;
    lines.push(
      `  ${t.labelled(neutralizeInline(s.title), `${s.resolved}/${s.runs}`)} · ${t.lastOutcome(last)}${when}`,
    );
  }
  if (stats.red_flags.length > 0)
    lines.push(
      `  ${t.labelled(t.redFlags, stats.red_flags.map((f) => `${f.id} ×${f.chats}`).join(t.listSeparator))}`,
    );
  return lines.join('\n');
}
