/**
 * An interrupted interview continued from the history: its plan, the answers
 * already graded, the draft of the question it stopped on.
 */

import type { Bank } from '../bank/types.js';
import { ExitCode } from '../exit-codes.js';
import { neutralize } from '../neutralize.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import { attemptFromRecord, type ResumePoint } from '../session/resume.js';
import { messages } from '../ui/i18n.js';
import { writeWrapped } from '../ui/output.js';
import { ourCommand } from '../ui/render/command-line.js';
import type { CommandIO } from './command-io.js';
import { runInterview } from './interview.js';
import type { PracticeOptions } from './practice.js';
import { openRecorder } from './recorder.js';
import { waitToStart } from './terminal-session.js';

/** The interrupted interview continued: its plan, the answers given, the draft of the question it stopped on. */
export async function resumePractice(
  unfinished: ResumePoint,
  bank: Bank,
  bankId: string,
  options: PracticeOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const m = messages(options.lang);
  // Over the whole bank: the interview may have been drawn (--draw).
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
  writeWrapped(io, m.resuming(previous.length, resumedPlan.length));
  if (!(await waitToStart(io, options))) return ExitCode.interrupted;
  const recorder = openRecorder({ ...options, bankId, session: unfinished.session }, io.stderr);
  return runInterview(
    {
      plan: resumedPlan,
      previous,
      drafts,
      recorder,
      scoring: scoringContext(bank),
      resumeCommand: resumeCommand(options, io),
    },
    options,
    io,
  );
}

/** How to continue this interview; none with --no-save (nothing is kept to continue). */
export function resumeCommand(options: PracticeOptions, io: CommandIO): string | undefined {
  return options.save ? ourCommand('practice --resume', options, io.env) : undefined;
}
