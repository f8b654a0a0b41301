import { bankIdOf } from '../bank/bank-id.js';
import type { Bank, Section } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeInline } from '../neutralize.js';
import { scoringContext } from '../scoring/context.js';
import { type PlannedQuestion, planSession } from '../session/plan.js';
import { messages } from '../ui/i18n.js';
import { writeWrapped } from '../ui/output.js';
import { quizText } from '../ui/quiz-text.js';
import type { CommandIO } from './command-io.js';
import { type InterviewOptions, type InterviewRun, runInterview } from './interview.js';
import { openRecorderLater } from './later-recorder.js';
import { openBank, openSection, requireSection } from './open-bank.js';
import { resumeCommand } from './resume-command.js';
import { requireTerminal } from './terminal-session.js';

export interface DrillOptions extends InterviewOptions {
  /** `--weakest N`: the N weakest questions by the history, now, whatever the schedule says. */
  weakest?: number;
}

/**
 * `drill <section>`: one section, optionally shuffled and cut to `--count`;
 * `drill --weakest N`: the N weakest questions by history (of the section,
 * when one is named), weakest first.
 */
export async function runDrill(
  section: string | undefined,
  options: DrillOptions,
  io: CommandIO,
): Promise<ExitCode> {
  // The history store (node:crypto) and the scorer only to resume: a drill loads them after its
  // first question is drawn.
  if (options.resume)
    return (await import('./resume-interview.js')).resumeRun('drill', options, io);
  const m = messages(options.lang);
  const { weakest } = options;
  if (weakest === undefined) {
    if (section === undefined) throw new UsageError(m.drillNeedsSection);
    await requireTerminal(io, options, 'drill');
    // Only the section asked is read before its first question; the rest, for the scorer, after.
    const opened = await openSection(options, section);
    requireQuestions([opened.section], options);
    return drillPlan(opened, planSession([opened.section], options), options, io, () =>
      scoringContext(opened.whole()),
    );
  }
  await requireTerminal(io, options, 'drill');
  const bank = await openBank(options);
  const sections = section === undefined ? bank.sections : [requireSection(bank, section, options)];
  requireQuestions(sections, options);
  // The history and its FSRS library only for --weakest: a plain drill starts without them.
  const [{ readHistory }, { bankAttempts, weakestPlan }] = await Promise.all([
    import('./read-history.js'),
    import('./weakest-plan.js'),
  ]);
  const { records } = readHistory({ ...options, slim: true }, io.stderr);
  const plan = weakestPlan(bank, sections, bankAttempts(records, bankIdOf(bank)), options, weakest);
  if (plan.length === 0) {
    writeWrapped(io, m.noWeakest);
    return ExitCode.ok;
  }
  writeWrapped(io, m.drillingWeakest(plan.length));
  return drillPlan(bank, plan, options, io, scoringContext(bank));
}

/** A drill of one section of the quiz's items alone is a usage error: `quiz` asks them. */
function requireQuestions(sections: readonly Section[], options: InterviewOptions): void {
  const only = sections.length === 1 ? sections[0] : undefined;
  if (only !== undefined && only.questions.length === 0)
    throw new UsageError(
      quizText(options.lang).onlyChoices(neutralizeInline(only.title), only.order),
    );
}

/** Runs a drill of these questions of the bank: recorded as a `drill` session. */
export function drillPlan(
  bank: Pick<Bank, 'source'>,
  plan: readonly PlannedQuestion[],
  options: InterviewOptions,
  io: CommandIO,
  scoring: InterviewRun['scoring'],
): Promise<ExitCode> {
  const recorder = openRecorderLater({ ...options, bankId: bankIdOf(bank) }, io.stderr);
  recorder.start(
    'drill',
    plan.map((p) => p.question.id),
    options,
  );
  return runInterview(
    { plan, recorder, scoring, resumeCommand: resumeCommand('drill', options, io) },
    options,
    io,
  );
}
