import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCallLines } from '../../src/build/bundle-check.js';

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

  it('passes the bundle the build wrote (npm test builds first)', () => {
    const bundle = readFileSync(resolve(import.meta.dirname, '../../dist/cli.cjs'), 'utf8');
    expect(importCallLines(bundle)).toEqual([]);
  });
});
