import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from './display-path.js';
import type { Bank, BankFile, Section } from './types.js';

/**
 * The shipped bank as the build leaves it in `dist/` (`npm run build`,
 * scripts/build.js): read, checked and resolved (concepts expanded, red
 * flags in force on each question) at build time, so that the default
 * commands parse no YAML. File names are kept relative to the bank folder
 * and made what the loader would show when the bank is opened.
 */
export interface CompiledBank {
  format: typeof COMPILED_FORMAT;
  sections: Section[];
  file?: BankFile;
}

/** Changes whenever the compiled form does, so that an old `dist/` is never read as new. */
export const COMPILED_FORMAT = 'cs-interview-bank/1';

/** Where the build puts the compiled bank, beside `questions/` in the package. */
export function compiledBankPath(bankFolder: string): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank.json');
}

/** A loaded bank in the compiled form: file names relative to its folder. */
export function compileBank(bank: Bank): CompiledBank {
  return {
    format: COMPILED_FORMAT,
    sections: bank.sections.map((s) => ({ ...s, file: basename(s.file) })),
    ...(bank.file ? { file: { ...bank.file, file: basename(bank.file.file) } } : {}),
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
  // Translations and concepts are null-prototype objects, as the loader makes them.
  const compiled = JSON.parse(text, (key, value) =>
    (key === 'translations' || key === 'concepts') && typeof value === 'object' && value !== null
      ? Object.assign(Object.create(null), value)
      : value,
  ) as CompiledBank;
  if (compiled.format !== COMPILED_FORMAT) return undefined;
  const shown = (name: string) => displayPath(join(bankFolder, name));
  return {
    source: displayPath(bankFolder),
    sections: compiled.sections.map((s) => ({ ...s, file: shown(s.file) })),
    ...(compiled.file ? { file: { ...compiled.file, file: shown(compiled.file.file) } } : {}),
  };
}
