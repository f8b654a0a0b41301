import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import type { GradeJson } from '../../src/commands/grade.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[]) {
  const { io, out, err } = fakeIO();
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-fu-')), 'a.yaml');
  writeFileSync(file, text);
  return file;
}

const MAIN =
  '非常抱歉让您失望了，我理解您的心情。按平台规则可以给您退货退款或者换货，之后我会回访跟进进度。';

describe('grade and follow-ups', () => {
  it('--template lists each follow-up under its question, and parses as it is', async () => {
    const r = await run(['grade', '--template']);
    expect(r.code).toBe(ExitCode.ok);
    const at = (s: string) => r.out.indexOf(s);
    expect(at('scenarios-1: |')).toBeGreaterThan(0);
    expect(at('scenarios-1-fu-2: |')).toBeGreaterThan(at('scenarios-1: |'));
    expect(at('scenarios-2: |')).toBeGreaterThan(at('scenarios-1-fu-3: |'));
    expect(r.out).toContain('#   客户说他不会拍照也不会发视频，让你就相信他，怎么办？');
    const keys = Object.keys(parse(r.out) ?? {});
    expect(keys.filter((k) => k.includes('-fu-')).length).toBeGreaterThanOrEqual(32);
    // The English template has the English prompts.
    const en = await run(['grade', '--template', '--lang', 'en']);
    expect(en.out).toContain("#   The customer says they can't take photos");
  });

  it('grades a follow-up answered in the file on its own key points, beside the total', async () => {
    const file = tempFile(
      `scenarios-1: ${MAIN}\nscenarios-1-fu-2: 我会一步一步教您用手机拍，或者先查订单记录和物流。\n`,
    );
    const r = await run(['grade', file, '--json', '--no-save']);
    expect(r.code).toBe(ExitCode.ok);
    const json = JSON.parse(r.out) as GradeJson;
    expect(json.results).toHaveLength(1);
    expect(json.results[0]?.follow_ups).toEqual([
      expect.objectContaining({
        id: 'scenarios-1-fu-2',
        points: 3,
        score: 2,
        covered: ['教他简单的办法', '用其他记录核实'],
        missed: ['必要时寄回检测'],
      }),
    ]);
    expect([json.max, json.follow_ups_total, json.follow_ups_max]).toEqual([10, 2, 3]);
    const text = (await run(['grade', file, '--no-save'])).out;
    expect(text).toContain('追问');
    expect(text).toContain('✗ 必要时寄回检测');
    expect(text).toContain('追问 2/3 分（1 个追问，另计，不计入总分）');
  });

  it('--format csv: a row per follow-up answered, after its question’s, naming it in `follows`', async () => {
    const file = tempFile(
      `scenarios-1: ${MAIN}\nscenarios-1-fu-2: 我会一步一步教您用手机拍，或者先查订单记录和物流。\nscenarios-2: 我会先稳住直播间，私聊了解他为什么不满。\n`,
    );
    const r = await run(['grade', file, '--format', 'csv', '--no-save']);
    expect(r.code).toBe(ExitCode.ok);
    const rows = r.out.split('\r\n');
    expect(rows[0]).toBe('file,id,points,score,covered,missed,red_flags,follows');
    expect(rows.slice(1, 4).map((row) => row.split(',').slice(1, 4))).toEqual([
      ['scenarios-1', '10', expect.any(String)],
      ['scenarios-1-fu-2', '3', '2'],
      ['scenarios-2', '10', expect.any(String)],
    ]);
    expect(rows[2]).toBe(
      `${file},scenarios-1-fu-2,3,2,教他简单的办法; 用其他记录核实,必要时寄回检测,,scenarios-1`,
    );
    expect(rows[1]?.endsWith(',')).toBe(true);
    expect(rows[3]?.endsWith(',')).toBe(true);
    expect(rows).toHaveLength(5);
  });

  it('refuses a follow-up answered without its question, at its line', async () => {
    const file = tempFile(`scenarios-2: 我会冷静处理\nscenarios-1-fu-2: 我会教他拍照\n`);
    const r = await run(['grade', file]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain(':2:1:');
    expect(r.err).toContain('回答了追问 scenarios-1-fu-2，却没有回答它的主问题 scenarios-1');
  });
});
