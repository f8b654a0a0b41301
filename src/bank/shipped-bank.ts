import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from './display-path.js';
import type { Bank, BankFile, Question, RedFlag, Section } from './types.js';

/**
 * The shipped bank as the build leaves it in `dist/` (`npm run build`,
 * scripts/build.js): read, checked and resolved (concepts expanded, red
 * flags in force on each question) at build time, so that the default
 * commands parse no YAML. File names are kept relative to the bank folder
 * and made what the loader would show when the bank is opened.
 *
 * A red flag in force on several questions (the bank's and a section's are on each of theirs)
 * is one object in the loaded bank; written out whole on every question it was two thirds of
 * the file's 2.1 MB. Such a flag is written once, in `flags`, and a question lists its index.
 */
export interface CompiledBank {
  format: typeof COMPILED_FORMAT;
  flags: RedFlag[];
  sections: CompiledSection[];
  file?: BankFile;
}

export type CompiledSection = Omit<Section, 'questions'> & { questions: CompiledQuestion[] };
type CompiledQuestion = Omit<Question, 'red_flags'> & { red_flags?: (RedFlag | number)[] };

/** Changes whenever the compiled form does, so that an old `dist/` is never read as new. */
export const COMPILED_FORMAT = 'cs-interview-bank/2';

/** Where the build puts the compiled bank, beside `questions/` in the package. */
export function compiledBankPath(bankFolder: string): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank.json');
}

/**
 * A loaded bank in the compiled form: file names relative to its folder (`nameOf` gives a
 * file's name from the path the bank shows), shared flags once.
 */
export function compileBank(
  bank: Bank,
  nameOf: (shown: string) => string = (shown) => basename(shown),
): CompiledBank {
  const uses = new Map<RedFlag, number>();
  for (const q of bank.sections.flatMap((s) => s.questions))
    for (const f of q.red_flags ?? []) uses.set(f, (uses.get(f) ?? 0) + 1);
  const flags = [...uses].filter(([, n]) => n > 1).map(([f]) => f);
  const index = new Map(flags.map((f, i) => [f, i]));
  const compileQuestion = (q: Question): CompiledQuestion =>
    q.red_flags === undefined ? q : { ...q, red_flags: q.red_flags.map((f) => index.get(f) ?? f) };
  return {
    format: COMPILED_FORMAT,
    flags,
    sections: bank.sections.map((s) => ({
      ...s,
      file: nameOf(s.file),
      questions: s.questions.map(compileQuestion),
    })),
    ...(bank.file ? { file: { ...bank.file, file: nameOf(bank.file.file) } } : {}),
  };
}

/**
 * A compiled bank, parsed whole (a user bank's cache entry, bank-cache.ts), as `loadBank` would
 * return the bank read from `source` (its folder, or its one section file), its files in
 * `folder`; `undefined` when of another format. The value is taken over: its objects become
 * the bank's.
 */
export function fromCompiled(
  compiled: CompiledBank,
  folder: string,
  source: string = folder,
): Bank | undefined {
  if (compiled?.format !== COMPILED_FORMAT) return undefined;
  nullPrototypes(compiled);
  const shown = (name: string) => displayPath(join(folder, name));
  const question = withFlags(compiled.flags);
  return {
    source: displayPath(source),
    sections: compiled.sections.map((s) => ({
      ...s,
      file: shown(s.file),
      questions: s.questions.map(question),
    })),
    ...(compiled.file ? { file: { ...compiled.file, file: shown(compiled.file.file) } } : {}),
  };
}

/** A compiled question with the shared flags it lists by index put back in. */
function withFlags(flags: readonly RedFlag[]): (q: CompiledQuestion) => Question {
  return (q) =>
    q.red_flags === undefined
      ? (q as Question)
      : {
          ...q,
          red_flags: q.red_flags.map((f) => (typeof f === 'number' ? (flags[f] as RedFlag) : f)),
        };
}

/**
 * On disk the build splits the compiled bank so that a command on one section parses only it:
 * an index (`shipped-bank.json`: each section's names), the shared flags
 * (`shipped-bank/flags.json`, 57 KB, read with the first section: a drill's first question
 * needs none of them, bank/first-part.ts), a file per section
 * (`shipped-bank/<index>.json`, the compiled section whole) and the bank file
 * (`shipped-bank/bank-file.json`), read only for the whole bank: in the index, its 47 KB (the
 * concepts) cost a drill ~4 ms of CPU before its first question on Node 20, GC included.
 */
export interface CompiledBankIndex {
  format: typeof INDEX_FORMAT;
  sections: SectionHead[];
}

