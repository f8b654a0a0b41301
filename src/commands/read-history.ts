import type { Lang } from '../lang.js';
import { openStore } from '../store/history-store.js';
import { defaultDataDir } from '../store/paths.js';
import type { HistoryRecord } from '../store/record.js';

/**
 * Every record of the user's history. Damaged lines are reported on stderr,
 * once each per run, and left in place: the log is never rewritten.
 */
export function readHistory(
  options: { lang: Lang; home?: string },
  stderr: NodeJS.WritableStream,
): { records: HistoryRecord[]; path: string } {
  const store = openStore(options.home ?? defaultDataDir(), { lang: options.lang });
  const { records, warnings } = store.readAll();
  for (const w of warnings) stderr.write(`${w.file}:${w.line}: ${w.message}\n`);
  return { records, path: store.path };
}
