import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { GradeJson, GradeJsonLine } from '../../src/commands/grade.js';
import { csvField } from '../../src/commands/grade-output.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[]) {
  const { io, out, err, home } = fakeIO();
  const code = await runCli(argv, io);
  return { code, out: out(), err: err(), home };
}

const STRONG =
  '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访，并把问题反馈给商家修改详情页。';

function classFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-class-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const RESULT_KEYS = [
  'id',
  'points',
  'score',
  'self_score',
  'covered',
  'missed',
  'reasons',
  'flags',
  'red_flags',
  'insights',
  'follow_ups',
];

describe('grade of several files', () => {
  const dir = classFolder({
    'a.yaml': `scenarios-1: ${STRONG}\nscenarios-2: 我会冷静处理\n`,
    'b.yaml': 'scenarios-1: 我会耐心跟客户解释，给他退款。\n',
    'broken.yaml': 'scenarios-1: [unclosed\n',
    'c.json': '{"scenarios-3": "先安抚客户"}',
  });
  const files = ['a.yaml', 'b.yaml', 'broken.yaml', 'c.json'].map((f) => join(dir, f));

  it('--format jsonl: one line per file, the bad one named on stderr, the others graded, exit 1', async () => {
    const r = await run(['grade', ...files, '--format', 'jsonl']);
    expect(r.code).toBe(ExitCode.badInput);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as GradeJsonLine);
    expect(parsed.map((p) => p.file)).toEqual([files[0], files[1], files[3]]);
    for (const p of parsed) {
      expect(Object.keys(p)).toEqual(['file', 'results', 'total', 'max']);
      for (const result of p.results) expect(Object.keys(result)).toEqual(RESULT_KEYS);
    }
    expect(parsed[0]?.results.map((x) => x.id)).toEqual(['scenarios-1', 'scenarios-2']);
    expect(parsed[0]?.max).toBe(20);
    expect(r.err).toMatch(new RegExp(`^${files[2]}:\\d+:\\d+: `, 'm'));
    expect(r.err).not.toContain(files[0]);
  });

  it('--format csv: a header, then a row per file and question, quoted where needed', async () => {
    const odd = join(dir, 'class "A", 1.yaml');
    writeFileSync(odd, `scenarios-1: ${STRONG}\n`);
    const r = await run(['grade', files[0] as string, odd, '--format', 'csv']);
    expect(r.code).toBe(ExitCode.ok);
    const rows = r.out.split('\r\n');
    expect(rows[0]).toBe('file,id,points,score,covered,missed,red_flags,follows');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatch(
      new RegExp(`^${files[0]},scenarios-1,10,10,先共情安抚; [^,]*,[^,]*,,$`),
    );
    expect(rows[2]?.startsWith(`${files[0]},scenarios-2,10,`)).toBe(true);
    expect(rows[3]?.startsWith(`"${odd.replace(/"/g, '""')}",scenarios-1,10,10,`)).toBe(true);
    expect(rows[4]).toBe('');
  });

  it('a CSV field: quotes doubled, commas and line ends quoted, formulas defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(7.5)).toBe('7.5');
  });

  it('a class is not saved to the history; one file is, whatever the format', async () => {
    const many = await run(['grade', files[0] as string, files[1] as string, '--format', 'jsonl']);
    expect(many.code).toBe(ExitCode.ok);
    expect(existsSync(join(many.home, 'history.jsonl'))).toBe(false);
    const one = await run(['grade', files[0] as string, '--format', 'jsonl']);
    expect(one.code).toBe(ExitCode.ok);
    expect(existsSync(join(one.home, 'history.jsonl'))).toBe(true);
  });

  it('text: each file under its name, a bad one said and skipped', async () => {
    const r = await run(['grade', files[0] as string, files[2] as string, files[1] as string]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.out).toContain(`== ${files[0]} ==`);
    expect(r.out).toContain(`== ${files[1]} ==`);
    expect(r.out).not.toContain(`== ${files[2]} ==`);
    expect(r.out.match(/面试小结/g)).toHaveLength(2);
  });

  it('a file that cannot be read, or holds no answer, is named', async () => {
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    const r = await run([
      'grade',
      join(dir, 'missing.yaml'),
      empty,
      files[0] as string,
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain('missing.yaml');
    expect(r.err).toContain(`${empty}: 答题文件里没有任何回答`);
  });

  it('one file: --json is as it was (and the same as --format json); --json with several is a usage error', async () => {
    const json = await run(['grade', files[0] as string, '--json']);
    const format = await run(['grade', files[0] as string, '--format', 'json']);
    expect(format.out).toBe(json.out);
    const parsed = JSON.parse(json.out) as GradeJson;
    expect(Object.keys(parsed)).toEqual([
      'results',
      'total',
      'auto_total',
      'max',
      'follow_ups_total',
      'follow_ups_max',
    ]);
    expect(Object.keys(parsed.results[0] ?? {})).toEqual(RESULT_KEYS);
    const both = await run(['grade', files[0] as string, files[1] as string, '--json']);
    expect(both.code).toBe(ExitCode.usage);
    expect(both.err).toContain('--format jsonl');
    expect((await run(['grade', files[0] as string, '--format', 'xml'])).code).toBe(ExitCode.usage);
  });
});