/** What names a section on the command line: enough to find it before its questions are read. */
export type SectionHead = Pick<Section, 'id' | 'order' | 'title' | 'translations'>;

/** Changes whenever the split form does. */
export const INDEX_FORMAT = 'cs-interview-bank-index/3';

/** Where the build puts section `index` of the compiled bank (see `compiledBankPath`). */
export function compiledSectionPath(bankFolder: string, index: number): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank', `${index}.json`);
}

/** Where the build puts the flags the compiled bank's questions share. */
export function compiledFlagsPath(bankFolder: string): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank', 'flags.json');
}

/** Where the build puts the compiled bank's own file, when it has one. */
export function compiledBankFilePath(bankFolder: string): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank', 'bank-file.json');
}

/** The compiled bank as the build writes it: the index, then each section's file in order. */
export function splitCompiledBank(compiled: CompiledBank): {
  index: CompiledBankIndex;
  flags: RedFlag[];
  sections: CompiledSection[];
  file?: BankFile;
} {
  const { flags, sections, file } = compiled;
  const heads = sections.map(({ id, order, title, translations }) => ({
    id,
    order,
    title,
    ...(translations === undefined ? {} : { translations }),
  }));
  return {
    index: { format: INDEX_FORMAT, sections: heads },
    flags,
    sections,
    ...(file ? { file } : {}),
  };
}

/** The compiled shipped bank read a section at a time (see `openCompiledBank`). */
export interface CompiledBankReader {
  /** As the loaded bank's `source`. */
  readonly source: string;
  /** Every section by its names, in order; `section(i)` is the whole of the i-th. */
  readonly heads: readonly SectionHead[];
  /** Section `index` as `loadBank` would return it, read once. */
  section(index: number): Section;
  /** The whole bank, as `loadCompiledBank` returns it; a section read before is the same object. */
  whole(): Bank;
}

/**
 * The compiled shipped bank of the bank folder, its index read and its sections when asked for;
 * `undefined` when there is none (a checkout that was never built) or it is of another format.
 */
export function openCompiledBank(bankFolder: string): CompiledBankReader | undefined {
  const index = readCompiled(compiledBankPath(bankFolder)) as CompiledBankIndex | undefined;
  if (index?.format !== INDEX_FORMAT) return undefined;
  const shown = (name: string) => displayPath(join(bankFolder, name));
  const read = new Map<number, Section>();
  const section = (i: number): Section => {
    let done = read.get(i);
    if (done === undefined) {
      const compiled = readCompiled(compiledSectionPath(bankFolder, i)) as CompiledSection;
      if (compiled === undefined) throw new Error(`The compiled bank has no section ${i}.`);
      done = { ...compiled, file: shown(compiled.file), questions: compiled.questions.map(q) };
      read.set(i, done);
    }
    return done;
  };
  let flags: RedFlag[] | undefined;
  const q = (question: CompiledQuestion) => {
    flags ??= readCompiled(compiledFlagsPath(bankFolder)) as RedFlag[] | undefined;
    if (flags === undefined) throw new Error('The compiled bank has no shared flags.');
    return withFlags(flags)(question);
  };
  const source = displayPath(bankFolder);
  let file: { read: BankFile | undefined } | undefined;
  return {
    source,
    heads: index.sections,
    section,
    whole: () => {
      // Read once, as the sections are.
      file ??= { read: readCompiled(compiledBankFilePath(bankFolder)) as BankFile | undefined };
      return {
        source,
        sections: index.sections.map((_, i) => section(i)),
        ...(file.read ? { file: { ...file.read, file: shown(file.read.file) } } : {}),
      };
    },
  };
}

/**
 * The compiled shipped bank of the bank folder, as `loadBank` would return
 * it; `undefined` when there is none (a checkout that was never built), or
 * it is of another format.
 */
export function loadCompiledBank(bankFolder: string): Bank | undefined {
  return openCompiledBank(bankFolder)?.whole();
}

/** One file of the compiled bank, parsed, its translations and concepts null-prototype; or none. */
function readCompiled(path: string): object | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  // Parsed without a reviver: Node 24's JSON.parse calls one with each value's source text,
  // which took 100–200 ms of CPU on the whole bank; the objects are made null-prototype after.
  const parsed = JSON.parse(text) as object;
  nullPrototypes(parsed);
  return parsed;
}

/** Translations and concepts become null-prototype objects, as the loader makes them. */
function nullPrototypes(value: object): void {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) nullPrototypes(item);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const field = record[key];
    if (typeof field !== 'object' || field === null) continue;
    nullPrototypes(field);
    if ((key === 'translations' || key === 'concepts') && !Array.isArray(field))
      record[key] = Object.assign(Object.create(null), field);
  }
}
