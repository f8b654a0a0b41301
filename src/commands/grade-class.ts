/**
 * `grade` of many files in a machine format (JSON Lines or CSV): a class's
 * answers. Each file is graded on its own; a file that cannot be graded is
 * named on stderr and the others go on. Output keeps the order of the files.
 *
 * With many files and more than one core, the files are shared among worker
 * threads, each with its own copy of the bank: grading is CPU work and one
 * file's answers never depend on another's.
 */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Bank } from '../bank/types.js';
import { BankError, ExpectedError } from '../errors.js';
import { neutralizeInline } from '../neutralize.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { gradeFile } from './grade-file.js';
import { gradeCsvRows, gradeJsonLine } from './grade-output.js';
import { openBank } from './open-bank.js';

export type ClassFormat = 'jsonl' | 'csv';

/** What one file gave: its output, or why it could not be graded. */
export type FileOutcome = { out: string } | { problem: string };

/** A file's problem on one line or more, each naming the file. */
export function fileProblem(file: string, error: ExpectedError): string {
  if (error instanceof BankError) return error.message;
  const name = neutralizeInline(file === '-' ? '<stdin>' : file);
  return error.message.startsWith(name) ? error.message : `${name}: ${error.message}`;
}

/** Grades one file into its output; only a bug throws. */
export async function gradeToOutput(
  file: string,
  format: ClassFormat,
  bank: Bank,
  io: CommandIO,
  options: CommonOptions,
): Promise<FileOutcome> {
  try {
    const graded = await gradeFile(file, bank, io, options);
    return {
      out: format === 'jsonl' ? `${JSON.stringify(gradeJsonLine(graded))}\n` : gradeCsvRows(graded),
    };
  } catch (error) {
    if (error instanceof ExpectedError) return { problem: fileProblem(file, error) };
    throw error;
  }
}

/** A worker starts cold (its own bank, its own JIT: about a second and a half of CPU), worth it from this many files (at 10–20 ms each). */
const FILES_PER_WORKER = 64;
const MAX_WORKERS = 4;

/** What a worker is started with. */
export interface GradeWorkerData {
  csInterviewGradeWorker: true;
  files: string[];
  format: ClassFormat;
  options: CommonOptions;
}

/** A worker's messages: a file's outcome by its index in `files`, or a bug. */
export type GradeWorkerMessage = { index: number; outcome: FileOutcome } | { bug: string };

/**
 * Grades every file, calling `emit` with each outcome in the order of
 * `files`. `workerEntry` is the script a worker thread runs (the binary);
 * without one, or with `-` among the files, or with few files, all is done
 * here.
 */
export async function gradeClass(
  files: readonly string[],
  format: ClassFormat,
  bank: Bank,
  io: CommandIO,
  options: CommonOptions,
  emit: (outcome: FileOutcome) => void,
  workerEntry?: string,
): Promise<void> {
  // CS_INTERVIEW_GRADE_WORKERS caps them (1: none), for a machine shared with other work.
  const cap = Number.parseInt(io.env.CS_INTERVIEW_GRADE_WORKERS ?? '', 10);
  const workers = Math.min(
    cap > 0 ? cap : MAX_WORKERS,
    availableParallelism(),
    Math.floor(files.length / FILES_PER_WORKER),
  );
  if (workerEntry === undefined || workers < 2 || files.includes('-')) {
    for (const file of files) emit(await gradeToOutput(file, format, bank, io, options));
    return;
  }
  await inWorkers(files, format, options, emit, workerEntry, workers);
}

function inWorkers(
  files: readonly string[],
  format: ClassFormat,
  options: CommonOptions,
  emit: (outcome: FileOutcome) => void,
  entry: string,
  count: number,
): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let next = 0;
  const flush = () => {
    while (next < files.length && outcomes[next] !== undefined) {
      emit(outcomes[next] as FileOutcome);
      outcomes[next] = undefined;
      next++;
    }
  };
  // Round robin: the files of a class are alike in size, so the shares are even.
  const shares = Array.from({ length: count }, (_, w) =>
    files.flatMap((file, i) => (i % count === w ? [{ file, i }] : [])),
  );
  return new Promise((resolve, reject) => {
    let running = count;
    const all: Worker[] = [];
    const fail = (error: Error) => {
      for (const w of all) void w.terminate();
      reject(error);
    };
    for (const share of shares) {
      const data: GradeWorkerData = {
        csInterviewGradeWorker: true,
        files: share.map((s) => s.file),
        format,
        options,
      };
      const worker = new Worker(entry, { workerData: data, stdout: false, stderr: false });
      all.push(worker);
      worker.on('message', (message: GradeWorkerMessage) => {
        if ('bug' in message) return fail(new Error(message.bug));
        const index = share[message.index]?.i;
        if (index === undefined) return;
        outcomes[index] = message.outcome;
        flush();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) return fail(new Error(`a grading worker exited with ${code}`));
        if (--running === 0) {
          flush();
          if (next < files.length) fail(new Error('a grading worker ended early'));
          else resolve();
        }
      });
    }
  });
}

/** The body of a worker thread: grades its files and posts each outcome. */
export async function runGradeWorker(
  data: GradeWorkerData,
  post: (message: GradeWorkerMessage) => void,
): Promise<void> {
  try {
    const bank = await openBank(data.options);
    const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {} };
    for (const [index, file] of data.files.entries()) {
      post({ index, outcome: await gradeToOutput(file, data.format, bank, io, data.options) });
    }
  } catch (error) {
    post({ bug: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
