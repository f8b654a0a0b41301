import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build's scripts are plain JavaScript, without types.
import { commonJsBody, helperBanner, lazyModules } from '../../scripts/lazy-modules.js';

/** A metafile's inputs: each module and what it imports, statically or with import(). */
function metafile(graph: Record<string, [string, 'static' | 'dynamic'][]>, cjs: string[] = []) {
  const inputs = Object.fromEntries(
    Object.entries(graph).map(([path, imports]) => [
      path,
      {
        format: cjs.includes(path) ? 'cjs' : 'esm',
        imports: imports.map(([to, how]) => ({
          path: to,
          kind: how === 'static' ? 'import-statement' : 'dynamic-import',
        })),
      },
    ]),
  );
  return { inputs };
}

describe('the modules bundled in functions of their own', () => {
  const graph = metafile(
    {
      'src/cli.ts': [
        ['src/program.ts', 'static'],
        ['src/drill.ts', 'dynamic'],
        ['src/list.ts', 'dynamic'],
      ],
      'src/program.ts': [['src/shared.ts', 'static']],
      'src/drill.ts': [
        ['src/shared.ts', 'static'],
        ['src/feedback.ts', 'dynamic'],
      ],
      'src/feedback.ts': [
        ['src/scorer.ts', 'static'],
        ['node_modules/lib/index.js', 'static'],
        ['node_modules/old/index.js', 'static'],
      ],
      'src/list.ts': [['src/shared.ts', 'static']],
      'src/scorer.ts': [['src/feedback.ts', 'static']],
      'src/shared.ts': [],
      'node_modules/lib/index.js': [],
      'node_modules/old/index.js': [],
    },
    ['node_modules/old/index.js'],
  );
  const lazy = (roots: string[]) => [...lazyModules(graph, 'src/cli.ts', roots)].sort();

  it('are what only import() reaches, beyond what the first screen needs', () => {
    expect(lazy(['src/drill.ts'])).toEqual([
      'node_modules/lib/index.js',
      'src/feedback.ts',
      'src/list.ts',
      'src/scorer.ts',
    ]);
  });

  it('leave out what the entry imports, and CommonJS modules (wrapped already)', () => {
    expect(lazy([])).not.toContain('src/shared.ts');
    expect(lazy([])).toContain('src/drill.ts');
    expect(lazy([])).not.toContain('node_modules/old/index.js');
  });
});

describe('the exports of a module made CommonJS', () => {
  /** Runs `source` made CommonJS after the banner's helpers; returns its exports. */
  async function run(source: string) {
    const body: string = await commonJsBody(source);
    const module = { exports: {} as Record<string, unknown> };
    const code = `${await helperBanner()}\n${body}`;
    runInNewContext(code, { module, exports: module.exports, require: () => ({}) });
    return module.exports;
  }

  it('are plain values once the module has run, not getters called on every use', async () => {
    const exports = await run(
      'export const COMMA = 44;\nexport function twice(n: number) { return 2 * n; }',
    );
    const comma = Object.getOwnPropertyDescriptor(exports, 'COMMA');
    expect(comma).toMatchObject({ value: 44, enumerable: true });
    expect(comma?.get).toBeUndefined();
    expect((exports.twice as (n: number) => number)(4)).toBe(8);
  });

  it('stay getters where a binding may be assigned again', async () => {
    const exports = await run('export let count = 0;\nexport function bump() { count++; }');
    (exports.bump as () => void)();
    expect(exports.count).toBe(1);
    expect(Object.getOwnPropertyDescriptor(exports, 'count')?.get).toBeTypeOf('function');
  });
});

describe('the bundle the build wrote (npm test builds first)', () => {
  const bundle = readFileSync(resolve(import.meta.dirname, '../../dist/cli.cjs'), 'latin1');

  it('has what a drill loads only after its first question each in a function of its own', () => {
    for (const module of [
      'src/scoring/score-answer.ts',
      'src/store/history-store.ts',
      'src/commands/interview-feedback.ts',
      'src/commands/list.ts',
      'src/commands/grade.ts',
    ])
      expect(bundle).toContain(`__commonJS({"lazy:${module}"(exports`);
    // What the first question needs is linked at the top level, without interop.
    expect(bundle).not.toContain('"lazy:src/commands/drill.ts"');
    expect(bundle).not.toContain('"lazy:src/ui/prompts/answer-prompt.ts"');
  });

  it('settles the exports of every module it made CommonJS', () => {
    const wrapped = bundle.split('__commonJS({"lazy:').length - 1;
    expect(wrapped).toBeGreaterThan(100);
    expect(bundle.split('__cs_settle(module').length - 1).toBe(wrapped);
  });

  it("keeps a top level that V8's code cache holds in a fraction of what it held", () => {
    // 276-310 KB (Node 20-26) when every module's functions were at the top level, 191-212 KB
    // after: a size, not a time, of what every start deserializes before the program runs.
    const script = new Script(`(function (exports, require, module) {${bundle}\n})`);
    expect(script.createCachedData().length).toBeLessThan(250_000);
  });
});
