import { bankIdOf } from '../bank/bank-id.js';
import { ExitCode } from '../exit-codes.js';
import { scoringContext } from '../scoring/score-answer.js';
import { coreSections, drawSections, planSession } from '../session/plan.js';
import { findUnfinished } from '../session/resume.js';
import { messages } from '../ui/i18n.js';
import { writeWrapped } from '../ui/output.js';
import { formatScore } from '../ui/render/format.js';
import type { CommandIO } from './command-io.js';
import { type InterviewOptions, runInterview } from './interview.js';
import { openBank } from './open-bank.js';
import { readHistory } from './read-history.js';
import { openRecorder } from './recorder.js';
import { resumeCommand } from './resume-command.js';
import { resumeLatest } from './resume-interview.js';
import { requireTerminal, waitToStart } from './terminal-session.js';

export interface PracticeOptions extends InterviewOptions {
  /** `--draw`: a mock interview of the core's shape drawn from the whole bank. */
  draw?: boolean;
}

/** `practice`: the full mock interview, every section in order, timed; `--resume` continues an interrupted one. */
export async function runPractice(options: PracticeOptions, io: CommandIO): Promise<ExitCode> {
  await requireTerminal(io, options, 'practice');
  const m = messages(options.lang);
  const bank = await openBank(options);
  const bankId = bankIdOf(bank);
  // With --no-save nothing is kept, so the history is read only for --resume
  // (the answers to go on from; one that cannot be read is said and done
  // without), not for the note about an unfinished interview.
  const { records } =
    options.save || options.resume ? readHistory(options, io.stderr) : { records: [] };
  if (options.resume) return resumeLatest('practice', records, bank, options, io);
  const unfinished = findUnfinished(records, bankId, 'practice');
  // The core questions by default (the shipped bank's sixteen, 153 points); --draw: the same shape from the whole pool.
  const sections = options.draw ? drawSections(bank.sections) : coreSections(bank.sections);
  const plan = planSession(sections, options);

  if (unfinished)
    writeWrapped(io, m.unfinishedNote(unfinished.attempts.length, unfinished.plan.length));
  const limits = plan.map((p) => p.timeLimit);
  const minutes = limits.every((l) => l !== null)
    ? Math.ceil(limits.reduce<number>((n, l) => n + (l ?? 0), 0) / 60)
    : null;
  const points = plan.reduce((n, p) => n + p.question.points, 0);
  writeWrapped(io, m.practiceIntro(sections.length, plan.length, formatScore(points), minutes));
  // Nothing is recorded before the candidate is ready: leaving here leaves no unfinished interview.
  if (!(await waitToStart(io, options))) return ExitCode.interrupted;
  const recorder = openRecorder({ ...options, bankId }, io.stderr);
  recorder.start(
    'practice',
    plan.map((p) => p.question.id),
    options,
  );
  return runInterview(
    {
      plan,
      recorder,
      scoring: scoringContext(bank),
      resumeCommand: resumeCommand('practice', options, io),
    },
    options,
    io,
  );
}
