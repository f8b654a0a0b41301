import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function grade(text: string, lang: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cs-grade-unknown-'));
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, text);
  const { io, err } = fakeIO({ env: { CS_INTERVIEW_HOME: dir } });
  const code = await runCli(['grade', file, '--no-save', '--lang', lang], io);
  return { code, err: err(), file };
}

describe('grade with an unknown question id', () => {
  it('suggests the nearest ids of the bank, in the interface language', async () => {
    const zh = await grade('scenarios-1: 我会先道歉\nsenarios-2: 然后核实订单\n', 'zh');
    expect(zh.code).toBe(ExitCode.badInput);
    expect(zh.err).toContain(`${zh.file}:2:1: 未知的题目 id "senarios-2"（是否应为 "scenarios-2"`);
    const en = await grade('scenarios-1: I apologise\nscenarios-1-fu9: then I check\n', 'en');
    expect(en.err).toMatch(
      /:2:1: unknown question id "scenarios-1-fu9" \(did you mean "scenarios-1-fu-\d"(, "[^"]+")*( or "[^"]+")?\?\)/,
    );
  });

  it('suggests nothing for an id far from every id', async () => {
    const r = await grade('scenarios-1: 我会先道歉\nzzzzzzzzzzzzzzzz: 无关\n', 'zh');
    expect(r.err).toContain('未知的题目 id "zzzzzzzzzzzzzzzz"\n');
  });
});
