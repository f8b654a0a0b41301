import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../lang.js';
import { isAmbiguousWide } from '../ui/text-width.js';

/**
 * The shipped bank's whole answer key as `answers` prints it piped (plain
 * text, 80 columns, narrow ambiguous-width characters), rendered at build
 * time: wrapping its 30,000 characters was most of the command's start-up.
 * Any other width, colours, a section, another bank: rendered as usual.
 * Rendered by `renderShippedAnswerKey` (compile-shipped-bank.ts) in the build.
 */
export const SHIPPED_KEY_WIDTH = 80;

/** The rendered key's file of one language in dist/. */
export const shippedAnswerKeyFile = (lang: Lang): string =>
  `answer-key-${lang}-${SHIPPED_KEY_WIDTH}.txt`;

/** Where the build puts the rendered key of one language, beside the compiled bank. */
export function shippedAnswerKeyPath(bankFolder: string, lang: Lang): string {
  return join(dirname(bankFolder), 'dist', shippedAnswerKeyFile(lang));
}

/** The key the build rendered, when it is what would be rendered now; otherwise `undefined`. */
export function readShippedAnswerKey(
  bankFolder: string,
  lang: Lang,
  width: number,
  plain: boolean,
): string | undefined {
  if (width !== SHIPPED_KEY_WIDTH || !plain || isAmbiguousWide()) return undefined;
  try {
    return readFileSync(shippedAnswerKeyPath(bankFolder, lang), 'utf8');
  } catch {
    return undefined;
  }
}
