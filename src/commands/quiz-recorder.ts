import { randomBytes } from 'node:crypto';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { bankLettersOf } from '../quiz/present.js';
import type { QuizAnswer } from '../quiz/score.js';
import { openStore } from '../store/history-store.js';
import { storeMessagesFor } from '../store/messages.js';
import { resolveDataDir } from '../store/paths.js';
import { newRecordId, RECORD_VERSION } from '../store/record.js';

/** Where a quiz's answers go; nothing with `--no-save`. */
export interface QuizRecorder {
  readonly failed: boolean;
  /** Saves one judged answer, the moment it is judged; a failure is said on stderr and the quiz goes on. */
  answer(answer: QuizAnswer, limitMs: number | null): void;
  /** After the quiz: which answers could not be saved. */
  reportUnsaved(): void;
}

export function openQuizRecorder(
  options: { save: boolean; lang: Lang; bankId: string; home?: string; now?: () => Date },
  stderr: NodeJS.WritableStream,
): QuizRecorder {
  if (!options.save) return { failed: false, answer() {}, reportUnsaved() {} };
  const session = randomBytes(6).toString('hex');
  const now = options.now ?? (() => new Date());
  const store = openStore(resolveDataDir(options.home), { lang: options.lang });
  const reported = new Set<string>();
  const unsaved: string[] = [];
  return {
    get failed() {
      return unsaved.length > 0;
    },
    answer(answer, limitMs) {
      const { item, section } = answer.presented;
      try {
        store.append({
          v: RECORD_VERSION,
          kind: 'quiz-answer',
          id: newRecordId(),
          at: now().toISOString(),
          session,
          bank: options.bankId,
          question: item.id,
          section,
          type: item.type,
          chosen: bankLettersOf(answer.presented, answer.chosen),
          right: answer.right,
          elapsed_ms: Math.round(answer.elapsedMs),
          time_limit: limitMs === null || limitMs <= 0 ? null : limitMs / 1000,
          timed_out: answer.timedOut,
        });
      } catch (error) {
        unsaved.push(item.id);
        const message = error instanceof Error ? error.message : String(error);
        if (!reported.has(message)) {
          reported.add(message);
          stderr.write(`${message}\n`);
        }
      }
    },
    reportUnsaved() {
      if (unsaved.length > 0)
        stderr.write(`${storeMessagesFor(options.lang).notSaved(unsaved.map(neutralizeInline))}\n`);
    },
  };
}
