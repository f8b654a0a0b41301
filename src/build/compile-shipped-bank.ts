/**
 * The build's entry for the shipped bank (scripts/build.js bundles and runs
 * it): the bank folder read and checked by the program's own loader, in the
 * form `dist/` loads. A bank with an issue fails the build.
 */

import { type FirstPart, firstPartOf } from '../bank/first-part.js';
import { loadBank } from '../bank/load-bank.js';
import { localizeBank } from '../bank/localize.js';
import {
  type CompiledBank,
  compileBank,
  loadCompiledBank,
  openCompiledBank,
} from '../bank/shipped-bank.js';
import type { Section } from '../bank/types.js';

export { splitCompiledBank } from '../bank/shipped-bank.js';

import { SHIPPED_KEY_WIDTH } from '../commands/shipped-answer-key.js';
import { BankError } from '../errors.js';
import type { Lang } from '../lang.js';
import type { RenderContext } from '../ui/render/context.js';
import { renderAnswerKeyText } from '../ui/render/render-answer-key.js';

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

export { Chalk } from 'chalk';
// The build's check of the program's bundle, which runs in the same bundle as the compiler.
export { escapeNonAscii, importCallLines } from './bundle-check.js';

/**
 * The answer key `answers` prints piped (see commands/shipped-answer-key.ts),
 * rendered from the compiled bank once it is written, opened as `openBank` does.
 */
export function renderShippedAnswerKey(
  bankFolder: string,
  lang: Lang,
  c: RenderContext['c'],
): string | undefined {
  const bank = loadCompiledBank(bankFolder);
  if (bank === undefined) return undefined;
  return renderAnswerKeyText(
    { lang, width: SHIPPED_KEY_WIDTH, c },
    localizeBank(bank, lang).sections,
  );
}

/**
 * Each section's first part in `lang` (bank/first-part.ts), from the compiled bank once it is
 * written, opened and localized as `drill` opens a section.
 */
export function shippedFirstParts(bankFolder: string, lang: Lang): FirstPart[] {
  const reader = openCompiledBank(bankFolder);
  if (reader === undefined) throw new Error('no compiled bank to take first parts from');
  return reader.heads.map((_, i) => {
    const bank = localizeBank({ source: reader.source, sections: [reader.section(i)] }, lang);
    return firstPartOf(bank.sections[0] as Section);
  });
}
