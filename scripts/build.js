// `npm run build`: the program bundled into dist/ (esbuild), and the shipped
// bank (questions/) read, checked and compiled into dist/shipped-bank.json (and shipped-bank/)
// by the program's own loader, so that the default commands parse no YAML.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { build } from 'esbuild';
import { helperBanner, lazyModules, lazyModulesAsFunctions } from './lazy-modules.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS (yaml) calls require(): give ESM one.
  banner: {
    js: "import { createRequire as __csCreateRequire } from 'node:module'; const require = __csCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

/**
 * `import … from 'node:fs'` in an ES module makes Node build the module's whole namespace,
 * running every lazy getter: node:fs alone then loads fs streams, fs/promises and readline.
 * Each static import of a built-in becomes a module that takes it from
 * process.getBuiltinModule and exports each of its names as a pure read, so that the bundle
 * keeps only the names the program imports. Reading any other at load would make the build
 * depend on the Node it ran on: fs.F_OK is a plain field on Node 20 and a deprecated getter on
 * Node 24 (DEP0176), so a bundle built on 20 that read it warned on every run under 24.
 */
const builtinsWithoutNamespace = {
  name: 'builtins-without-namespace',
  setup(b) {
    const require = createRequire(import.meta.url);
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) =>
      args.kind === 'import-statement' && isBuiltin(args.path)
        ? { path: args.path, namespace: 'builtin' }
        : undefined,
    );
    // commander require()s node:child_process (and with it node:dgram and node:net's sockets) at
    // load, for subcommands run as executables, which this program has none of: it gets a module
    // that loads the built-in on the first use of one of its names.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.kind === 'require-call' ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => process.getBuiltinModule(${JSON.stringify(args.path)})[name] });`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const module = require(args.path);
      const names = Object.keys(module).filter(
        (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
      );
      const contents = [
        `const m = process.getBuiltinModule(${JSON.stringify(args.path)});`,
        'export default m;',
        ...names.map((name) => `export const ${name} = /* @__PURE__ */ (() => m.${name})();`),
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * What this build is made of: a hash of the sources, the build script, the manifest and the
 * locked dependencies.
 * The bank cache (src/store/bank-cache.ts) keys its entries on it, so that a changed program
 * never reads what another one kept, whatever its version number says.
 */
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join('src', f));
  // This script too: how the bundle is made (minified, made ASCII) changes what the code cache
  // of it holds, and V8 checks no more of the source than its length.
  const scripts = ['scripts/build.js', 'scripts/lazy-modules.js'];
  for (const file of [...files, ...scripts, 'package.json', 'package-lock.json']) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

rmSync(dist, { recursive: true, force: true });

// The compiler is the program's own loader, bundled apart so that dist/ holds only the program.
const work = join(root, 'node_modules/.cache/cs-interview');
mkdirSync(work, { recursive: true });
const compiler = join(work, 'compile-shipped-bank.mjs');
await build({
  ...common,
  entryPoints: [join(root, 'src/build/compile-shipped-bank.ts')],
  outfile: compiler,
});
const {
  compileShippedBank,
  renderShippedAnswerKey,
  splitCompiledBank,
  shippedFirstParts,
  importCallLines,
  escapeNonAscii,
  Chalk,
} = await import(pathToFileURL(compiler).href);

// The program as one CommonJS bundle, which bin/cs-interview.js runs with V8's code cache
// (src/cli/code-cache.ts): ESM modules cost the loader a resolve, a read and a link each, and
// Node 20 has no compile cache. The cache is named by the build id, written beside it.
const buildIdentity = buildId();
const program = {
  ...common,
  format: 'cjs',
  // "use strict" first: the sources are ES modules, strict, and esbuild's own directive, put
  // after the banner, was no directive there, which left the whole bundle sloppy.
  banner: {
    js: `"use strict";\nconst __csMetaUrl = require('node:url').pathToFileURL(__filename).href;\n${await helperBanner()}`,
  },
  entryPoints: [join(root, 'src/cli.ts')],
  define: { CS_INTERVIEW_BUILD: JSON.stringify(buildIdentity), 'import.meta.url': '__csMetaUrl' },
  outfile: join(dist, 'cli.cjs'),
  // Without comments and spaces (1.51 -> 1.05 MB; names kept, for the stack a bug prints): less
  // to read and scan before the first question, ~0.5-1 ms of CPU measured.
  minifyWhitespace: true,
  minifySyntax: true,
};
// What the program loads only when needed, each module in a function of its own
// (scripts/lazy-modules.js), found by a first build that writes nothing. What drill's first
// question needs stays at the top level, where esbuild links modules without interop.
const { metafile } = await build({
  ...program,
  plugins: [builtinsWithoutNamespace],
  write: false,
  metafile: true,
});
const lazy = lazyModules(metafile, 'src/cli.ts', [
  'src/commands/drill.ts',
  'src/ui/prompts/index.ts',
]);
await build({
  ...program,
  plugins: [builtinsWithoutNamespace, lazyModulesAsFunctions(root, lazy)],
});
writeFileSync(join(dist, 'build-id'), `${buildIdentity}\n`);
// All ASCII, which the loader reads as Latin-1 (src/build/bundle-check.ts), and still valid.
const bundle = escapeNonAscii(readFileSync(join(dist, 'cli.cjs'), 'utf8'));
new Script(`(function () {${bundle}\n})`, { filename: 'dist/cli.cjs' });
writeFileSync(join(dist, 'cli.cjs'), bundle);
// A vm.Script has no module loader: an import() left in the bundle would throw when reached.
const importCalls = importCallLines(bundle);
if (importCalls.length > 0) {
  console.error(
    `dist/cli.cjs holds an import() (lines ${importCalls.join(', ')}): take the module by require or getBuiltinModule`,
  );
  process.exit(1);
}

const result = await compileShippedBank(join(root, 'questions'));
if ('issues' in result) {
  console.error(`The shipped bank (questions/) has issues:\n${result.issues.join('\n')}`);
  process.exit(1);
}
// An index, a file per section and the bank's file (src/bank/shipped-bank.ts): `drill 1` parses
// only the index and its section.
const { index, flags, sections, file } = splitCompiledBank(result.compiled);
writeFileSync(join(dist, 'shipped-bank.json'), JSON.stringify(index));
mkdirSync(join(dist, 'shipped-bank'));
writeFileSync(join(dist, 'shipped-bank', 'flags.json'), JSON.stringify(flags));
for (const [i, section] of sections.entries())
  writeFileSync(join(dist, 'shipped-bank', `${i}.json`), JSON.stringify(section));
if (file) writeFileSync(join(dist, 'shipped-bank', 'bank-file.json'), JSON.stringify(file));
// What each section's first question needs, in each language (src/bank/first-part.ts): `drill 1`
// parses the rest of its section only once the question is on screen.
for (const lang of ['zh', 'en'])
  for (const [i, part] of shippedFirstParts(join(root, 'questions'), lang).entries())
    writeFileSync(join(dist, 'shipped-bank', `${i}-first-${lang}.json`), JSON.stringify(part));

// `answers` piped at 80 columns prints the key rendered here (src/commands/shipped-answer-key.ts).
for (const lang of ['zh', 'en']) {
  const key = renderShippedAnswerKey(join(root, 'questions'), lang, new Chalk({ level: 0 }));
  if (key !== undefined) writeFileSync(join(dist, `answer-key-${lang}-80.txt`), key);
}

// `--help` and `answers` piped, as the program prints them, for bin/cs-interview.js to print
// without loading it (src/cli/fast-start.ts says when). Captured from the bundle just built (the
// one the binary runs, dist/cli.cjs), with the language set and a data folder of its own; the help names
// that folder, which is kept as a mark to put the user's in its place.
// CommonJS: an ESM `import` of node:fs builds its whole namespace, which loads fs streams,
// fs/promises and readline (~5 ms on Node 24, a fifth of its start); require() does not.
await build({
  ...common,
  banner: {},
  format: 'cjs',
  entryPoints: [join(root, 'src/cli/fast-start.ts')],
  outfile: join(dist, 'fast-start.cjs'),
});
/** Whether `file` holds `text`'s UTF-8 bytes. */
function sameBytes(text, file) {
  try {
    return readFileSync(file).equals(Buffer.from(text, 'utf8'));
  } catch {
    return false;
  }
}
const { DATA_DIR_MARK } = createRequire(import.meta.url)(join(dist, 'fast-start.cjs'));
const home = mkdtempSync(join(tmpdir(), 'cs-interview-build-'));
mkdirSync(join(dist, 'fast'));
try {
  const program = `require(${JSON.stringify(join(dist, 'cli.cjs'))}).main`;
  for (const lang of ['zh', 'en']) {
    for (const [output, arg] of [
      ['help', '--help'],
      ['answers', 'answers'],
    ]) {
      const r = spawnSync(process.execPath, ['-e', `${program}([${JSON.stringify(arg)}]);`], {
        env: { PATH: process.env.PATH ?? '', CS_INTERVIEW_LANG: lang, CS_INTERVIEW_HOME: home },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (r.status !== 0 || r.stderr !== '') {
        console.error(`cs-interview ${arg} (${lang}) exited ${r.status}: ${r.stderr}`);
        process.exit(1);
      }
      const text = r.stdout.split(home).join(DATA_DIR_MARK);
      // `answers` is most often the rendered key itself, which the fast start then serves.
      if (output === 'answers' && sameBytes(text, join(dist, `answer-key-${lang}-80.txt`)))
        continue;
      writeFileSync(join(dist, 'fast', `${output}-${lang}.txt`), text);
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
