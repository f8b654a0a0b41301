import { extname } from 'node:path';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';

export const ANSWER_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

/** The format a file's extension names; extensions that name none are not listed. */
const BY_EXTENSION: Record<string, AnswerFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.txt': 'text',
  '.text': 'text',
};

/** The answer-key format an extension (`.html`) stands for (case-insensitive), if any. */
function formatOfExtension(extension: string): AnswerFormat | undefined {
  const ext = extension.toLowerCase();
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

export interface FormatChoice {
  /** The format asked for, as typed (checked by the caller); undefined when the extension chose. */
  format: string;
  /** Said on standard error when an explicit --format contradicts the file's extension. */
  note?: string;
}

/**
 * `--format` when given, else the output file's extension, else text. An explicit
 * `--format` wins over the extension (a script that names both meant the format), but a
 * contradiction is said, so `--format json --output key.html` is not a silent surprise.
 */
export function chooseAnswerFormat(
  format: string | undefined,
  output: string | undefined,
  lang: Lang,
): FormatChoice {
  const extension = output === undefined ? '' : extname(output);
  const implied = formatOfExtension(extension);
  if (format === undefined) return { format: implied ?? 'text' };
  if (implied === undefined || implied === format) return { format };
  const ext = neutralizeInline(extension);
  const safe = neutralizeInline(format);
  const note =
    lang === 'zh'
      ? `注意：按 --format ${safe} 写入，而文件扩展名 ${ext} 通常是 ${implied}`
      : `note: written as --format ${safe}, though the extension ${ext} usually means ${implied}`;
  return { format, note };
}
