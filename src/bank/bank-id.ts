import { resolve } from 'node:path';
import { defaultBankPath } from './default-bank.js';
import type { Bank } from './types.js';

/** The id of the bank that ships with the package, stable across installs. */
export const BUILTIN_BANK_ID = 'builtin';

/**
 * How the history names a bank: `builtin` for the shipped one (its install
 * path changes with every npx cache), the absolute path for any other.
 */
export function bankIdOf(bank: Pick<Bank, 'source'>, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, bank.source);
  return absolute === resolve(defaultBankPath()) ? BUILTIN_BANK_ID : absolute;
}
