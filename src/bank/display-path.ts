import { isAbsolute, relative, sep } from 'node:path';
import { neutralizeInline } from '../neutralize.js';

/**
 * A path as the user would recognise it: relative to the working folder
 * when under it, absolute otherwise; with unsafe characters escaped, since
 * it goes into messages.
 */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const shown = rel === '' ? '.' : outside ? absolute : rel;
  return neutralizeInline(shown);
}
