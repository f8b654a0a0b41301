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

type CompiledSection = Omit<Section, 'questions'> & { questions: CompiledQuestion[] };
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
 * The compiled shipped bank of the bank folder, as `loadBank` would return
 * it; `undefined` when there is none (a checkout that was never built), or
 * it is of another format.
 */
export function loadCompiledBank(bankFolder: string): Bank | undefined {
  let text: string;
  try {
    text = readFileSync(compiledBankPath(bankFolder), 'utf8');
  } catch {
    return undefined;
  }
  // Parsed without a reviver: Node 24's JSON.parse calls one with each value's source text,
  // which took 100–200 ms of CPU on this file; the objects are made null-prototype after.
  return fromCompiled(JSON.parse(text) as CompiledBank, bankFolder);
}

/**
 * A compiled bank, parsed, as `loadBank` would return the bank read from `source` (its
 * folder, or its one section file), its files in `folder`; `undefined` when of another format.
 * The value is taken over: its objects become the bank's.
 */
export function fromCompiled(
  compiled: CompiledBank,
  folder: string,
  source: string = folder,
): Bank | undefined {
  if (compiled?.format !== COMPILED_FORMAT) return undefined;
  nullPrototypes(compiled);
  const { flags } = compiled;
  const shown = (name: string) => displayPath(join(folder, name));
  const question = (q: CompiledQuestion): Question =>
    q.red_flags === undefined
      ? (q as Question)
      : {
          ...q,
          red_flags: q.red_flags.map((f) => (typeof f === 'number' ? (flags[f] as RedFlag) : f)),
        };
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
