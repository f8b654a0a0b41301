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
   * A recorder that opens the history only once asked (`openRecorderLater`): opens it, and
   * resolves once records can be written (rejects as `start` throws). Others are open at once.
   */
  opened?(): Promise<void>;
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
  if (!options.save) return nowhere(session);
  return new HistoryRecorder(session, options, stderr);
}

/** The records of one session appended to the history log as they happen. */
class HistoryRecorder implements Recorder {
  private started: SessionStartRecord | undefined;
  private readonly store: HistoryStore;
  private readonly writes: BestEffort;
  private readonly now: () => Date;

  constructor(
    readonly session: string,
    private readonly options: RecorderOptions,
    private readonly stderr: NodeJS.WritableStream,
  ) {
    this.now = options.now ?? (() => new Date());
    this.writes = new BestEffort(stderr);
    this.store = openStore(resolveDataDir(options.home), {
      lang: options.lang,
      // The log was cleared under this session: its later answers start a new
      // log, and the session's start goes first so that resume still finds it.
      onReplaced: () => (this.started ? [this.started] : []),
    });
  }

  get failed(): boolean {
    return this.writes.failed;
  }

  private base() {
    return {
      v: RECORD_VERSION as typeof RECORD_VERSION,
      id: newRecordId(),
      at: this.now().toISOString(),
      session: this.session,
    };
  }

  start(command: SessionCommand, plan: readonly string[], run?: RunOptions): void {
    this.started = {
      ...this.base(),
      kind: 'session-start',
      command,
      bank: this.options.bankId,
      plan: [...plan],
      ...(run?.time === undefined ? {} : { time: run.time }),
      ...(run ? { timer: run.timer, oral: run.oral === true } : {}),
      // Written only when off, so a record of a run with follow-ups reads as before.
      ...(run?.followUps === false ? { follow_ups: false } : {}),
    };
    this.store.append(this.started);
  }

  attempt(attempt: Attempt): string {
    const record = toAttemptRecord(
      { ...attempt, text: neutralizeForLog(attempt.text) },
      { session: this.session, bank: this.options.bankId, at: this.now() },
    );
    this.writes.run(() => this.store.append(record), attempt.questionId);
    return record.id;
  }

  followUp(attemptId: string, attempt: Attempt, answer: FollowUpAttempt): void {
    const record = toFollowUpRecord(
      { ...answer, text: neutralizeForLog(answer.text) },
      { attemptId, questionId: attempt.questionId },
      { session: this.session, bank: this.options.bankId, at: this.now() },
    );
    this.writes.run(() => this.store.append(record), attempt.questionId);
  }

  rating(attemptId: string, attempt: Attempt, selfScore: number): void {
    this.writes.run(
      () =>
        this.store.append({
          v: RECORD_VERSION,
          kind: 'rating',
          id: newRecordId(),
          at: this.now().toISOString(),
          session: this.session,
          attempt: attemptId,
          self_score: selfScore,
        }),
      attempt.questionId,
    );
  }

  draft(questionId: string, text: string, elapsedMs: number): void {
    this.writes.run(() =>
      this.store.append({
        ...this.base(),
        kind: 'draft',
        bank: this.options.bankId,
        question: questionId,
        text: neutralizeForLog(text),
        elapsed_ms: elapsedMs,
      }),
    );
  }

  end(reason: 'finished' | 'interrupted'): void {
    this.writes.run(() => this.store.append({ ...this.base(), kind: 'session-end', reason }));
  }

  reportUnsaved(): void {
    if (this.writes.unsaved.length === 0) return;
    const ids = this.writes.unsaved.map(neutralizeInline);
    this.stderr.write(`${storeMessagesFor(this.options.lang).notSaved(ids)}\n`);
  }
}

/** The recorder of a run with `--no-save`: it keeps nothing and never fails. */
function nowhere(session: string): Recorder {
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

/**
 * The writes after the session has started: a failing one must not end the
 * interview, so it is said plainly (once per different reason), the question
 * whose answer it held is kept for the closing note, and the run goes on.
 */
class BestEffort {
  failed = false;
  readonly unsaved: string[] = [];
  private readonly reported = new Set<string>();
  constructor(private readonly stderr: NodeJS.WritableStream) {}

  run(write: () => void, questionId?: string): void {
    try {
      write();
    } catch (error) {
      this.failed = true;
      if (questionId !== undefined && !this.unsaved.includes(questionId))
        this.unsaved.push(questionId);
      const message = error instanceof Error ? error.message : String(error);
      if (!this.reported.has(message)) {
        this.reported.add(message);
        this.stderr.write(`${message}\n`);
      }
    }
  }
}
