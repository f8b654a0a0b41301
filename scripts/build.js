// `npm run build`: the program bundled into dist/ (esbuild), and the shipped
// bank (questions/) read, checked and compiled into dist/shipped-bank.json
// by the program's own loader, so that the default commands parse no YAML.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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

rmSync(dist, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  splitting: true,
  outdir: dist,
  chunkNames: 'chunks/[name]-[hash]',
});

// The compiler is the program's own loader, bundled apart so that dist/ holds only the program.
const work = join(root, 'node_modules/.cache/cs-interview');
mkdirSync(work, { recursive: true });
const compiler = join(work, 'compile-shipped-bank.mjs');
await build({
  ...common,
  entryPoints: [join(root, 'src/build/compile-shipped-bank.ts')],
  outfile: compiler,
});
const { compileShippedBank, renderShippedAnswerKey, Chalk } = await import(
  pathToFileURL(compiler).href
);
const result = await compileShippedBank(join(root, 'questions'));
if ('issues' in result) {
  console.error(`The shipped bank (questions/) has issues:\n${result.issues.join('\n')}`);
  process.exit(1);
}
writeFileSync(join(dist, 'shipped-bank.json'), JSON.stringify(result.compiled));

// `answers` piped at 80 columns prints the key rendered here (src/commands/shipped-answer-key.ts).
for (const lang of ['zh', 'en']) {
  const key = renderShippedAnswerKey(join(root, 'questions'), lang, new Chalk({ level: 0 }));
  if (key !== undefined) writeFileSync(join(dist, `answer-key-${lang}-80.txt`), key);
}
