import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { fakeIO } from '../fake-io.js';
import { BIN } from './tmux.js';

const ANSWERS = [
  '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访。',
  '我会耐心跟客户解释，给他退款，让他满意。',
  '先稳住直播间的气氛，再私信核实订单。',
];

// The binary shares a large class among worker threads; what it prints must be
// what grading the files one by one in the same process prints.
describe.skipIf(availableParallelism() < 2)('grade of a class in worker threads', () => {
  it('prints the same JSON Lines and CSV, in the files’ order, a bad file named once', {
    timeout: 90_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-class-e2e-'));
    const files: string[] = [];
    for (let i = 0; i < 140; i++) {
      const file = join(dir, `s${String(i).padStart(3, '0')}.yaml`);
      const text =
        i === 77
          ? 'scenarios-1: [broken\n'
          : `scenarios-1: ${ANSWERS[i % 3]}\nscenarios-2: ${ANSWERS[(i + 1) % 3]}\n`;
      writeFileSync(file, text);
      files.push(file);
    }
    for (const format of ['jsonl', 'csv']) {
      const { io, out, err } = fakeIO();
      const serial = await runCli(['grade', ...files, '--format', format], io);
      const binary = spawnSync(process.execPath, [BIN, 'grade', ...files, '--format', format], {
        encoding: 'utf8',
        env: {
          ...process.env,
          LANG: 'zh_CN.UTF-8',
          CS_INTERVIEW_HOME: mkdtempSync(join(tmpdir(), 'h-')),
        },
        maxBuffer: 1 << 28,
      });
      expect(binary.status).toBe(serial);
      expect(serial).toBe(1);
      expect(binary.stdout).toBe(out());
      expect(binary.stderr).toBe(err());
      expect(binary.stderr.split('s077.yaml').length - 1).toBeGreaterThanOrEqual(1);
    }
  });
});
