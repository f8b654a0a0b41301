import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii, importCallLines } from '../../src/build/bundle-check.js';

describe('the bundle check', () => {
  it('finds an import() the bundle would throw on, and its line', () => {
    expect(importCallLines('const a = 1;\nconst m = await import("./x.js");\n')).toEqual([2]);
    expect(importCallLines('x = import ("y")')).toEqual([1]);
  });

  it('leaves comments and names that merely end in import alone', () => {
    expect(importCallLines('// loaded by import() once drawn\nreimport(a); o.import(b);')).toEqual(
      [],
    );
  });

  it('passes the bundle the build wrote (npm test builds first), which is all ASCII', () => {
    const bundle = readFileSync(resolve(import.meta.dirname, '../../dist/cli.cjs'), 'utf8');
    expect(importCallLines(bundle)).toEqual([]);
    expect(/[^\x00-\x7f]/.test(bundle)).toBe(false);
    // Strict, as its sources (ES modules) are: the directive must come before the banner's code.
    expect(bundle.startsWith('"use strict";')).toBe(true);
  });
});

/** What a piece of code evaluates to. */
const run = (code: string): unknown => new Function(`return ${code};`)();

describe('the bundle made ASCII', () => {
  it('means the same in regular expressions, with and without the u flag', () => {
    const cases: [string, string][] = [
      ['/^(是|好)$/', '好'],
      ['/[“「"]([^”」"]*)[”」"]/', '「你好」'],
      ['/(?<![申邀])请(?!假)/', '您请坐'],
      ['/\\“x/', '“x'],
      ['/[😀-😂]/u', '😁'],
      ['/😀+/', '😀😀'],
      ['/a\\\\是/', 'a\\是'],
    ];
    for (const [literal, text] of cases) {
      const escaped = escapeNonAscii(literal);
      expect(escaped).toMatch(/^[\x00-\x7f]*$/);
      const [before, after] = [run(literal), run(escaped)] as RegExp[];
      expect(after?.exec(text)).toEqual(before?.exec(text));
      expect(after?.flags).toBe(before?.flags);
    }
  });

  it('leaves strings and comments their meaning, and refuses a line separator', () => {
    expect(run(escapeNonAscii('"是\\“" // 注释'))).toBe('是“');
    expect(escapeNonAscii('plain')).toBe('plain');
    expect(() => escapeNonAscii('// a\u2028b')).toThrow();
  });
});
