import type { Lang } from '../lang.js';
import { openStore, type ScanResult } from '../store/history-store.js';
import { storeMessagesFor } from '../store/messages.js';
import { resolveDataDir } from '../store/paths.js';
import type { AttemptRecord, HistoryRecord } from '../store/record.js';
import { createReplay } from '../store/replay.js';
import { StoreError } from '../store/store-error.js';

export interface ReadHistoryOptions {
  lang: Lang;
  home?: string;
  /**
   * false with `--no-save`: the run keeps no history, so a history that
   * cannot be read is said once and the run goes on without it.
   */
  save?: boolean;
  /**
   * Keep of each answer only the first character of its text (enough to
   * tell an empty one), and share repeated strings: what stats and the
   * review schedule need, in a fraction of the time and memory.
   */
  slim?: boolean;
  /**
   * Keep only what review schedules: the answers (ratings applied), the quiz
   * answers and the chats, in less memory.
   */
  attemptsOnly?: boolean;
}

/** The kinds `attemptsOnly` keeps. */
const REVIEWED: ReadonlySet<string> = new Set(['attempt', 'rating', 'quiz-answer', 'chat']);

/**
 * Every record of the user's history, ratings put into their attempts (see
 * `replay.ts`). Damaged lines are reported on stderr, the first few by line
 * and the rest counted, and left in place: the log is never rewritten.
 */
export function readHistory(
  options: ReadHistoryOptions,
  stderr: NodeJS.WritableStream,
): { records: HistoryRecord[]; path: string } {
  const store = openStore(resolveDataDir(options.home), { lang: options.lang });
  const replay = createReplay(options.slim ? slimmer() : undefined);
  try {
    const visit = options.attemptsOnly
      ? (r: HistoryRecord) => {
          if (REVIEWED.has(r.kind)) replay.add(r);
        }
      : replay.add;
    reportBadLines(store.scan(visit, { slim: options.slim }), options.lang, stderr);
  } catch (error) {
    if (options.save !== false || !(error instanceof StoreError)) throw error;
    stderr.write(`${storeMessagesFor(options.lang).readIgnored(error.path, error.problem)}\n`);
    return { records: [], path: store.path };
  }
  return { records: replay.records, path: store.path };
}

/** The warnings of a read on stderr: the first few by line, then how many more. */
export function reportBadLines(
  result: ScanResult,
  lang: Lang,
  stderr: NodeJS.WritableStream,
): void {
  for (const w of result.warnings) stderr.write(`${w.file}:${w.line}: ${w.message}\n`);
  const more = result.bad - result.warnings.length;
  if (more > 0) stderr.write(`${storeMessagesFor(lang).moreBadLines(more)}\n`);
}

/** Attempts without their text, their repeated strings shared. */
function slimmer(): (attempt: AttemptRecord) => AttemptRecord {
  const strings = new Map<string, string>();
  const share = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  // In place: the record was just parsed and is no one else's.
  return (a) => {
    a.session = share(a.session);
    a.bank = share(a.bank);
    a.question = share(a.question);
    a.section = share(a.section);
    // The store keeps only the first character; a line it read whole is cut
    // here alike (short enough to be a copy, not a view of the whole text).
    a.text = a.text.trimStart().slice(0, 1);
    // In place too: two lists a record, 100,000 records. A frozen list is
    // one the store already shares between records (see `flat-json.ts`).
    shareItems(a.covered, share);
    shareItems(a.missed, share);
    return a;
  };
}

function shareItems(list: string[], share: (s: string) => string): void {
  if (Object.isFrozen(list)) return;
  for (let i = 0; i < list.length; i++) list[i] = share(list[i] as string);
}
