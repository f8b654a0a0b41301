import { bankIdOf } from '../bank/bank-id.js';
import type { Bank } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeInline } from '../neutralize.js';
import { scoringContext } from '../scoring/context.js';
import { type PlannedQuestion, planSession } from '../session/plan.js';
import { messages } from '../ui/i18n.js';
import { writeWrapped } from '../ui/output.js';
import { quizText } from '../ui/quiz-text.js';
import type { CommandIO } from './command-io.js';
import { type InterviewOptions, runInterview } from './interview.js';
import { openBank, requireSection } from './open-bank.js';
import { openRecorder } from './recorder.js';
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
  const m = messages(options.lang);
  if (section === undefined && options.weakest === undefined)
    throw new UsageError(m.drillNeedsSection);
  await requireTerminal(io, options, 'drill');
  const bank = await openBank(options);
  const sections = section === undefined ? bank.sections : [requireSection(bank, section, options)];
  const only = sections.length === 1 ? sections[0] : undefined;
  if (only !== undefined && only.questions.length === 0)
    throw new UsageError(
      quizText(options.lang).onlyChoices(neutralizeInline(only.title), only.order),
    );
  let plan: PlannedQuestion[];
  if (options.weakest === undefined) plan = planSession(sections, options);
  else {
    // The history and its FSRS library only for --weakest: a plain drill starts without them.
    const [{ readHistory }, { bankAttempts, weakestPlan }] = await Promise.all([
      import('./read-history.js'),
      import('./weakest-plan.js'),
    ]);
    const { records } = readHistory({ ...options, slim: true }, io.stderr);
    plan = weakestPlan(
      bank,
      sections,
      bankAttempts(records, bankIdOf(bank)),
      options,
      options.weakest,
    );
    if (plan.length === 0) {
      writeWrapped(io, m.noWeakest);
      return ExitCode.ok;
    }
    writeWrapped(io, m.drillingWeakest(plan.length));
  }
  return drillPlan(bank, plan, options, io);
}

/** Runs a drill of these questions: recorded as a `drill` session. */
export function drillPlan(
  bank: Bank,
  plan: readonly PlannedQuestion[],
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const recorder = openRecorder({ ...options, bankId: bankIdOf(bank) }, io.stderr);
  recorder.start(
    'drill',
    plan.map((p) => p.question.id),
  );
  return runInterview({ plan, recorder, scoring: scoringContext(bank) }, options, io);
}
