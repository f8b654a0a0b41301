import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate, type ValidateJson } from '../../src/commands/validate.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BANKS = 'test/fixtures/banks';
const ESC = '\u001b';

async function validate(
  paths: string[],
  options: { lang?: 'zh' | 'en'; json?: boolean; strict?: boolean; color?: boolean } = {},
  env: NodeJS.ProcessEnv = {},
) {
  const { io, out } = fakeIO({ env });
  // Paths are shown relative to the working folder, which is the package root under vitest.
  const code = await runValidate(
    paths.map((p) => resolve(ROOT, p)),
    { lang: options.lang ?? 'en', color: options.color ?? false, ...options },
    io,
  );
  return { code, out: out() };
}

describe('validate', () => {
  it('passes the shipped bank without an error', async () => {
    const r = await validate(['questions'], { json: true });
    expect(r.code).toBe(ExitCode.ok);
    const json = JSON.parse(r.out) as ValidateJson;
    // Six section files (the sixth the rules quiz), the bank file and the chat file.
    expect({ files: json.files, errors: json.errors }).toEqual({ files: 8, errors: [] });
  });

  it('checks every @concept reference against the bank file, with its line', async () => {
    const ok = await validate([`${BANKS}/concepts`], { json: true });
    expect((JSON.parse(ok.out) as ValidateJson).errors).toEqual([]);
    const bad = await validate([`${BANKS}/concepts-unknown`]);
    expect(bad.code).toBe(ExitCode.badInput);
    expect(bad.out).toContain(
      `${BANKS}/concepts-unknown/1-complaints.yaml:13:1: error: questions[0].key_points[0].keywords: "@致歉" names no concept of the bank file (bank.yaml, under concepts)`,
    );
    const zh = await validate([`${BANKS}/concepts-unknown`], { lang: 'zh' });
    expect(zh.out).toContain('不是题库文件（bank.yaml 的 concepts）中的概念');
  });

  it('refuses a ~marker that is none of the key-point markers, with its line', async () => {
    // Read as a plain word, a misspelt marker would never be found: the point could not be won.
    const bad = await validate([`${BANKS}/marker-unknown`]);
    expect(bad.code).toBe(ExitCode.badInput);
    expect(bad.out).toContain(
      `${BANKS}/marker-unknown/1-complaints.yaml:17:1: error: questions[0].key_points[2].keywords: "~storyy" is not a key-point marker (the markers are ~fits-time, ~story and ~structure)`,
    );
    const zh = await validate([`${BANKS}/marker-unknown`], { lang: 'zh' });
    expect(zh.out).toContain('不是要点可用的标记');
  });

  it('shows warnings but passes without --strict, and fails with it', async () => {
    const loose = await validate([`${BANKS}/valid`]);
    expect(loose.code).toBe(ExitCode.ok);
    expect(loose.out.split('\n')).toEqual([
      `${BANKS}/valid/1-greeting.yaml:16:7: warning: questions[0].key_points: only 1 key point; expected at least 3, so that the score tells a partial answer from a full one`,
      `${BANKS}/valid/1-greeting.yaml:25:7: warning: questions[1].key_points: only 2 key points; expected at least 3, so that the score tells a partial answer from a full one`,
      `${BANKS}/valid/1-greeting.yaml:27:9: warning: questions[1].key_points[1]: the reference answer does not score its own key point "表达服务意识": none of its keywords occurs in it`,
      `${BANKS}/valid/1-greeting.yaml:28:19: warning: questions[1].key_points[1].keywords: only one keyword, "服务"; add synonyms so that other wordings count too`,
      `${BANKS}/valid/2-complaints.yaml:12:7: warning: questions[0].key_points: only 1 key point; expected at least 3, so that the score tells a partial answer from a full one`,
      '2 files checked: 0 errors, 5 warnings',
      '',
    ]);
    const strict = await validate([`${BANKS}/valid`], { strict: true });
    expect(strict.code).toBe(ExitCode.badInput);
    expect(strict.out).toBe(loose.out);
  });

  it('reports every error of every path at once, errors before warnings, in Chinese', async () => {
    const r = await validate([`${BANKS}/broken`, `${BANKS}/single.yaml`, `${BANKS}/missing`], {
      lang: 'zh',
    });
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.out.split('\n')).toEqual([
      `${BANKS}/broken/1-types.yaml:4:9: 错误：points：应为正数，实际是字符串 "十"`,
      `${BANKS}/broken/1-types.yaml:6:12: 错误：questions：应为非空序列，实际是空序列`,
      `${BANKS}/broken/2-syntax.yml:3:1: 错误：YAML 语法错误：方括号列表 [ ]缩进不够，或缺少结尾的 ]`,
      `${BANKS}/missing:1:1: 错误：文件或文件夹不存在`,
      `${BANKS}/single.yaml:12:7: 警告：questions[0].key_points：只有 1 个要点，应至少 3 个，评分才能区分答得全和答得不全`,
      `${BANKS}/single.yaml:12:9: 警告：questions[0].key_points[0]：参考答案得不到自己的要点 "Greets"：它的关键词（"hello"）只出现在没有别的内容的短句里`,
      `${BANKS}/single.yaml:13:19: 警告：questions[0].key_points[0].keywords：只有一个关键词 "hello"，请补充同义词，换种说法也能算到`,
      '检查了 3 个文件：4 个错误，3 个警告',
      '',
    ]);
  });

  it('reports repeats across the files of a bank', async () => {
    const r = await validate([`${BANKS}/dup-across`]);
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.out).toContain(`${BANKS}/dup-across/b.yaml:1:5: error: duplicate section id "alpha"`);
    expect(r.out).toContain('2 files checked: 3 errors');
  });

  it('prints stable JSON for editors and CI, without colour even when forced', async () => {
    const r = await validate(
      [`${BANKS}/broken/1-types.yaml`, `${BANKS}/single.yaml`],
      { json: true, color: true },
      { FORCE_COLOR: '3' },
    );
    expect(r.code).toBe(ExitCode.badInput);
    expect(r.out).not.toContain(ESC);
    const json = JSON.parse(r.out) as ValidateJson;
    expect(Object.keys(json)).toEqual(['files', 'errors', 'warnings']);
    expect(json.files).toBe(2);
    expect(json.errors).toEqual([
      {
        file: `${BANKS}/broken/1-types.yaml`,
        line: 4,
        col: 9,
        message: 'points: expected a positive number, found the string "十"',
      },
      {
        file: `${BANKS}/broken/1-types.yaml`,
        line: 6,
        col: 12,
        message: 'questions: expected a non-empty sequence, found an empty sequence',
      },
    ]);
    expect(json.warnings.map((w) => [w.line, w.col, w.code])).toEqual([
      [12, 7, 'few-key-points'],
      [12, 9, 'point-not-in-answer'],
      [13, 19, 'single-keyword'],
    ]);
  });

  it('colours the labels only when colour is on', async () => {
    const plain = await validate([`${BANKS}/single.yaml`], { color: true }, { FORCE_COLOR: '1' });
    expect(plain.out).toContain(ESC);
    const off = await validate([`${BANKS}/single.yaml`], { color: false }, { FORCE_COLOR: '1' });
    expect(off.out).not.toContain(ESC);
  });
});

describe('validate, chat scenarios', () => {
  it('reports a broken scenario with file:line:col, and a reference that does not resolve', async () => {
    const r = await validate([`${BANKS}/chat-broken`]);
    expect(r.code).toBe(ExitCode.badInput);
    const file = `${BANKS}/chat-broken/chat/broken.yaml`;
    expect(r.out).toContain(
      `${file}:19:17: error: questions[0].states.upset.on[0].to: no state "clam" to go to`,
    );
    expect(r.out).toContain(
      `${file}:21:9: error: questions[0].states.calm: state "calm" cannot be reached from the start state`,
    );
    expect(r.out).toContain(
      `${file}:51:7: error: questions[1].reference: played through the scenario, the reference conversation ends`,
    );
    const zh = await validate([`${BANKS}/chat-broken`], { lang: 'zh' });
    expect(zh.out).toContain('要转到的状态 "clam" 不存在');
  });
});
