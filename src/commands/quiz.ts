import { randomInt } from 'node:crypto';
import { bankIdOf } from '../bank/bank-id.js';
import type { Bank } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralize, neutralizeInline } from '../neutralize.js';
import { itemClock, type QuizLimits, quizTimeUp } from '../quiz/clock.js';
import type { PresentedItem } from '../quiz/present.js';
import { randomFromSeed } from '../quiz/random.js';
import { judge, type QuizAnswer, scoreQuiz } from '../quiz/score.js';
import { sectionsWithChoices, selectQuiz } from '../quiz/select.js';
import { renderContext, writeLine, writeWrapped } from '../ui/output.js';
import type { ChoicePromptConfig } from '../ui/prompts/index.js';
import { type QuizText, quizText } from '../ui/quiz-text.js';
import type { RenderContext } from '../ui/render/context.js';
import { renderQuizFeedback, renderQuizScore } from '../ui/render/render-quiz.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { openBank, requireSection } from './open-bank.js';
import { openQuizRecorder } from './quiz-recorder.js';
import { requireTerminal, waitToStart } from './terminal-session.js';

export interface QuizOptions extends CommonOptions {
  /** A section's number, id or title; every section with choice items when omitted. */
  section?: string;
  count?: number;
  shuffle?: boolean;
  /** Seconds for each item, replacing the bank's. */
  time?: number;
  /** Seconds for the whole quiz (its answering time). */
  total?: number;
  /** false with `--no-timer`: no clock at all. */
  timer: boolean;
  save: boolean;
  /** The shuffle's seed; random when omitted. */
  seed?: number;
  /** The items to ask, instead of choosing them (review: the ones due). */
  items?: readonly PresentedItem[];
  /** The bank already opened (review), so that it is not read and localised again. */
  opened?: Bank;
}

/**
 * `quiz [section]`: the bank's choice items, one at a time, timed; after
 * each, right or wrong, the right answer and why; at the end the score as
 * `right/total` and the items missed. Every answer is saved the moment it is
 * judged; Ctrl+C ends with the score of what was answered, exit 130.
 */
export async function runQuiz(options: QuizOptions, io: CommandIO): Promise<ExitCode> {
  await requireTerminal(io, options, 'quiz');
  const t = quizText(options.lang);
  const bank = options.opened ?? (await openBank(options));
  const items = options.items ?? chooseItems(options, bank);
  const limits: QuizLimits = {
    item: !options.timer ? null : (options.time ?? null),
    total: !options.timer ? null : (options.total ?? null),
  };
  writeWrapped(io, t.intro(items.length, describeLimits(options, items, limits)));
  if (!(await waitToStart(io, options))) return ExitCode.interrupted;
  const recorder = openQuizRecorder({ ...options, bankId: bankIdOf(bank) }, io.stderr);
  const prompts = await import('../ui/prompts/index.js');
  const context = { input: io.stdin, output: io.stdout };
  const ctx = () => renderContext(io, options);

  const answers: QuizAnswer[] = [];
  let answering = 0;
  let interrupted = false;
  let outOfTime = false;
  try {
    for (const [index, presented] of items.entries()) {
      if (quizTimeUp(limits, answering)) {
        outOfTime = true;
        break;
      }
      const clock = itemClock(ownLimits(limits, presented, options), answering);
      const result = await prompts.askChoice(
        choicePrompt(presented, index, items.length, clock, t, ctx().c),
        context,
      );
      answering += result.elapsedMs;
      const answer = judge(presented, result.chosen, result);
      answers.push(answer);
      recorder.answer(answer, clock.limitMs);
      writeLine(io.stdout, renderQuizFeedback(ctx(), answer, t));
      await prompts.waitForEnter(t.continueHint, context);
    }
  } catch (error) {
    if (!prompts.isExitPromptError(error)) throw error;
    interrupted = true;
  }
  if (outOfTime || quizTimeUp(limits, answering))
    writeLine(io.stdout, ctx().c.red.bold(t.quizTimeUp));
  writeLine(
    io.stdout,
    renderQuizScore(ctx(), scoreQuiz(items, answers, interrupted), t, interrupted),
  );
  recorder.reportUnsaved();
  if (recorder.failed) return ExitCode.io;
  return interrupted ? ExitCode.interrupted : ExitCode.ok;
}

/** The limits of one item: the bank's, unless --time gives one, or --total times the quiz as a whole. */
function ownLimits(limits: QuizLimits, presented: PresentedItem, options: QuizOptions): QuizLimits {
  const ownLimit = limits.item ?? (limits.total === null ? presented.item.time_limit : null);
  return { ...limits, item: options.timer ? ownLimit : null };
}

/** The choice prompt of one item: its header, options and clock. */
function choicePrompt(
  presented: PresentedItem,
  index: number,
  total: number,
  clock: ReturnType<typeof itemClock>,
  t: QuizText,
  colors: RenderContext['c'],
): ChoicePromptConfig {
  const type = presented.item.type;
  return {
    header: t.header(index + 1, total, t.typeName[type]),
    prompt: presented.item.prompt,
    options: presented.options.map((o) => o.text),
    multiple: type === 'multiple',
    limitMs: clock.limitMs,
    clockLabel: clock.by === 'quiz' ? t.quizRemaining : t.remaining,
    help: t.help[type],
    chooseHint: type === 'multiple' ? t.chooseSome : t.chooseOne,
    colors,
  };
}

function chooseItems(
  options: QuizOptions,
  bank: Awaited<ReturnType<typeof openBank>>,
): PresentedItem[] {
  const t = quizText(options.lang);
  const sections =
    options.section === undefined
      ? sectionsWithChoices(bank.sections)
      : [requireSection(bank, options.section, options)];
  const items = selectQuiz(sections, {
    count: options.count,
    shuffle: options.shuffle,
    random: randomFromSeed(options.seed ?? randomInt(1, 2 ** 31)),
    labels: t.trueFalse,
  });
  if (items.length > 0) return items;
  if (options.section === undefined) throw new UsageError(t.noItems);
  throw new UsageError(t.noItemsInSection(neutralizeInline(sections[0]?.title ?? options.section)));
}

function describeLimits(
  options: QuizOptions,
  items: readonly PresentedItem[],
  limits: QuizLimits,
): string {
  const t = quizText(options.lang);
  if (!options.timer) return t.noLimit;
  if (limits.total !== null) {
    const whole = t.whole(neutralize(String(Math.round((limits.total / 60) * 10) / 10)));
    return limits.item === null ? whole : `${t.perItem(limits.item)}，${whole}`;
  }
  const seconds = new Set(items.map((p) => limits.item ?? p.item.time_limit));
  return seconds.size === 1
    ? t.perItem([...seconds][0] as number)
    : t.perItem(Math.max(...seconds));
}
