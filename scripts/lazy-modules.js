// Used by scripts/build.js: the modules a command loads only when it needs them, each bundled in
// a function of its own.
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { transform } from 'esbuild';

/**
 * The modules that the program loads with import() (and what only they import), except those
 * that drill's first question needs (`firstScreenRoots`), read from the metafile of a build
 * without this plugin. esbuild hoists an ES module's functions to the bundle's top level, where
 * they are all made as the bundle starts and all go into V8's code cache, whether the command
 * runs them or not (270 of drill's 494 KB of cache were the top level). Made CommonJS, a module
 * is wrapped in a function (`__commonJS`) whose inner functions V8 compiles, makes and caches
 * only when the module is first required.
 */
export function lazyModules(metafile, entry, firstScreenRoots) {
  const inputs = metafile.inputs;
  const reach = (roots) => {
    const seen = new Set();
    const todo = [...roots];
    while (todo.length > 0) {
      const path = todo.pop();
      if (seen.has(path) || inputs[path] === undefined) continue;
      seen.add(path);
      for (const edge of inputs[path].imports)
        if (edge.kind !== 'dynamic-import' && !edge.external) todo.push(edge.path);
    }
    return seen;
  };
  const eager = reach([entry, ...firstScreenRoots]);
  const dynamic = Object.values(inputs).flatMap((input) =>
    input.imports.filter((e) => e.kind === 'dynamic-import').map((e) => e.path),
  );
  return new Set(
    [...reach(dynamic)].filter(
      (path) => !eager.has(path) && inputs[path].format === 'esm' && /\.(ts|m?js)$/.test(path),
    ),
  );
}

/** esbuild's options for one source module made CommonJS. */
const toCommonJs = (sourcefile) => ({
  loader: 'ts',
  format: 'cjs',
  target: 'node20',
  sourcefile,
  // As the bundle's own define does: CommonJS has no import.meta.
  define: { 'import.meta.url': '__csMetaUrl' },
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  logLevel: 'warning',
});

const HELPERS =
  /\b__(defProp|getOwnPropDesc|getOwnPropNames|hasOwnProp|export|copyProps|toCommonJS|create|getProtoOf|toESM|reExport)\b/g;

/**
 * esbuild writes its interop helpers (`var __export = …`) at the top of each module it makes
 * CommonJS, a copy each, compiled and cached wherever its module runs: they are cut from each
 * module and defined once, in the bundle's banner (`helperBanner`), as `__cs_<name>`.
 */
function sharedHelpers(code) {
  const lines = code.split('\n');
  const helpers = [];
  let i = 0;
  while (i < lines.length && /^var __\w+ = /.test(lines[i])) {
    const start = i++;
    // A helper over several lines goes on indented, and ends with a line of closing brackets.
    while (i < lines.length && /^(\s|[})\]]+;?$)/.test(lines[i])) i++;
    helpers.push(lines.slice(start, i).join('\n'));
  }
  const rename = (text) => text.replace(HELPERS, '__cs_$1');
  const body = rename(lines.slice(i).join('\n'));
  if (/(^|[^\w$])__(?!cs_)\w+\(/.test(body.replace(/"[^"\n]*"/g, '')))
    throw new Error(`an esbuild helper left in a module made CommonJS: ${body.slice(0, 300)}`);
  return { body, helpers: helpers.map(rename).join('\n') };
}

/**
 * A module made CommonJS exports each name as a getter (`module.exports.COMMA` runs
 * `() => from[key]`), since its bindings are not made yet when a module that requires it in a
 * cycle first sees its exports. Every use of an imported name is then a call: in the YAML
 * reader's loops, reading a character constant of another module per character, 145 of the
 * 550 ms of a cold `list` of a 9.8 MB bank. The getters are made configurable, and once a
 * module's body has run (every binding made) `__cs_settle` turns each into a plain value, which
 * V8 reads as a constant. A getter that still throws (a binding of a module in a cycle not yet
 * run) is kept.
 */
const COPIED_GETTER = '{ get: () => from[key], enumerable:';
const SETTLE = `var __cs_settle = (o) => {
  for (const key of Object.keys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d.get === undefined || !d.configurable) continue;
    try {
      Object.defineProperty(o, key, { value: d.get(), enumerable: d.enumerable, writable: false, configurable: false });
    } catch {}
  }
};`;

/** Whether a module exports a binding that it may assign again, which must stay a getter. */
const exportsVariable = (source) => /\bexport\s+(let|var)\b/.test(source);

/**
 * One module's source made CommonJS, without esbuild's helpers (`helperBanner` defines them),
 * its exports settled at its end.
 */
export async function commonJsBody(source, options = toCommonJs('module.ts')) {
  const { body } = sharedHelpers((await transform(source, options)).code);
  return exportsVariable(source) ? body : `${body}\n__cs_settle(module.exports);\n`;
}

/** The helpers of every module made CommonJS, for the bundle's banner. */
export async function helperBanner() {
  const sample = "import d from 'a'; export * from 'b'; export const c = d;";
  const { helpers } = sharedHelpers((await transform(sample, toCommonJs('sample.ts'))).code);
  if (!helpers.includes(COPIED_GETTER))
    throw new Error(`esbuild's __copyProps no longer writes ${COPIED_GETTER}: see __cs_settle`);
  const configurable = helpers.replace(
    COPIED_GETTER,
    '{ get: () => from[key], configurable: true, enumerable:',
  );
  return (
    await transform(`${configurable}\n${SETTLE}`, { minifyWhitespace: true, logLevel: 'warning' })
  ).code.trim();
}

/**
 * The esbuild plugin that bundles each of `lazy` (paths from the project's root) as CommonJS.
 * They go in a namespace of their own: in the file namespace esbuild takes a module of this
 * "type": "module" package for ESM, whatever its code says. Every other module is left as it is.
 */
export function lazyModulesAsFunctions(root, lazy) {
  const again = Symbol('resolved by lazy-modules-as-functions');
  return {
    name: 'lazy-modules-as-functions',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === again || args.kind === 'entry-point') return undefined;
        if (args.namespace !== 'file' && args.namespace !== 'lazy') return undefined;
        if (isBuiltin(args.path)) return undefined;
        // The sources import ./x.js for ./x.ts; and a module made CommonJS requires what it
        // imported, which is resolved as the import it was, to the same file as the first build.
        const relativeTs = /^\.\.?\//.test(args.path) && args.importer.endsWith('.ts');
        const path = relativeTs ? args.path.replace(/\.js$/, '.ts') : args.path;
        const kind =
          args.kind === 'require-call' && args.namespace === 'lazy'
            ? 'import-statement'
            : args.kind;
        const found = await b.resolve(path, {
          kind,
          resolveDir: args.resolveDir,
          pluginData: again,
        });
        if (found.errors.length > 0 || found.namespace !== 'file' || found.external) return found;
        const name = relative(root, found.path).split(sep).join('/');
        // Named .cjs too: esbuild takes any module named .mjs for ESM.
        if (!lazy.has(name)) return { path: found.path };
        return { path: name.replace(/\.mjs$/, '.mjs.cjs'), namespace: 'lazy' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => {
        const file = join(root, args.path.replace(/\.mjs\.cjs$/, '.mjs'));
        const options = {
          ...toCommonJs(args.path),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
        const contents = await commonJsBody(readFileSync(file, 'utf8'), options);
        return { contents, loader: 'js', resolveDir: dirname(file) };
      });
    },
  };
}
