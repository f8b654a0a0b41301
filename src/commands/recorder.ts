import { randomBytes } from 'node:crypto';
import type { Lang } from '../lang.js';
import type { Attempt } from '../session/attempt.js';
import { toAttemptRecord } from '../store/attempt-record.js';
import { type HistoryStore, openStore } from '../store/history-store.js';
import { defaultDataDir } from '../store/paths.js';
import { newRecordId, RECORD_VERSION, type SessionCommand } from '../store/record.js';

/** Where a run's records go; a no-op with `--no-save`. */
export interface Recorder {
  readonly session: string;
  /** Whether any write failed (and was reported). */
  readonly failed: boolean;
  /** Opens the session; throws StoreError when the history cannot be written, before anything is asked. */
  start(command: SessionCommand, plan: readonly string[]): void;
  /** Saves a graded answer; a failure is reported on stderr and the run goes on. */
  attempt(attempt: Attempt): void;
  /** Keeps what was typed for a question that was interrupted, for `--resume`. */
  draft(questionId: string, text: string, elapsedMs: number): void;
  end(reason: 'finished' | 'interrupted'): void;
}

export interface RecorderOptions {
  save: boolean;
  lang: Lang;
  bankId: string;
  /** Continue this session (resume) instead of starting a new one. */
  session?: string;
  /** The data directory; defaults to CS_INTERVIEW_HOME / XDG / the platform's. */
  home?: string;
  now?: () => Date;
}

function newSessionId(): string {
  return randomBytes(6).toString('hex');
}

/** A recorder on the user's history (or nowhere, with `--no-save`). */
export function openRecorder(options: RecorderOptions, stderr: NodeJS.WritableStream): Recorder {
  const session = options.session ?? newSessionId();
  const now = options.now ?? (() => new Date());
  if (!options.save) {
    return { session, failed: false, start() {}, attempt() {}, draft() {}, end() {} };
  }
  const store: HistoryStore = openStore(options.home ?? defaultDataDir(), { lang: options.lang });
  const base = () => ({
    v: RECORD_VERSION as typeof RECORD_VERSION,
    id: newRecordId(),
    at: now().toISOString(),
    session,
  });
  // After the session has started, a failing write must not end the interview:
  // say plainly that it was not saved and go on.
  let failed = false;
  const bestEffort = (write: () => void) => {
    try {
      write();
    } catch (error) {
      failed = true;
      stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  return {
    session,
    get failed() {
      return failed;
    },
    start(command, plan) {
      store.append({
        ...base(),
        kind: 'session-start',
        command,
        bank: options.bankId,
        plan: [...plan],
      });
    },
    attempt(attempt) {
      bestEffort(() =>
        store.append(toAttemptRecord(attempt, { session, bank: options.bankId, at: now() })),
      );
    },
    draft(questionId, text, elapsedMs) {
      bestEffort(() =>
        store.append({
          ...base(),
          kind: 'draft',
          bank: options.bankId,
          question: questionId,
          text,
          elapsed_ms: elapsedMs,
        }),
      );
    },
    end(reason) {
      bestEffort(() => store.append({ ...base(), kind: 'session-end', reason }));
    },
  };
}
