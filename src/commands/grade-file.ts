/**
 * One answers file read and graded: the work `grade` does per file, the same
 * for one file as for a class's many.
 */

import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { findUnknownAnswerIds, parseAnswersFile } from '../bank/parse-answers.js';
import type { Bank, BankIssue, Question } from '../bank/types.js';
import { BankError, ExpectedError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { MAX_ANSWERS_FILE_BYTES } from '../limits.js';
import { neutralizeInline } from '../neutralize.js';
import { scoringContext } from '../scoring/score-answer.js';
import type { Attempt } from '../session/attempt.js';
import type { FollowUpAttempt } from '../session/follow-ups.js';
import { gradeAttempt, gradeFollowUpAttempt } from '../session/grade-attempt.js';
import { type PlannedQuestion, planSession } from '../session/plan.js';
import { type Summary, summarize } from '../session/summarize.js';
import { followUpMessages } from '../ui/follow-up-messages.js';
import { messages } from '../ui/i18n.js';
import { readFailure } from '../ui/read-failure.js';
import type { CommandIO, CommonOptions } from './command-io.js';

/** A file's answers, graded in bank order. */
export interface GradedFile {
  /** The file as named on the command line (`<stdin>` for `-`). */
  name: string;
  attempts: Attempt[];
  /** The answered questions, in the order of `attempts`. */
  plan: PlannedQuestion[];
  summary: Summary;
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
    bytes =
      file === '-'
        ? await readAtMost(io.stdin, MAX_ANSWERS_FILE_BYTES)
        : isRegularFile(file)
          ? readFileAtMost(file, MAX_ANSWERS_FILE_BYTES)
          : await readAtMost(createReadStream(file), MAX_ANSWERS_FILE_BYTES);
  } catch (error) {
    const reason = neutralizeInline(readFailure(error, options.lang));
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

/** Whether the path names a regular file; false for anything else and for a path stat cannot read. */
function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const CHUNK = 64 * 1024;

/**
 * A regular file read at once, synchronously, as `readAtMost` reads a
 * stream: a class's thousand small files spent ten times more in a read
 * stream's machinery than in reading. A pipe, a device, a folder, or a path
 * that cannot be read are streamed as before (a pipe must not block the
 * process; errors keep their codes).
 */
function readFileAtMost(file: string, limit: number): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) return Buffer.concat(chunks);
      size += read;
      if (size > limit) return undefined;
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

const byId = new WeakMap<Bank, Map<string, Question>>();

/** The bank's questions by id, built once: a search per answer made a file of A answers A × Q. */
export function questionsById(bank: Bank): Map<string, Question> {
  let map = byId.get(bank);
  if (!map) {
    map = new Map(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    byId.set(bank, map);
  }
  return map;
}

const plans = new WeakMap<Bank, PlannedQuestion[]>();

/** The whole bank in interview order, planned once for all the files of a run. */
function fullPlan(bank: Bank): PlannedQuestion[] {
  let plan = plans.get(bank);
  if (!plan) {
    plan = planSession(bank.sections);
    plans.set(bank, plan);
  }
  return plan;
}

/**
 * Reads, checks and grades one answers file. Throws a BankError (every
 * problem with its position) or an ExpectedError, naming the file, when it
 * cannot be graded; nothing of it is graded then.
 */
export async function gradeFile(
  file: string,
  bank: Bank,
  io: CommandIO,
  options: CommonOptions,
): Promise<GradedFile> {
  const m = messages(options.lang);
  const input = await readInput(file, io, options);
  const parsed = parseAnswersFile(input.text, input.name, options.lang);
  const issues = fileIssues(parsed, bank, input.name, options.lang);
  issues.sort((a, b) => a.line - b.line || a.col - b.col);
  if (issues.length > 0) throw new BankError(issues);
  if (parsed.answers.size === 0) throw new ExpectedError(m.noAnswersInFile, ExitCode.badInput);

  const context = scoringContext(bank);
  const plan = fullPlan(bank).filter((p) => parsed.answers.has(p.question.id));
  // A file has no timer: nothing timed out, no time recorded; length is judged by each question's own limit.
  const attempts: Attempt[] = plan.map((item) => {
    const input = {
      text: parsed.answers.get(item.question.id) ?? '',
      timedOut: false,
      elapsedMs: 0,
    };
    const attempt = gradeAttempt(
      item,
      input,
      context,
      null,
      parsed.selfScores.get(item.question.id)?.value ?? null,
    );
    attempt.followUps = gradeFollowUps(item.question, parsed.answers);
    return attempt;
  });
  return { name: input.name, attempts, plan, summary: summarize(plan, attempts) };
}

/**
 * What is wrong in a parsed answers file beside its syntax: ids the bank has
 * not, a self-score over the question's points, a follow-up answered without
 * its question. Unsorted.
 */
function fileIssues(
  parsed: ReturnType<typeof parseAnswersFile>,
  bank: Bank,
  name: string,
  lang: Lang,
): BankIssue[] {
  const m = messages(lang);
  const issues = [...parsed.issues, ...findUnknownAnswerIds(parsed.positions, bank, name, lang)];
  for (const [id, self] of parsed.selfScores) {
    const points = questionsById(bank).get(id)?.points;
    if (points !== undefined && self.value > points) {
      issues.push({
        file: name,
        ...self.position,
        message: m.selfScoreTooHigh(neutralizeInline(id), self.value, points),
      });
    }
  }
  // A follow-up is asked after its question: answered alone, it is a mistake in the file, said where it is.
  for (const section of bank.sections)
    for (const q of section.questions)
      for (const f of q.follow_ups ?? []) {
        const at = parsed.positions.get(f.id);
        if (at && parsed.answers.has(f.id) && !parsed.answers.has(q.id))
          issues.push({
            file: name,
            ...at,
            message: followUpMessages(lang).withoutQuestion(
              neutralizeInline(f.id),
              neutralizeInline(q.id),
            ),
          });
      }
  return issues;
}

/** The follow-ups of a question answered in the file (under their own ids), each graded on its own key points. */
function gradeFollowUps(
  question: Question,
  answers: ReadonlyMap<string, string>,
): FollowUpAttempt[] {
  return (question.follow_ups ?? []).flatMap((f): FollowUpAttempt[] => {
    const text = answers.get(f.id);
    if (text === undefined) return [];
    return [gradeFollowUpAttempt(question, f, { text, timedOut: false, elapsedMs: 0 }, null)];
  });
}
