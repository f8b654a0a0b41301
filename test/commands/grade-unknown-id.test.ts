import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function grade(text: string, lang: string, bank?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cs-grade-unknown-'));
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, text);
  const { io, err } = fakeIO({ env: { CS_INTERVIEW_HOME: dir } });
  const argv = ['grade', file, '--no-save', '--lang', lang, ...(bank ? ['--bank', bank] : [])];
  const code = await runCli(argv, io);
  return { code, err: err(), file };
}

/** A bank of one section whose questions have the ids given. */
function bankWith(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-grade-unknown-bank-'));
  const question = (id: string) =>
    [
      `  - id: ${id}`,
      '    prompt: P',
      '    answer: A',
      '    analysis: N',
      '    key_points:',
      '      - point: K',
      '        keywords: [w]',
    ].join('\n');
  const head = ['id: s', 'order: 1', 'title: T', 'points: 5', 'time_limit: 60', 'questions:'];
  writeFileSync(join(dir, '1-s.yaml'), `${[...head, ...ids.map(question)].join('\n')}\n`);
  return dir;
}

describe('grade with an unknown question id', () => {
  it('suggests the nearest ids of the bank, in the interface language', async () => {
    const zh = await grade('scenarios-1: 我会先道歉\nsenarios-2: 然后核实订单\n', 'zh');
    expect(zh.code).toBe(ExitCode.badInput);
    expect(zh.err).toContain(`${zh.file}:2:1: 未知的题目 id "senarios-2"（是否应为 "scenarios-2"`);
    expect(zh.err).toContain(
      '未知的题目 id "senarios-2"（是否应为 "scenarios-2"、"scenarios-1"、"scenarios-3"？）\n',
    );
    const en = await grade('scenarios-1: I apologise\nscenarios-1-fu9: then I check\n', 'en');
    expect(en.err).toMatch(
      /:2:1: unknown question id "scenarios-1-fu9" \(did you mean "scenarios-1-fu-\d"(, "[^"]+")*( or "[^"]+")?\?\)/,
    );
    expect(en.err).toContain(
      'unknown question id "scenarios-1-fu9" (did you mean "scenarios-1-fu-1", "scenarios-1-fu-2" or "scenarios-1-fu-3"?)\n',
    );
  });

  it('leaves out ids more than one edit further than the nearest', async () => {
    // "alpha-onx" is one edit from alpha-one and three from alpha-onexyz.
    const bank = bankWith(['alpha-one', 'alpha-onexyz']);
    const en = await grade('alpha-onx: I apologise\n', 'en', bank);
    expect(en.code).toBe(ExitCode.badInput);
    expect(en.err).toContain('unknown question id "alpha-onx" (did you mean "alpha-one"?)\n');
    const zh = await grade('alpha-onx: 我会先道歉\n', 'zh', bank);
    expect(zh.err).toContain('未知的题目 id "alpha-onx"（是否应为 "alpha-one"？）\n');
  });

  it('suggests nothing for an id far from every id', async () => {
    const r = await grade('scenarios-1: 我会先道歉\nzzzzzzzzzzzzzzzz: 无关\n', 'zh');
    expect(r.err).toContain('未知的题目 id "zzzzzzzzzzzzzzzz"\n');
  });
});
