import { bankIdOf } from '../bank/bank-id.js';
import type { Bank, Question, Section } from '../bank/types.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer, coveredNames } from '../insights/analyze-answer.js';
import { neutralize, neutralizeInline } from '../neutralize.js';
import { scoringContext } from '../scoring/score-answer.js';
import { replayedNotes } from '../session/replayed-notes.js';
import { attemptFromRecord } from '../session/resume.js';
import type {
  AttemptRecord,
  FollowUpRecord,
  HistoryRecord,
  QuizAnswerRecord,
} from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { titledBlock } from '../ui/render/blocks.js';
import type { RenderContext } from '../ui/render/context.js';
import { formatLocalDateTime, formatScore, sectionNumber } from '../ui/render/format.js';
import { renderChecklist, renderFeedback, scoreLine } from '../ui/render/render-feedback.js';
import { renderFollowUpAnswers } from '../ui/render/render-follow-ups.js';
import { SHOWN_ID_LENGTH } from '../ui/render/render-history.js';
import { wrapText } from '../ui/wrap.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { renderQuizAnswerShown } from './history-show-quiz.js';
import { openBank } from './open-bank.js';
import { readHistory } from './read-history.js';

/** An id typed back is at least this long, so that it names one answer. */
const MIN_ID_LENGTH = 4;

/**
 * `history show <id>`: one saved answer after its question and before the
 * reference answer, the analysis and the feedback it got (the key points as
 * recorded; the insights worked out again from its text), then the
 * follow-ups answered after it, each with its answer and score. `id` is the id
 * `history` shows, or any unique start of it.
 */
export async function runHistoryShow(
  id: string,
  options: CommonOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const { records } = readHistory(options, io.stderr);
  const first = findShown(records, id, messages(options.lang));
  const bank = await openBank(options);
  if (first.kind === 'quiz-answer') {
    writeLine(io.stdout, renderQuizAnswerShown(renderContext(io, options), first, bank));
    return ExitCode.ok;
  }
  // The follow-ups answered after it: records of their own that name it.
  const followUps = records.filter(
    (r): r is FollowUpRecord => r.kind === 'follow-up' && r.attempt === first.id,
  );
  writeLine(io.stdout, renderAttemptShown(renderContext(io, options), first, followUps, bank));
  return ExitCode.ok;
}

/** The one answer (or quiz answer) whose id starts with `id`; a usage error for none or several. */
function findShown(
  records: readonly HistoryRecord[],
  id: string,
  m: ReturnType<typeof messages>,
): AttemptRecord | QuizAnswerRecord {
  const wanted = id.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_ID_LENGTH)
    throw new UsageError(m.historyBadId(neutralizeInline(id), MIN_ID_LENGTH));
  // `history` lists the rules quiz's answers beside the others: their ids are shown too.
  const found = records.filter(
    (r): r is AttemptRecord | QuizAnswerRecord =>
      (r.kind === 'attempt' || r.kind === 'quiz-answer') && r.id.toLowerCase().startsWith(wanted),
  );
  if (found.length === 0) throw new UsageError(m.historyNoId(neutralizeInline(id)));
  if (found.length > 1) {
    const ids = found.map((a) => neutralizeInline(a.id)).join(', ');
    throw new UsageError(m.historyAmbiguousId(neutralizeInline(id), ids));
  }
  return found[0] as AttemptRecord | QuizAnswerRecord;
}

/** The answer shown as the feedback showed it, or, for a question gone from the bank, its grade. */
function renderAttemptShown(
  ctx: RenderContext,
  record: AttemptRecord,
  followUps: readonly FollowUpRecord[],
  bank: Bank,
): string {
  const { lang } = ctx;
  const m = messages(lang);
  const place =
    bankIdOf(bank) === record.bank ? findQuestion(bank.sections, record.question) : undefined;
  const attempt = attemptFromRecord(record, followUps);
  const mode = record.mode === 'oral' ? m.historyOral : m.historyTyped;
  const head = [
    neutralizeInline(record.id.slice(0, SHOWN_ID_LENGTH)),
    neutralizeInline(record.question),
    ...(place
      ? [`${sectionNumber(place.section.order, lang)} ${neutralizeInline(place.section.title)}`]
      : []),
    formatLocalDateTime(new Date(record.at)),
    mode,
  ].join(' · ');
  const timing = {
    elapsedMs: record.elapsed_ms,
    timeLimit: record.time_limit,
    timedOut: record.timed_out,
  };
  const out = [ctx.c.dim(head)];
  if (place)
    out.push(...wrapText(neutralize(place.question.prompt), ctx.width).map((l) => ctx.c.bold(l)));
  out.push('');
  // An oral answer has no text: its record is the points ticked.
  out.push(
    ...(record.mode === 'oral'
      ? [ctx.c.bold.cyan(m.yourAnswer), `  ${m.historyOralNoText}`]
      : titledBlock(ctx, m.yourAnswer, attempt.text.trim() === '' ? m.noAnswer : attempt.text)),
  );
  if (place) {
    const insights =
      record.mode === 'typed' && attempt.text.trim() !== ''
        ? analyzeAnswer(attempt.text, place.question, {
            ...timing,
            covered: coveredNames(attempt.grade),
          })
        : undefined;
    // The cap notice (a red flag, a length cap) as the feedback showed it.
    const notes = replayedNotes(record, place.question, scoringContext(bank));
    const grade = { ...attempt.grade, ...notes };
    out.push(renderFeedback(ctx, place.question, grade, timing, insights));
  } else {
    out.push('', ...wrapText(m.historyQuestionGone, ctx.width).map((l) => ctx.c.yellow(l)));
    out.push(ctx.c.bold.cyan(scoreLine(lang, attempt.grade, timing)));
    out.push(...renderChecklist(ctx, attempt.grade));
  }
  if (record.self_score !== null)
    out.push(
      ctx.c.bold(m.selfScoreCounts(formatScore(record.self_score), formatScore(record.auto_score))),
    );
  out.push(...renderFollowUpAnswers(ctx, place?.question, attempt.followUps));
  return out.join('\n');
}

function findQuestion(
  sections: readonly Section[],
  id: string,
): { section: Section; question: Question } | undefined {
  for (const section of sections)
    for (const question of section.questions) if (question.id === id) return { section, question };
  return undefined;
}
