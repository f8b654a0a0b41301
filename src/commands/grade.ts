import { createReadStream } from 'node:fs';
import { bankIdOf } from '../bank/bank-id.js';
import { findUnknownAnswerIds, parseAnswersFile } from '../bank/parse-answers.js';
import type { Bank, Question } from '../bank/types.js';
import { BankError, ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { analyzeAnswer } from '../insights/analyze-answer.js';
import type { Insights } from '../insights/types.js';
import { MAX_ANSWERS_FILE_BYTES } from '../limits.js';
import { scoreAnswer, scoringContext } from '../scoring/score-answer.js';
import type { MissReason, ScoreFlag } from '../scoring/types.js';
import type { Attempt } from '../session/attempt.js';
import { type FollowUpAttempt, followUpTotals, gradeFollowUp } from '../session/follow-ups.js';
import { planSession } from '../session/plan.js';
import { summarize } from '../session/summarize.js';
import { followUpMessages } from '../ui/follow-up-messages.js';
import { messages } from '../ui/i18n.js';
import type { CommandIO, CommonOptions } from '../ui/output.js';
import { renderContext, writeLine } from '../ui/output.js';
import { formatScore } from '../ui/render/format.js';
import { stringifyJson } from '../ui/render/render-answer-key.js';
import { renderFeedback } from '../ui/render/render-feedback.js';
import { renderFollowUpFeedback } from '../ui/render/render-follow-ups.js';
import { renderQuestion } from '../ui/render/render-question.js';
import { renderSummary } from '../ui/render/render-summary.js';
import { neutralizeInline } from '../ui/sanitize.js';
import { renderGradeTemplate } from './grade-template.js';
import { openBank } from './open-bank.js';
import { openRecorder } from './recorder.js';

export interface GradeOptions extends CommonOptions {
  /** A path, or `-` for standard input. */
  file?: string;
  json?: boolean;
  template?: boolean;
  /** false with `--no-save`. */
  save?: boolean;
}

/** The `grade --json` shape, a contract for scripts. */
export interface GradeJson {
  results: {
    id: string;
    points: number;
    /** The automatic score. */
    score: number;
    /** The candidate's own score from the file, or null; it counts in `total` when given. */
    self_score: number | null;
    covered: string[];
    missed: string[];
    /** Why points were missed and what capped the score, as the scorer's structured notes. */
    reasons: { point: string; reason: MissReason }[];
    flags: ScoreFlag[];
    /** The red flags the answer shows (also among `flags`), each capping the score. */
    red_flags: { id: string; wrong: string; matched: string[]; scope: string }[];
    insights: Insights;
    /** The follow-ups answered in the file, each on its own key points (one point each). */
    follow_ups: {
      id: string;
      points: number;
      score: number;
      covered: string[];
      missed: string[];
      reasons: { point: string; reason: MissReason }[];
      flags: ScoreFlag[];
      red_flags: { id: string; wrong: string; matched: string[]; scope: string }[];
    }[];
  }[];
  /** The scores that count: self scores where given, automatic ones elsewhere. */
  total: number;
  /** The automatic scores alone. */
  auto_total: number;
  max: number;
  /** The follow-ups' points, beside `total`, never in it. */
  follow_ups_total: number;
  follow_ups_max: number;
}

async function readInput(
  file: string,
  io: CommandIO,
  options: CommonOptions,
): Promise<{ text: string; name: string }> {
  const m = messages(options.lang);
  const name = file === '-' ? '<stdin>' : file;
  let bytes: Buffer | undefined;
  try {
    bytes = await readAtMost(
      file === '-' ? io.stdin : createReadStream(file),
      MAX_ANSWERS_FILE_BYTES,
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExpectedError(m.cannotRead(neutralizeInline(file), reason), ExitCode.badInput);
  }
  if (bytes === undefined) {
    throw new ExpectedError(
      m.answersFileTooLarge(neutralizeInline(name), MAX_ANSWERS_FILE_BYTES / 1024 / 1024),
      ExitCode.badInput,
    );
  }
  // As before: a file read as UTF-8 keeps a BOM (the YAML reader skips it), standard input drops it.
  return { text: file === '-' ? new TextDecoder().decode(bytes) : bytes.toString('utf8'), name };
}

/**
 * Reads a stream to its end, or stops as soon as it holds more than `limit`
 * bytes (undefined then): `grade - < /dev/zero` must end with a message,
 * not fill the memory.
 */
async function readAtMost(
  stream: AsyncIterable<unknown>,
  limit: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const byId = new WeakMap<Bank, Map<string, Question>>();

/** The bank's questions by id, built once: a search per answer made a file of A answers A × Q. */
function questionsById(bank: Bank): Map<string, Question> {
  let map = byId.get(bank);
  if (!map) {
    map = new Map(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    byId.set(bank, map);
  }
  return map;
}

function questionById(bank: Bank, id: string): Question {
  const question = questionsById(bank).get(id);
  if (!question) throw new Error(`graded an answer to ${id}, which is not in the bank`);
  return question;
}

/** Grades every answered question of the file, in bank order. */
function gradeAnswers(bank: Bank, answers: ReadonlyMap<string, string>): Attempt[] {
  return bank.sections.flatMap((section) =>
    section.questions
      .filter((q) => answers.has(q.id))
      .map((q) => {
        const text = answers.get(q.id) ?? '';
        return {
          questionId: q.id,
          sectionId: section.id,
          text,
          timedOut: false,
          elapsedMs: 0,
          timeLimit: null,
          grade: scoreAnswer(q, text, scoringContext(bank)),
          selfScore: null,
          mode: 'typed' as const,
          followUps: (q.follow_ups ?? []).flatMap((f): FollowUpAttempt[] => {
            const said = answers.get(f.id);
            if (said === undefined) return [];
            return [
              {
                followUpId: f.id,
                ...(f.after === undefined ? {} : { after: f.after }),
                text: said,
                timedOut: false,
                elapsedMs: 0,
                timeLimit: null,
                grade: gradeFollowUp(q, f, { text: said }),
                mode: 'typed',
              },
            ];
          }),
        };
      }),
  );
}

/** `grade <file|->`: grades written answers without a terminal; `--template` prints a file to fill in. */
export async function runGrade(options: GradeOptions, io: CommandIO): Promise<ExitCode> {
  const m = messages(options.lang);
  const bank = await openBank(options);
  if (options.template) {
    writeLine(io.stdout, renderGradeTemplate(options.lang, bank.sections));
    return ExitCode.ok;
  }
  if (options.file === undefined) throw new UsageError(m.gradeNeedsFile);
  const input = await readInput(options.file, io, options);
  const parsed = parseAnswersFile(input.text, input.name, options.lang);
  const issues = [
    ...parsed.issues,
    ...findUnknownAnswerIds(parsed.positions, bank, input.name, options.lang),
  ];
  for (const [id, self] of parsed.selfScores) {
    const points = questionsById(bank).get(id)?.points;
    if (points !== undefined && self.value > points) {
      issues.push({
        file: input.name,
        ...self.position,
        message: m.selfScoreTooHigh(neutralizeInline(id), self.value, points),
      });
    }
  }
  // A follow-up is asked after its question: answered alone, it is a mistake in the file, said with its place.
  for (const section of bank.sections)
    for (const q of section.questions)
      for (const f of q.follow_ups ?? []) {
        const at = parsed.positions.get(f.id);
        if (at && parsed.answers.has(f.id) && !parsed.answers.has(q.id))
          issues.push({
            file: input.name,
            ...at,
            message: followUpMessages(options.lang).withoutQuestion(
              neutralizeInline(f.id),
              neutralizeInline(q.id),
            ),
          });
      }
  issues.sort((a, b) => a.line - b.line || a.col - b.col);
  if (issues.length > 0) throw new BankError(issues);
  if (parsed.answers.size === 0) throw new ExpectedError(m.noAnswersInFile, ExitCode.badInput);

  const attempts = gradeAnswers(bank, parsed.answers).map((a) => ({
    ...a,
    selfScore: parsed.selfScores.get(a.questionId)?.value ?? null,
  }));
  const recorder = openRecorder(
    {
      save: options.save !== false,
      lang: options.lang,
      bankId: bankIdOf(bank),
      home: options.home,
    },
    io.stderr,
  );
  for (const attempt of attempts) {
    const id = recorder.attempt(attempt);
    for (const answer of attempt.followUps ?? []) recorder.followUp(id, attempt, answer);
  }
  recorder.reportUnsaved();
  const plan = planSession(bank.sections).filter((p) => parsed.answers.has(p.question.id));
  const summary = summarize(plan, attempts);
  if (options.json) {
    const json: GradeJson = {
      results: attempts.map((a) => ({
        id: a.questionId,
        points: a.grade.max,
        score: a.grade.score,
        self_score: a.selfScore,
        covered: a.grade.keyPoints.filter((k) => k.covered).map((k) => k.point),
        missed: a.grade.keyPoints.filter((k) => !k.covered).map((k) => k.point),
        reasons: a.grade.keyPoints.flatMap((k) =>
          k.reason ? [{ point: k.point, reason: k.reason }] : [],
        ),
        flags: a.grade.flags ?? [],
        red_flags: redFlagsOf(a.grade.flags),
        insights: analyzeAnswer(a.text, questionById(bank, a.questionId)),
        follow_ups: (a.followUps ?? []).map((f) => ({
          id: f.followUpId,
          points: f.grade.max,
          score: f.grade.score,
          covered: f.grade.keyPoints.filter((k) => k.covered).map((k) => k.point),
          missed: f.grade.keyPoints.filter((k) => !k.covered).map((k) => k.point),
          reasons: f.grade.keyPoints.flatMap((k) =>
            k.reason ? [{ point: k.point, reason: k.reason }] : [],
          ),
          flags: f.grade.flags ?? [],
          red_flags: redFlagsOf(f.grade.flags),
        })),
      })),
      total: summary.score,
      auto_total: summary.autoScore,
      max: summary.max,
      follow_ups_total: followUpTotals(attempts).score,
      follow_ups_max: followUpTotals(attempts).max,
    };
    writeLine(io.stdout, stringifyJson(json));
    return recorder.failed ? ExitCode.io : ExitCode.ok;
  }
  const ctx = renderContext(io, options);
  plan.forEach((item, index) => {
    const attempt = attempts[index];
    if (!attempt) return;
    writeLine(
      io.stdout,
      renderQuestion({ ...ctx }, { ...item, timeLimit: null }, index, plan.length),
    );
    writeLine(
      io.stdout,
      renderFeedback(
        ctx,
        item.question,
        attempt.grade,
        undefined,
        analyzeAnswer(attempt.text, item.question),
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
  writeLine(io.stdout, renderSummary(ctx, summary, false));
  return recorder.failed ? ExitCode.io : ExitCode.ok;
}

/** The red flags among a grade's flags, as `grade --json` lists them. */
function redFlagsOf(
  flags: readonly ScoreFlag[] | undefined,
): GradeJson['results'][number]['red_flags'] {
  return (flags ?? []).flatMap((f) =>
    f.code === 'red-flag' ? [{ id: f.id, wrong: f.wrong, matched: f.matched, scope: f.scope }] : [],
  );
}
