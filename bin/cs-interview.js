#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can cache compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.();
const argv = process.argv.slice(2);
// `--help` and `answers` piped print what the build captured of the program, when it is what the
// program would print (src/fast-start.ts): loading the program costs more than Node's own start.
const fast =
  argv.length === 1 ? (await import('../dist/fast-start.js')).fastOutput(argv) : undefined;
if (fast !== undefined) {
  // As in main(): a reader that left (`answers | head`) is no error.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  process.stdout.write(fast);
} else {
  const { main } = await import('../dist/cli.js');
  await main(argv);
}
