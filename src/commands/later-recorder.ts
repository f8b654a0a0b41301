/**
 * The recorder of a drill: its history is opened once the first question is on screen, not
 * before. The store (and node:crypto and node:zlib under it) is a fifth of what the first
 * question would otherwise wait for, and nothing is written before an answer is in.
 */

import { loadSoon } from '../load-soon.js';
import type { Recorder, RecorderOptions } from './recorder.js';

/**
 * A recorder that opens the history (`openRecorder`) when `opened` is first called, after that
 * turn of the event loop, and writes the session's start then. Until it is open, a draft or the
 * end of the session has nothing to keep (nothing was typed in that moment, no answer graded),
 * so a closed terminal then leaves no record, as a run stopped before its first question does;
 * an answer is saved only once it is open (the interview waits for `opened` before grading).
 * A history that cannot be written rejects `opened` with the error `start` throws.
 */
export function openRecorderLater(
  options: RecorderOptions,
  stderr: NodeJS.WritableStream,
): Recorder {
  let open: Recorder | undefined;
  let starting: Parameters<Recorder['start']> | undefined;
  let opening: Promise<void> | undefined;
  const need = (): Recorder => {
    if (open === undefined) throw new Error('The history is written to before it is open.');
    return open;
  };
  return {
    get session() {
      return need().session;
    },
    get failed() {
      return open?.failed ?? false;
    },
    start(...args) {
      starting = args;
    },
    opened() {
      opening ??= loadSoon(async () => {
        const recorder = (await import('./recorder.js')).openRecorder(options, stderr);
        if (starting) recorder.start(...starting);
        open = recorder;
      });
      return opening;
    },
    attempt: (attempt) => need().attempt(attempt),
    followUp: (attemptId, attempt, answer) => need().followUp(attemptId, attempt, answer),
    rating: (attemptId, attempt, selfScore) => need().rating(attemptId, attempt, selfScore),
    draft: (questionId, text, elapsedMs) => open?.draft(questionId, text, elapsedMs),
    end: (reason) => open?.end(reason),
    reportUnsaved: () => open?.reportUnsaved(),
  };
}
