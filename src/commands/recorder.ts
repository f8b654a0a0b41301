import { randomBytes } from 'node:crypto';
import type { Lang } from '../lang.js';
import { neutralizeForLog, neutralizeInline } from '../neutralize.js';
import type { Attempt } from '../session/attempt.js';
import { toAttemptRecord, toFollowUpRecord } from '../session/attempt-record.js';
import type { FollowUpAttempt } from '../session/follow-ups.js';
import { type HistoryStore, openStore } from '../store/history-store.js';
import { storeMessagesFor } from '../store/messages.js';
import { resolveDataDir } from '../store/paths.js';
import {
  newRecordId,
  RECORD_VERSION,
  type SessionCommand,
  type SessionStartRecord,
} from '../store/record.js';

/** Where a run's records go; a no-op with `--no-save`. */
export interface Recorder {
  readonly session: string;
  /** Whether any write failed (and was reported). */
  readonly failed: boolean;
  /** Opens the session; throws StoreError when the history cannot be written, before anything is asked. */
  start(command: SessionCommand, plan: readonly string[], run?: RunOptions): void;
  /**
   * Saves a graded answer, the moment it is graded; returns its record id
   * (for `rating`). A failure is reported on stderr and the run goes on.
   */
  attempt(attempt: Attempt): string;
  /** Saves a graded follow-up of the attempt saved as `attemptId`, the moment it is graded. */
  followUp(attemptId: string, attempt: Attempt, answer: FollowUpAttempt): void;
  /** Saves the candidate's own score for an attempt saved before. */
  rating(attemptId: string, attempt: Attempt, selfScore: number): void;
  /** Keeps what was typed for a question that was interrupted, for `--resume`. */
  draft(questionId: string, text: string, elapsedMs: number): void;
  end(reason: 'finished' | 'interrupted'): void;
  /** After a run with failed writes: says on stderr which answers were not saved. */
  reportUnsaved(): void;
}

/** The options of a run that `practice --resume` keeps. */
export interface RunOptions {
  time?: number | undefined;
  timer: boolean;
  oral?: boolean | undefined;
  /** false with `--no-follow-ups`. */
  followUps?: boolean | undefined;
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
    return {
      session,
      failed: false,
      start() {},
      attempt: () => newRecordId(),
      followUp() {},
      rating() {},
      draft() {},
      end() {},
      reportUnsaved() {},
    };
  }
  let started: SessionStartRecord | undefined;
  const store: HistoryStore = openStore(resolveDataDir(options.home), {
    lang: options.lang,
    // The log was cleared under this session: its later answers start a new
    // log, and the session's start goes first so that resume still finds it.
    onReplaced: () => (started ? [started] : []),
  });
  const base = () => ({
    v: RECORD_VERSION as typeof RECORD_VERSION,
    id: newRecordId(),
    at: now().toISOString(),
    session,
  });
  // After the session has started, a failing write must not end the interview:
  // say plainly that it was not saved (once per different reason) and go on.
  const reported = new Set<string>();
  const unsaved: string[] = [];
  let failed = false;
  const bestEffort = (write: () => void, questionId?: string) => {
    try {
      write();
    } catch (error) {
      failed = true;
      if (questionId !== undefined && !unsaved.includes(questionId)) unsaved.push(questionId);
      const message = error instanceof Error ? error.message : String(error);
      if (!reported.has(message)) {
        reported.add(message);
        stderr.write(`${message}\n`);
      }
    }
  };
  return {
    session,
    get failed() {
      return failed;
    },
    start(command, plan, run) {
      started = {
        ...base(),
        kind: 'session-start',
        command,
        bank: options.bankId,
        plan: [...plan],
        ...(run?.time === undefined ? {} : { time: run.time }),
        ...(run ? { timer: run.timer, oral: run.oral === true } : {}),
        // Written only when off, so a record of a run with follow-ups reads as before.
        ...(run?.followUps === false ? { follow_ups: false } : {}),
      };
      store.append(started);
    },
    attempt(attempt) {
      const record = toAttemptRecord(
        { ...attempt, text: neutralizeForLog(attempt.text) },
        { session, bank: options.bankId, at: now() },
      );
      bestEffort(() => store.append(record), attempt.questionId);
      return record.id;
    },
    followUp(attemptId, attempt, answer) {
      const record = toFollowUpRecord(
        { ...answer, text: neutralizeForLog(answer.text) },
        { attemptId, questionId: attempt.questionId },
        { session, bank: options.bankId, at: now() },
      );
      bestEffort(() => store.append(record), attempt.questionId);
    },
    rating(attemptId, attempt, selfScore) {
      bestEffort(
        () =>
          store.append({
            v: RECORD_VERSION,
            kind: 'rating',
            id: newRecordId(),
            at: now().toISOString(),
            session,
            attempt: attemptId,
            self_score: selfScore,
          }),
        attempt.questionId,
      );
    },
    draft(questionId, text, elapsedMs) {
      bestEffort(() =>
        store.append({
          ...base(),
          kind: 'draft',
          bank: options.bankId,
          question: questionId,
          text: neutralizeForLog(text),
          elapsed_ms: elapsedMs,
        }),
      );
    },
    end(reason) {
      bestEffort(() => store.append({ ...base(), kind: 'session-end', reason }));
    },
    reportUnsaved() {
      if (unsaved.length === 0) return;
      const ids = unsaved.map(neutralizeInline);
      stderr.write(`${storeMessagesFor(options.lang).notSaved(ids)}\n`);
    },
  };
}
