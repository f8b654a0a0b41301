/**
 * Where a bank's chat files are: apart from the chat reader, so that a command can tell a
 * bank has none without loading it (and the YAML readers it needs).
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of a bank that holds its chat files. */
export const CHAT_FOLDER = 'chat';

/** The chat files of a bank folder (none when it has no `chat/` folder). */
export function chatFiles(bankPath: string): string[] {
  const stats = statSync(bankPath, { throwIfNoEntry: false });
  const folder = join(stats?.isDirectory() ? bankPath : dirname(bankPath), CHAT_FOLDER);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder)
    .filter((n) => !n.startsWith('.') && /\.ya?ml$/i.test(n))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(folder, n));
}
