import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import type { GradeJson } from '../src/commands/grade.js';
import { ExitCode } from '../src/exit-codes.js';
import { fakeIO } from './fake-io.js';

const ESC = '\u001b';

async function run(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO(options);
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-cli-')), name);
  writeFileSync(file, text);
  return file;
}

describe('cs-interview --help', () => {
  it('prints Chinese help by default and English with --lang en, exit 0', async () => {
    const zh = await run(['--help']);
    expect(zh.code).toBe(ExitCode.ok);
    expect(zh.out).toContain('完整模拟面试');
    expect(zh.out).toContain('退出码');
    const en = await run(['--help', '--lang', 'en']);
    expect(en.out).toContain('the full mock interview');
  });

  it("commander's own headings and errors follow the language", async () => {
    expect((await run(['drill', '--help'])).out).toMatch(/^用法： cs-interview drill/);
    expect((await run(['drill', '--help', '--lang', 'en'])).out).toMatch(
      /^Usage: cs-interview drill/,
    );
    const typo = await run(['list', '--jsn']);
    expect(typo.err).toContain("错误：未知选项 '--jsn'");
    expect(typo.err).toContain('--json');
    expect((await run(['lst', '--lang', 'en'])).err).toContain("error: unknown command 'lst'");
  });

  it('follows an English locale', async () => {
    const r = await run(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.out).toContain('Exit codes');
  });
});

describe('wrong usage exits 2', () => {
  it.each([
    [['nope']],
    [['drill']],
    [['answers', '--format', 'pdf']],
    [['list', '--lang', 'fr']],
    [['drill', '1', '--count', 'x']],
    [['practice', '--time', '-5']],
    [['drill', '9']],
    [['grade']],
  ])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('names the sections when one is not found', async () => {
    const r = await run(['answers', '9']);
    expect(r.err).toContain('找不到部分 “9”');
    expect(r.err).toContain('scenarios');
    // One a line: a list joined by ", " ran past 80 columns, cut mid-word by the terminal.
    expect(r.err).toContain('可选：\n  一/1/self-intro  自我介绍与职业认知\n  二/2/scenarios  ');
    const en = await run(['answers', '9', '--lang', 'en']);
    expect(en.err).toContain(
      'Choose one of:\n  1/self-intro  Self-introduction and career understanding\n  2/scenarios  ',
    );
    expect(en.err).not.toMatch(/[（）]/);
  });

  it('practice and drill refuse to run without a terminal and point to grade and answers', async () => {
    for (const argv of [['practice'], ['drill', '1']]) {
      const r = await run(argv, { stdin: 'hello\n' });
      expect(r.code).toBe(ExitCode.usage);
      expect(r.err).toContain('grade');
      expect(r.err).toContain('answers');
    }
  });
});

describe('list', () => {
  it('lists the shipped bank with points and limits', async () => {
    const r = await run(['list']);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.out).toContain('一 自我介绍与职业认知 [self-intro] · 12 题 · 60 分');
    expect(r.out).toContain('五 岗位认知与职业素养 [professionalism] · 12 题 · 120 分');
    expect(r.out).toMatch(/self-intro-1\s+5\s+03:00/);
    expect(r.out).not.toContain(ESC);
  });

  it('--json prints the contract shape', async () => {
    const r = await run(['list', '--json']);
    const json = JSON.parse(r.out);
    expect(json.sections).toHaveLength(6);
    const q = json.sections[0].questions[0];
    expect(Object.keys(q)).toEqual([
      'id',
      'prompt',
      'points',
      'time_limit',
      'answer',
      'analysis',
      'key_points',
      'core',
      'follow_ups',
    ]);
    expect(q.time_limit).toBe(180);
    // Choice items are listed apart from the open questions, with the bank format's fields.
    const choice = json.sections[5].choices[0];
    expect(Object.keys(choice)).toEqual([
      'id',
      'type',
      'prompt',
      'options',
      'correct',
      'explanation',
      'source',
      'points',
      'time_limit',
    ]);
    expect(json.sections[5].questions).toEqual([]);
    // The whole bank is listed; the core (`core: true`) is the sixteen of 153 points.
    const core = json.sections
      .flatMap((s: { questions: { points: number; core: boolean }[] }) => s.questions)
      .filter((x: { core: boolean }) => x.core);
    expect(core).toHaveLength(16);
    expect(core.reduce((n: number, x: { points: number }) => n + x.points, 0)).toBe(153);
  });
});

