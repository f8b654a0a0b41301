import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BankError } from '../errors.js';
import { neutralizeInline } from '../neutralize.js';
import { displayPath } from './display-path.js';
import type { Messages } from './messages.js';

/** Section files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const SECTION_FILE = /\.ya?ml$/i;

/** The bank file's name in a bank folder; it is not a section file. */
export const BANK_FILE = /^bank\.ya?ml$/i;

/** One file of a bank as read from the disk: its bytes, or why they cannot be had. */
export type FileBytes = { path: string } & ({ bytes: Buffer } | { problem: string });

/**
 * Every file a bank is read from, as bytes, before any of it is decoded: what
 * the loader reads, and what the bank cache's key is made of.
 */
export interface BankFiles {
  /** The path given, absolute: the bank folder, or the one section file. */
  absolute: string;
  /** Whether it is a folder of section files (else a single section file). */
  folder: boolean;
  sections: FileBytes[];
  /** `bank.yaml` of a folder, when it has one. */
  bankFile?: FileBytes;
}

/**
 * The files of a bank: a folder's section files (`*.yaml`, `*.yml`, in name
 * order; other files, hidden files and subfolders are ignored) and its bank
 * file, or a single section file. Throws a `BankError` when there is no bank
 * there at all; a file that cannot be read is kept, with its problem.
 */
export function readBankFiles(path: string, msg: Messages): BankFiles {
  const absolute = resolve(path);
  const fail = (message: string): never => {
    throw new BankError([{ file: displayPath(absolute), line: 1, col: 1, message }]);
  };
  // Synchronous reads on purpose: a CLI at start-up has nothing else to do, and
  // each awaited call costs a trip through the thread pool (~25 ms in all).
  const stats = syncOr(
    () => statSync(absolute),
    (error) => fail(describeFsError(error, msg)),
  );
  if (stats.isFile()) return { absolute, folder: false, sections: [readBytes(absolute, msg)] };
  if (!stats.isDirectory()) return fail(msg.notRegularFile());
  const files = syncOr(
    () => listSectionFiles(absolute),
    (error) => fail(describeFsError(error, msg)),
  );
  const bankFilePath = files.find((f) => BANK_FILE.test(basename(f)));
  const sections = files.filter((f) => f !== bankFilePath);
  if (sections.length === 0) fail(msg.noSectionFiles());
  return {
    absolute,
    folder: true,
    sections: sections.map((f) => readBytes(f, msg)),
    ...(bankFilePath === undefined ? {} : { bankFile: readBytes(bankFilePath, msg) }),
  };
}

/** A file's text, or why it is refused: only UTF-8 is read. */
export function decodeText(file: FileBytes, msg: Messages): { text: string } | { problem: string } {
  if ('problem' in file) return file;
  // isUtf8 (simdutf) and toString are several times faster than a fatal TextDecoder;
  // toString keeps a byte-order mark, which the readers skip.
  if (!isUtf8(file.bytes)) return { problem: msg.notUtf8() };
  return { text: file.bytes.toString('utf8') };
}

/** Paths of the section files in a folder, sorted by name (by code point, the same everywhere). */
function listSectionFiles(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  const names = entries
    .filter((e) => !e.name.startsWith('.') && SECTION_FILE.test(e.name))
    // Anything else named *.yaml (a pipe, a device) is reported when read, not skipped.
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const paths: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    // A symlink to a folder is a subfolder; a broken one is reported when read.
    const target = syncOr(
      () => statSync(path),
      () => undefined,
    );
    if (target?.isDirectory()) continue;
    paths.push(path);
  }
  return paths;
}

/** The bytes of one file, or why they cannot be had. */
function readBytes(path: string, msg: Messages): FileBytes {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { path, problem: describeFsError(error, msg) };
  }
  // Checked before opening: opening a FIFO would block, and a huge file would be read whole.
  if (!stats.isFile()) return { path, problem: msg.notRegularFile() };
  if (stats.size > MAX_FILE_BYTES) return { path, problem: tooLarge(stats.size, msg) };
  try {
    const fd = openSync(path, 'r');
    try {
      const opened = fstatSync(fd);
      if (opened.size > MAX_FILE_BYTES) return { path, problem: tooLarge(opened.size, msg) };
      return { path, bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { path, problem: describeFsError(error, msg) };
  }
}

function syncOr<T, F>(run: () => T, onError: (error: unknown) => F): T | F {
  try {
    return run();
  } catch (error) {
    return onError(error);
  }
}

function tooLarge(size: number, msg: Messages): string {
  return msg.tooLarge((size / 1024 / 1024).toFixed(1), MAX_FILE_BYTES / 1024 / 1024);
}

function describeFsError(error: unknown, msg: Messages): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return msg.notFound();
    case 'EACCES':
    case 'EPERM':
      return msg.permissionDenied();
    case 'ELOOP':
      return msg.symlinkLoop();
    default:
      return msg.readFailed(neutralizeInline(code ?? String(error)));
  }
}
