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

/**
 * `source` with each character outside ASCII written as its `\uXXXX` escape. esbuild escapes
 * strings and templates but leaves regular expressions and comments as written; the loader reads
 * a bundle that is all ASCII as Latin-1, a one-byte string V8 scans faster, with no UTF-8 decode.
 * An escape means the same character in a string, a regular expression (with or without the u
 * flag: a pair of surrogate escapes is one code point there) and a comment; a character escaped
 * by a backslash (`\“`) loses the backslash, which meant itself. A line or paragraph separator
 * would end a line comment where its escape would not: refused.
 */
export function escapeNonAscii(source: string): string {
  if (/[\u2028\u2029]/.test(source)) throw new Error('a U+2028 or U+2029 in the bundle');
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => {
    const code = `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + code;
  });
}