describe('answers', () => {
  it('prints one section by order, Chinese numeral, id or title', async () => {
    for (const name of ['4', '四', 'industry-region', '行业与地域针对性问题']) {
      const r = await run(['answers', name]);
      expect(r.code).toBe(ExitCode.ok);
      expect(r.out).toContain('四、行业与地域针对性问题');
      expect(r.out).not.toContain('自我介绍与职业认知');
    }
  });

  it('has the alias key and formats markdown and json', async () => {
    const md = await run(['key', '1', '--format', 'markdown']);
    expect(md.out).toMatch(/^# 参考答案/);
    expect(md.out).toContain('**解析**');
    const json = await run(['answers', '--format', 'json']);
    expect(JSON.parse(json.out).sections.map((s: { id: string }) => s.id)).toEqual([
      'self-intro',
      'scenarios',
      'communication',
      'industry-region',
      'professionalism',
      'platform-rules',
    ]);
  });

  it('colours only when forced, and --no-color wins', async () => {
    expect((await run(['answers', '1'], { env: { FORCE_COLOR: '1' } })).out).toContain(ESC);
    expect(
      (await run(['answers', '1', '--no-color'], { env: { FORCE_COLOR: '1' } })).out,
    ).not.toContain(ESC);
    expect((await run(['answers', '1'], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(
      ESC,
    );
  });
});

describe('a broken bank', () => {
  it('exits 1 with file:line:col messages and no stack', async () => {
    const file = tempFile(
      'bad.yaml',
      'id: x\norder: 1\ntitle: T\npoints: 十\ntime_limit: 60\nquestions:\n  - id: q\n    prompt: p\n    answer: a\n    analysys: b\n',
    );
    const r = await run(['list', '--bank', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toMatch(/bad\.yaml:4:9: .*points/);
    expect(r.err).toMatch(/bad\.yaml:10:5: .*analysys.*analysis/);
    expect(r.err).not.toContain('    at ');
  });

  it('a missing bank path exits 1', async () => {
    const r = await run(['list', '--bank', '/nonexistent/bank']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toContain('/nonexistent/bank');
  });
});

describe('grade', () => {
  const strong =
    '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访，并把问题反馈给商家修改详情页。';

  it('--json has the contract shape', async () => {
    const file = tempFile(
      'a.yaml',
      `scenarios-1: ${strong}\nscenarios-2: 我会冷静处理\nscenarios-3: ""\n`,
    );
    const r = await run(['grade', file, '--json']);
    expect(r.code).toBe(ExitCode.ok);
    const json = JSON.parse(r.out) as GradeJson;
    expect(json.results.map((x) => x.id)).toEqual(['scenarios-1', 'scenarios-2']);
    expect(json.results[0]).toMatchObject({ id: 'scenarios-1', points: 10, score: 10, missed: [] });
    expect(json.results[0]?.covered).toHaveLength(5);
    expect(json.max).toBe(20);
    expect(json.total).toBe(json.results.reduce((n, x) => n + x.score, 0));
  });

  it('names a red flag in --json and in the feedback, and caps the score', async () => {
    const trap = `${strong}另外为了方便，我会让客户加我微信，在微信上继续聊。`;
    const file = tempFile('a.yaml', `scenarios-1: ${trap}\n`);
    const json = JSON.parse((await run(['grade', file, '--json'])).out) as GradeJson;
    const result = json.results[0];
    expect(result?.red_flags.map((f) => f.id)).toEqual(['off-platform']);
    expect(result?.red_flags[0]?.matched).toEqual(['加我微信']);
    expect(result?.flags.map((f) => f.code)).toContain('red-flag');
    expect(result?.covered).toHaveLength(5);
    expect(result?.score).toBe(2);
    const text = (await run(['grade', file])).out;
    expect(text).toContain('红线：把沟通或付款引到平台之外');
    const en = (await run(['grade', file, '--lang', 'en'])).out;
    expect(en).toContain('Red flag: Taking the conversation or the payment off the platform');
  });

  it('reads standard input with -', async () => {
    const r = await run(['grade', '-', '--json'], {
      stdin: JSON.stringify({ 'scenarios-1': strong }),
    });
    expect((JSON.parse(r.out) as GradeJson).total).toBe(10);
  });

  it('prints the same feedback as practice, without escape codes when piped', async () => {
    const file = tempFile('a.yaml', `scenarios-1: 我理解您的心情\n`);
    const r = await run(['grade', file]);
    expect(r.out).toContain('参考答案');
    expect(r.out).toContain('✓ 先共情安抚');
    expect(r.out).toContain('✗ 核实订单与证据');
    expect(r.out).toContain('总分');
    expect(r.out).not.toContain(ESC);
  });

  it('rejects unknown ids and non-text answers with positions, exit 1', async () => {
    const file = tempFile('a.yaml', 'scenarios-1: ok\nnot-a-question: hi\nscenarios-2: 42\n');
    const r = await run(['grade', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toMatch(/a\.yaml:2:1: .*not-a-question/);
    expect(r.err).toMatch(/a\.yaml:3:14: /);
  });

  it('an unreadable file exits 1; an empty one says what to do', async () => {
    expect((await run(['grade', '/nonexistent.yaml'])).code).toBe(ExitCode.badInput);
    const empty = await run(['grade', tempFile('e.yaml', '')]);
    expect(empty.code).toBe(ExitCode.badInput);
    expect(empty.err).toContain('--template');
  });

  it('--template lists every question and parses back as an empty answers file', async () => {
    const t = await run(['grade', '--template']);
    expect(t.code).toBe(ExitCode.ok);
    for (const id of ['self-intro-1', 'scenarios-5', 'industry-region-4'])
      expect(t.out).toContain(`${id}: |`);
    expect(t.out).toContain('# 请用3分钟时间进行自我介绍');
    const back = await run(['grade', tempFile('t.yaml', t.out)]);
    expect(back.code).toBe(ExitCode.badInput);
    expect(back.err).toContain('--template');
  });
});

describe('grade insights', () => {
  it('shows fillers and phrases on screen and carries the same data in --json', async () => {
    const file = tempFile(
      'f.yaml',
      'scenarios-1: 嗯，然后我会先道歉，然后问订单号，然后核实一下，然后给他退款。\n',
    );
    const text = await run(['grade', file]);
    expect(text.out).toContain('回答分析');
    expect(text.out).toMatch(/口头禅：然后 ×4/);
    const json = JSON.parse((await run(['grade', file, '--json'])).out) as GradeJson;
    const insights = json.results[0]?.insights;
    expect(insights?.fillers).toContainEqual({ word: '然后', count: 4 });
    expect(insights?.length.verdict).toBe('too-short');
  });
});

describe('grade with self scores', () => {
  const strong =
    '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访，并把问题反馈给商家修改详情页。';

  it('keeps both scores; the self score counts in the total', async () => {
    const file = tempFile(
      's.yaml',
      `scenarios-1:\n  answer: ${strong}\n  self_score: 6\nscenarios-2: 我会保持冷静，先私信了解他为什么不满。\n`,
    );
    const json = JSON.parse((await run(['grade', file, '--json'])).out) as GradeJson;
    expect(json.results.map((r) => [r.id, r.self_score])).toEqual([
      ['scenarios-1', 6],
      ['scenarios-2', null],
    ]);
    expect(json.results[0]?.score).toBe(10);
    expect(json.total).toBe(6 + (json.results[1]?.score ?? 0));
    expect(json.auto_total).toBe(10 + (json.results[1]?.score ?? 0));
    const text = await run(['grade', file]);
    expect(text.out).toContain('自评 6（计分；自动评分 10）');
    expect(text.out).toContain('1 题用了自评');
  });

  it('refuses a self score above the points, or an unknown field, with positions', async () => {
    const file = tempFile('s.yaml', 'scenarios-1:\n  answer: 好的\n  self_score: 11\n  score: 3\n');
    const r = await run(['grade', file, '--lang', 'en']);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.err).toMatch(
      /s\.yaml:3:15: self_score of "scenarios-1" is 11, more than the question's 10 points/,
    );
    expect(r.err).toMatch(/s\.yaml:4:3: .*score/);
  });
});

describe('drill of the choice-only section', () => {
  it('says to quiz it, with its own number (the rules quiz comes after the five open sections)', async () => {
    const r = await run(['drill', 'platform-rules'], { tty: true });
    expect(r.code).toBe(ExitCode.usage);
    expect(r.err).toContain('只有选择题');
    expect(r.err).toContain('cs-interview quiz 6');
  });
});

describe('CS_INTERVIEW_AMBIGUOUS', () => {
  it('refuses a value other than wide or narrow, clearly, with exit 2', async () => {
    const zh = await run(['drill', '1'], { tty: true, env: { CS_INTERVIEW_AMBIGUOUS: 'big' } });
    expect(zh.code).toBe(ExitCode.usage);
    expect(zh.err).toContain('CS_INTERVIEW_AMBIGUOUS 只能是 wide');
    expect(zh.err).toContain('big');
    const en = await run(['drill', '1', '--lang', 'en'], {
      tty: true,
      env: { CS_INTERVIEW_AMBIGUOUS: 'big' },
    });
    expect(en.err).toContain('CS_INTERVIEW_AMBIGUOUS must be wide');
  });
});
