import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder holding a fake speech tool named `name`: a Node script that
 * writes its arguments and what it read on standard input, as JSON, to
 * `heard.json` beside it. Put the folder first on PATH.
 */
export function fakeSpeechTool(name = 'espeak-ng'): { dir: string; heard: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cs-speech-'));
  const heard = join(dir, 'heard.json');
  const script = join(dir, name);
  writeFileSync(
    script,
    `#!${process.execPath}
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { text += c; });
process.stdin.on('end', () => {
  require('node:fs').writeFileSync(${JSON.stringify(heard)}, JSON.stringify({ args: process.argv.slice(2), text }));
});
`,
  );
  chmodSync(script, 0o755);
  return { dir, heard };
}
