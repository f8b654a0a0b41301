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
  // The program as one CommonJS bundle compiled with V8's code cache (src/cli/code-cache.ts).
  const dist = new URL('../dist/', import.meta.url);
  const { main } = require('../dist/fast-start.cjs').loadProgram(dist, argv);
  await main(argv);
}
