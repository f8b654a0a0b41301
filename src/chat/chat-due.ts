/**
 * Which chat scenarios to practise again, replayed from the history (pure).
 * A chat is not graded on points, so FSRS's ratings do not fit it; the rule
 * is a plain doubling one, explained in the README: a scenario whose last
 * run went badly is due at once, one never played is due, and one that went
 * well n times in a row comes back after 2^(n-1) days.
 */
import type { ChatRecord, HistoryRecord } from '../store/record.js';

const DAY_MS = 86_400_000;
const GOOD = new Set<ChatRecord['outcome']>(['resolved', 'escalated']);

export interface ChatDue {
  id: string;
  /** The last run's outcome; undefined when never played. */
  last?: ChatRecord['outcome'];
  /** When it is due (ISO); now for a bad last run or a new scenario. */
  dueAt: string;
  due: boolean;
  runs: number;
  resolved: number;
}

/** The chat records of one bank, oldest first. */
export function chatRecordsOf(records: readonly HistoryRecord[], bankId: string): ChatRecord[] {
  return records
    .filter((r): r is ChatRecord => r.kind === 'chat' && r.bank === bankId)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Every scenario's schedule, in the order to practise: bad last runs, new ones, then by due date. */
export function chatSchedule(
  chats: readonly ChatRecord[],
  scenarioIds: readonly string[],
  now: Date,
): ChatDue[] {
  const out = scenarioIds.map((id): ChatDue => {
    const runs = chats.filter((c) => c.scenario === id);
    const last = runs.at(-1);
    const resolved = runs.filter((r) => r.outcome === 'resolved').length;
    if (!last) return { id, dueAt: now.toISOString(), due: true, runs: 0, resolved };
    let streak = 0;
    for (let i = runs.length - 1; i >= 0 && GOOD.has((runs[i] as ChatRecord).outcome); i--)
      streak++;
    const dueAt =
      streak === 0
        ? new Date(Date.parse(last.at))
        : new Date(Date.parse(last.at) + 2 ** (streak - 1) * DAY_MS);
    return {
      id,
      last: last.outcome,
      dueAt: dueAt.toISOString(),
      due: dueAt.getTime() <= now.getTime(),
      runs: runs.length,
      resolved,
    };
  });
  const rank = (d: ChatDue) => (!d.due ? 3 : d.last === undefined ? 1 : GOOD.has(d.last) ? 2 : 0);
  return out
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        rank(a.d) - rank(b.d) ||
        (a.d.dueAt < b.d.dueAt ? -1 : a.d.dueAt > b.d.dueAt ? 1 : a.i - b.i),
    )
    .map(({ d }) => d);
}
