import { bankIdOf } from '../bank/bank-id.js';
import { UsageError } from '../errors.js';
import type { ExitCode } from '../exit-codes.js';
import { scoringContext } from '../scoring/score-answer.js';
import { planSession } from '../session/plan.js';
import type { CommandIO } from '../ui/output.js';
import { quizText } from '../ui/quiz-text.js';
import { neutralizeInline } from '../ui/sanitize.js';
import { type InterviewOptions, requireTerminal, runInterview } from './interview.js';
import { openBank, requireSection } from './open-bank.js';
import { openRecorder } from './recorder.js';

/** `drill <section>`: one section, optionally shuffled and cut to `--count`. */
export async function runDrill(
  section: string,
  options: InterviewOptions,
  io: CommandIO,
): Promise<ExitCode> {
  await requireTerminal(io, options, 'drill');
  const bank = await openBank(options);
  const chosen = requireSection(bank, section, options);
  if (chosen.questions.length === 0)
    throw new UsageError(quizText(options.lang).onlyChoices(neutralizeInline(chosen.title)));
  const plan = planSession([chosen], options);
  const recorder = openRecorder({ ...options, bankId: bankIdOf(bank) }, io.stderr);
  recorder.start(
    'drill',
    plan.map((p) => p.question.id),
  );
  return runInterview({ plan, recorder, scoring: scoringContext(bank) }, options, io);
}
