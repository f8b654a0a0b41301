#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry costs Node its ESM loader before any of our
// code runs, and this file needs none of it.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const argv = process.argv.slice(2);
const dist = pathToFileURL(join(__dirname, '../dist/'));
const start = require('../dist/fast-start.cjs');
// `--help` and `answers` piped print what the build captured of the program, when it is what the
// program would print (src/cli/fast-start.ts): loading the program costs more than Node's own start.
if (argv.length !== 1 || !start.printFast(argv, dist)) {
  // The program as one CommonJS bundle compiled with V8's code cache (src/cli/code-cache.ts).
  start.loadProgram(dist, argv).main(argv);
}
