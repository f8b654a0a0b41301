#!/usr/bin/env node
// Built-in modules by process.getBuiltinModule, not `import`: an ESM import of node:fs or
// node:module builds its whole namespace, which loads fs streams, fs/promises and readline.
const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
const argv = process.argv.slice(2);
// `--help` and `answers` piped print what the build captured of the program, when it is what the
// program would print (src/cli/fast-start.ts): loading the program costs more than Node's own start.
if (
  argv.length !== 1 ||
  !require('../dist/fast-start.cjs').printFast(argv, new URL('../dist/', import.meta.url))
) {
  // Node 22.1+ can cache compiled code between runs (Node 20 has none); the fast path is too
  // small to gain from it.
  process.getBuiltinModule('node:module').enableCompileCache?.();
  const { main } = await import('../dist/cli.js');
  await main(argv);
}
