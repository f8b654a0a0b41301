import type { Lang } from '../lang.js';

// Node's error codes (ENOENT, EISDIR) say nothing to a user; these are the ones a file named on
// the command line meets. Writing has its own table (answers --output).
const READ_REASONS: Record<string, [zh: string, en: string]> = {
  ENOENT: ['文件不存在', 'no such file'],
  ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
  EISDIR: ['这是一个文件夹，不是文件', 'it is a folder, not a file'],
  EACCES: ['没有读取权限', 'permission denied'],
  EPERM: ['没有读取权限', 'permission denied'],
  ELOOP: ['符号链接绕成了圈', 'its symbolic links loop'],
  ENAMETOOLONG: ['路径太长', 'the path is too long'],
};

/** Why a file could not be read, in words, from the error `fs` threw. */
export function readFailure(error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const known = typeof code === 'string' ? READ_REASONS[code] : undefined;
  if (known) return known[lang === 'zh' ? 0 : 1];
  if (typeof code === 'string') return lang === 'zh' ? `系统错误 ${code}` : `system error ${code}`;
  return String(error);
}
