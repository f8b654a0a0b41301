/**
 * An interrupted interview continued from the history: its plan, the answers
 * already graded, the draft of the question it stopped on.
 */

import { bankIdOf } from '../bank/bank-id.js';
import type { Bank } from '../bank/types.js';
import { ExitCode } from '../exit-codes.js';
import { neutralize } from '../neutralize.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import { attemptFromRecord, findUnfinished, type ResumePoint } from '../session/resume.js';
import type { HistoryRecord, SessionCommand } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { writeWrapped } from '../ui/output.js';
import type { CommandIO } from './command-io.js';
import { type InterviewOptions, runInterview } from './interview.js';
import { openBank } from './open-bank.js';
import { readHistory } from './read-history.js';
import { openRecorder } from './recorder.js';
import { resumeCommand } from './resume-command.js';
import { requireTerminal, waitToStart } from './terminal-session.js';

/**
 * The interrupted `practice`, `drill` or `review` continued, in the same
 * session: the questions of its plan not yet answered, the draft of the one it
 * stopped on in the editor again, its summary over the whole plan.
 */
export async function resumeInterview(
  command: SessionCommand,
  unfinished: ResumePoint,
  bank: Bank,
  bankId: string,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  // Over the whole bank: the interview may have been drawn (--draw), or a drill of --weakest.
  const byId = new Map(planSession(bank.sections, options).map((p) => [p.question.id, p]));
  const resumedPlan = unfinished.plan.flatMap((id) => byId.get(id) ?? []);
  const previous = unfinished.attempts
    .filter((a) => byId.has(a.question))
    .map((a) => attemptFromRecord(a, unfinished.followUps));
  const drafts = new Map(
    unfinished.draft
      ? [
          [
            unfinished.draft.question,
            // Drawn into the answer prompt: nothing from the log reaches the terminal raw.
            { text: neutralize(unfinished.draft.text), elapsedMs: unfinished.draft.elapsed_ms },
          ],
        ]
      : [],
  );
  writeWrapped(io, m.resuming(command, previous.length, resumedPlan.length));
  if (!(await waitToStart(io, options))) return ExitCode.interrupted;
  const recorder = openRecorder({ ...options, bankId, session: unfinished.session }, io.stderr);
  return runInterview(
    {
      plan: resumedPlan,
      previous,
      drafts,
      recorder,
      scoring: scoringContext(bank),
      resumeCommand: resumeCommand(command, options, io),
    },
    options,
    io,
  );
}

/**
 * `<command> --resume`: the latest unfinished run of `command` on this bank
 * continued, with the options it was started with; or, when there is none,
 * a line that says so (exit 0: nothing was asked that could fail).
 */
export function resumeLatest(
  command: SessionCommand,
  records: readonly HistoryRecord[],
  bank: Bank,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const bankId = bankIdOf(bank);
  const unfinished = findUnfinished(records, bankId, command);
  if (!unfinished) {
    writeWrapped(io, messages(options.lang).nothingToResume(command));
    return Promise.resolve(ExitCode.ok);
  }
  // A resumed run goes on as it began: timed, untimed or aloud as then.
  return resumeInterview(
    command,
    unfinished,
    bank,
    bankId,
    { ...options, ...unfinished.options },
    io,
  );
}

/**
 * `drill --resume`, `review --resume`: the whole bank and the history read
 * (a drill's plan may span sections), then `resumeLatest`.
 */
export async function resumeRun(
  command: SessionCommand,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  await requireTerminal(io, options, command);
  const bank = await openBank(options);
  const { records } = readHistory(options, io.stderr);
  return resumeLatest(command, records, bank, options, io);
}
