#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can cache compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
await main(process.argv.slice(2));
