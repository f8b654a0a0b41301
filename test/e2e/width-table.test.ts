import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/text-width.js';
import { hasTmux, TmuxSession } from './tmux.js';

// The program's width table against a real terminal: each string is printed at the start of a
// line and the terminal is asked where the cursor went (ESC[6n). tmux 3.3 draws an emoji with
// VS16 (❤️) one column wide and one with a skin tone four: newer terminals draw both two, and
// so does the table, so those are left out.

const SAMPLES = [
  '先共情',
  'ＡＢ',
  'e\u0301',
  '한국',
  '\u1100\u1161\u11a8',
  '\u1100\u1100',
  'कि',
  'ก่',
  'a\u00adb',
  '✅',
  '🇨🇳',
  '😀',
  '№',
  '我先道歉✅✅✅再核实',
  '“好”…',
  '①②',
  '₩¥',
  'x\u200by',
  'ｶﾀｶﾅ',
  '〜～',
];

describe.skipIf(!hasTmux)('the width table agrees with the terminal (tmux)', () => {
  it('for CJK, Hangul jamo, Indic marks, the soft hyphen, emoji and ambiguous characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-width-'));
    const out = join(dir, 'out.txt');
    const input = join(dir, 'samples.txt');
    writeFileSync(input, `${SAMPLES.join('\n')}\n`);
    const script = join(dir, 'measure.sh');
    writeFileSync(
      script,
      [
        'while IFS= read -r s; do',
        '  printf "\\r%s\\033[6n" "$s" > /dev/tty',
        '  IFS= read -rsd R pos < /dev/tty',
        `  echo "\${pos##*;}" >> ${out}`,
        `done < ${input}`,
        'echo __DONE',
      ].join('\n'),
    );
    const t = new TmuxSession(`bash ${script}`, { width: 80, height: 10 });
    try {
      await t.waitFor('__DONE');
      const columns = readFileSync(out, 'utf8').trim().split('\n').map(Number);
      const measured = SAMPLES.map((s, i) => [s, (columns[i] ?? 0) - 1]);
      expect(SAMPLES.map((s) => [s, displayWidth(s)])).toEqual(measured);
    } finally {
      t.kill();
    }
  });
});
