/**
 * What `review` says about chats: the scenarios played before that are due
 * again (see `chat-due.ts`), with the command that starts the first. Never
 * played ones are left to `chat` itself, or every review would list them.
 */
import { bankIdOf } from '../bank/bank-id.js';
import { BankError } from '../errors.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import type { HistoryRecord } from '../store/record.js';
import { chatRecordsOf, chatSchedule } from './chat-due.js';
import { chatText, inParens } from './chat-text.js';
import { loadChats } from './load-chats.js';
import { titleOf } from './scenario-play.js';

export async function chatReminder(
  records: readonly HistoryRecord[],
  bankPath: string,
  lang: Lang,
  now: Date,
): Promise<string> {
  const chats = chatRecordsOf(records, bankIdOf({ source: bankPath }));
  if (chats.length === 0) return '';
  // A broken chat file is validate's to report; review goes on without chats.
  const bank = await loadChats(bankPath, lang, { titlesOnly: true }).catch((error: unknown) => {
    if (error instanceof BankError) return undefined;
    throw error;
  });
  if (!bank) return '';
  const titles = new Map(bank.scenarios.map((s) => [s.scenario.id, titleOf(s, lang).title]));
  const due = chatSchedule(chats, [...titles.keys()], now).filter(
    (d) => d.due && d.last !== undefined,
  );
  const first = due[0];
  if (!first) return '';
  const t = chatText(lang);
  const items = due.map(
    (d) =>
      `  · ${neutralizeInline(titles.get(d.id) ?? d.id)}${inParens(lang, t.lastOutcome(t.outcome[d.last ?? 'gave-up']))}`,
  );
  return [
    t.dueTitle,
    ...items,
    `  ${t.dueHint(`cs-interview chat ${neutralizeInline(first.id)}`)}`,
  ].join('\n');
}
