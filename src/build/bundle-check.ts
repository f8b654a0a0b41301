/**
 * What the build checks of dist/cli.cjs before shipping it. bin/cs-interview.js runs the bundle
 * through a vm.Script (src/cli/code-cache.ts), which has no module loader: an `import()` left in
 * it would throw only when reached, in one command's corner, long after the build passed.
 */

/** The lines of `source` that call `import(`, outside line comments (1-based). */
export function importCallLines(source: string): number[] {
  const lines: number[] = [];
  for (const [i, line] of source.split('\n').entries()) {
    const code = line.trimStart().startsWith('//') ? '' : line;
    if (/(^|[^\w$.])import\s*\(/.test(code)) lines.push(i + 1);
  }
  return lines;
}
