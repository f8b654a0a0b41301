import { bankIdOf } from '../bank/bank-id.js';
import type { Bank } from '../bank/types.js';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer, coveredNames } from '../insights/analyze-answer.js';
import { neutralizeInline } from '../neutralize.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { formatScore } from '../ui/render/format.js';
import { stringifyJson } from '../ui/render/json.js';
import { renderFeedback } from '../ui/render/render-feedback.js';
import { renderFollowUpFeedback } from '../ui/render/render-follow-ups.js';
import { renderQuestion } from '../ui/render/render-question.js';
import { renderSummary } from '../ui/render/render-summary.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { fileProblem, gradeClass } from './grade-class.js';
import { type GradedFile, gradeFile } from './grade-file.js';
import { CSV_HEADER, csvLine, gradeCsvRows, gradeJson, gradeJsonLine } from './grade-output.js';
import { renderGradeTemplate } from './grade-template.js';
import { openBank } from './open-bank.js';
import { openRecorder } from './recorder.js';

export type { GradeJson, GradeJsonLine } from './grade-output.js';

export const GRADE_FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
export type GradeFormat = (typeof GRADE_FORMATS)[number];

export interface GradeOptions extends CommonOptions {
  /** Paths, `-` for standard input. */
  files: string[];
  /** `--json`: the same as `format: 'json'`. */
  json?: boolean;
  format?: string;
  template?: boolean;
  /** false with `--no-save`. */
  save?: boolean;
}

function formatOf(options: GradeOptions): GradeFormat {
  const m = messages(options.lang);
  const format = options.format ?? (options.json ? 'json' : 'text');
  if (!(GRADE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(m.badGradeFormat(neutralizeInline(format)));
  if (options.json && format !== 'json') throw new UsageError(m.gradeJsonAndFormat);
  if (format === 'json' && options.files.length > 1) throw new UsageError(m.gradeJsonOneFile);
  return format as GradeFormat;
}

/**
 * `grade <file…|->`: grades written answers without a terminal; `--template`
 * prints a file to fill in. One file is saved to the history as a session of
 * its own; several (a class's answers) are not: they are not the user's.
 * A file that cannot be graded is named on standard error and the others
 * are graded; the exit code is then 1 (74 if the history failed).
 */
export async function runGrade(options: GradeOptions, io: CommandIO): Promise<ExitCode> {
  const m = messages(options.lang);
  const bank = await openBank(options);
  if (options.template) {
    writeLine(io.stdout, renderGradeTemplate(options.lang, bank.sections));
    return ExitCode.ok;
  }
  if (options.files.length === 0) throw new UsageError(m.gradeNeedsFile);
  const format = formatOf(options);
  if (options.files.length === 1 && (format === 'text' || format === 'json'))
    return gradeOne(options.files[0] as string, format, bank, options, io);

  if (format === 'jsonl' || format === 'csv') return gradeMany(format, bank, options, io);

  const ctx = renderContext(io, options);
  let failed = false;
  for (const file of options.files) {
    let graded: GradedFile;
    try {
      graded = await gradeFile(file, bank, io, options);
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      failed = true;
      writeLine(io.stderr, fileProblem(file, error));
      continue;
    }
    writeLine(io.stdout, ctx.c.bold(`== ${neutralizeInline(graded.name)} ==`));
    writeFeedback(graded, ctx, options, io);
  }
  return failed ? ExitCode.badInput : ExitCode.ok;
}

/** JSON Lines or CSV of one file or many; one file is saved, as `grade` of one file always is. */
async function gradeMany(
  format: 'jsonl' | 'csv',
  bank: Bank,
  options: GradeOptions,
  io: CommandIO,
): Promise<ExitCode> {
  if (format === 'csv') io.stdout.write(csvLine(CSV_HEADER));
  const [only] = options.files;
  if (options.files.length === 1 && only !== undefined) {
    let graded: GradedFile;
    try {
      graded = await gradeFile(only, bank, io, options);
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      writeLine(io.stderr, fileProblem(only, error));
      return ExitCode.badInput;
    }
    const savingFailed = record(graded, bank, options, io);
    io.stdout.write(
      format === 'jsonl' ? `${JSON.stringify(gradeJsonLine(graded))}\n` : gradeCsvRows(graded),
    );
    return savingFailed ? ExitCode.io : ExitCode.ok;
  }
  let failed = false;
  await gradeClass(
    options.files,
    format,
    bank,
    io,
    options,
    (outcome) => {
      if ('out' in outcome) io.stdout.write(outcome.out);
      else {
        failed = true;
        writeLine(io.stderr, outcome.problem);
      }
    },
    io.workerEntry,
  );
  return failed ? ExitCode.badInput : ExitCode.ok;
}

/** Saves a file's answers as a session; true when a write failed (said on stderr). */
function record(graded: GradedFile, bank: Bank, options: GradeOptions, io: CommandIO): boolean {
  const recorder = openRecorder(
    {
      save: options.save !== false,
      lang: options.lang,
      bankId: bankIdOf(bank),
      home: options.home,
    },
    io.stderr,
  );
  for (const attempt of graded.attempts) {
    const id = recorder.attempt(attempt);
    for (const answer of attempt.followUps ?? []) recorder.followUp(id, attempt, answer);
  }
  recorder.reportUnsaved();
  return recorder.failed;
}

/** One file, as grade always did: its errors end the run, --json keeps its shape. */
async function gradeOne(
  file: string,
  format: 'text' | 'json',
  bank: Bank,
  options: GradeOptions,
  io: CommandIO,
): Promise<ExitCode> {
  const graded = await gradeFile(file, bank, io, options);
  const savingFailed = record(graded, bank, options, io);
  if (format === 'json') writeLine(io.stdout, stringifyJson(gradeJson(graded)));
  else writeFeedback(graded, renderContext(io, options), options, io);
  return savingFailed ? ExitCode.io : ExitCode.ok;
}

function writeFeedback(
  graded: GradedFile,
  ctx: ReturnType<typeof renderContext>,
  options: GradeOptions,
  io: CommandIO,
): void {
  const m = messages(options.lang);
  graded.plan.forEach((item, index) => {
    const attempt = graded.attempts[index];
    if (!attempt) return;
    writeLine(
      io.stdout,
      renderQuestion({ ...ctx }, { ...item, timeLimit: null }, index, graded.plan.length),
    );
    writeLine(
      io.stdout,
      renderFeedback(
        ctx,
        item.question,
        attempt.grade,
        undefined,
        analyzeAnswer(attempt.text, item.question, { covered: coveredNames(attempt.grade) }),
      ),
    );
    const followUps = renderFollowUpFeedback(ctx, item.question, attempt.followUps);
    if (followUps.length > 0) writeLine(io.stdout, followUps.join('\n'));
    if (attempt.selfScore !== null) {
      writeLine(
        io.stdout,
        ctx.c.bold(
          m.selfScoreCounts(formatScore(attempt.selfScore), formatScore(attempt.grade.score)),
        ),
      );
    }
  });
  writeLine(io.stdout, renderSummary(ctx, graded.summary, false));
}
