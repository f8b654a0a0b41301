/**
 * The build's entry for the shipped bank (scripts/build.js bundles and runs
 * it): the bank folder read and checked by the program's own loader, in the
 * form `dist/` loads. A bank with an issue fails the build.
 */

import { BankError } from '../errors.js';
import { loadBank } from './load-bank.js';
import { type CompiledBank, compileBank } from './shipped-bank.js';

export async function compileShippedBank(
  folder: string,
): Promise<{ compiled: CompiledBank } | { issues: string[] }> {
  try {
    return { compiled: compileBank(await loadBank(folder, { lang: 'en' })) };
  } catch (error) {
    if (!(error instanceof BankError)) throw error;
    return { issues: error.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`) };
  }
}
