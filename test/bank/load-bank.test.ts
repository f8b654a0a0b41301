import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { displayPath, loadBank } from '../../src/bank/load-bank.js';
import type { Bank } from '../../src/bank/types.js';
import { BankError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import { coreSections } from '../../src/session/plan.js';

const FIXTURES = 'test/fixtures/banks';
const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string): string => join(root, FIXTURES, name);
const temp = mkdtempSync(join(tmpdir(), 'cs-bank-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The issues of the BankError that loading throws, as printed. */
async function failure(path: string, lang: 'zh' | 'en' = 'en'): Promise<string[]> {
  const error = await loadBank(path, { lang }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BankError);
  const bankError = error as BankError;
  expect(bankError.exitCode).toBe(ExitCode.badInput);
  return bankError.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
}

function tempDir(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const stats = (bank: Bank) => ({
  sections: bank.sections.length,
  questions: bank.sections.reduce((n, s) => n + s.questions.length, 0),
  points: bank.sections.reduce((n, s) => n + s.questions.reduce((m, q) => m + q.points, 0), 0),
});

describe('loadBank', () => {
  it('loads a folder of sections in order, ignoring other files and subfolders', async () => {
    const bank = await loadBank(fixture('valid'), { lang: 'en' });
    expect(bank.source).toBe(displayPath(fixture('valid')));
    expect(bank.sections.map((s) => [s.id, s.order, s.file])).toEqual([
      ['greeting', 1, displayPath(fixture('valid/1-greeting.yaml'))],
      ['complaints', 2, displayPath(fixture('valid/2-complaints.yaml'))],
    ]);
    expect(
      bank.sections.map((s) => s.questions.map((q) => [q.id, q.points, q.time_limit])),
    ).toEqual([
      [
        ['greeting-1', 5, 120],
        ['greeting-2', 10, 90],
      ],
      [['complaints-1', 7.5, 60]],
    ]);
    expect(stats(bank)).toEqual({ sections: 2, questions: 3, points: 22.5 });
  });

  it('loads a single section file', async () => {
    const bank = await loadBank(fixture('single.yaml'), { lang: 'zh' });
    expect(bank.sections.map((s) => s.id)).toEqual(['single']);
    expect(bank.sections[0]?.questions[0]?.key_points).toEqual([
      { point: 'Greets', keywords: ['hello'] },
    ]);
  });

  it('names files relative to the working folder when under it', async () => {
    const rel = join(FIXTURES, 'missing');
    expect(process.cwd()).toBe(root);
    expect(await failure(rel)).toEqual([`${rel}:1:1: no such file or folder`]);
    expect(await failure(rel, 'zh')).toEqual([`${rel}:1:1: 文件或文件夹不存在`]);
  });

  it('names files outside the working folder by their absolute path', async () => {
    expect(displayPath('/a/b/c.yaml', '/x')).toBe('/a/b/c.yaml');
    expect(displayPath('/x/b/c.yaml', '/x')).toBe(join('b', 'c.yaml'));
    expect(displayPath('/x', '/x')).toBe('.');
    expect(displayPath('/x/..y/c.yaml', '/x')).toBe(join('..y', 'c.yaml'));
    expect(displayPath('/x/\u001b[2J.yaml', '/x')).toBe('\\x1b[2J.yaml');
    const missing = join(temp, 'nothing-here');
    expect(await failure(missing)).toEqual([`${missing}:1:1: no such file or folder`]);
  });

  it('reports every issue of every file at once', async () => {
    const dir = join(FIXTURES, 'broken');
    expect(await failure(dir)).toEqual([
      `${dir}/1-types.yaml:4:9: points: expected a positive number, found the string "十"`,
      `${dir}/1-types.yaml:6:12: questions: expected a non-empty sequence, found an empty sequence`,
      `${dir}/2-syntax.yml:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports ids and orders repeated across files, naming the first', async () => {
    const dir = join(FIXTURES, 'dup-across');
    expect(await failure(dir)).toEqual([
      `${dir}/b.yaml:1:5: duplicate section id "alpha" (first in ${dir}/a.yaml:1)`,
      `${dir}/b.yaml:2:8: duplicate order 1 (already used by section "alpha" in ${dir}/a.yaml:2)`,
      `${dir}/b.yaml:14:9: duplicate question id "shared" (first in ${dir}/a.yaml:7)`,
    ]);
    expect(await failure(dir, 'zh')).toEqual([
      `${dir}/b.yaml:1:5: 重复的部分 id "alpha"（第一次出现在 ${dir}/a.yaml:1）`,
      `${dir}/b.yaml:2:8: 重复的 order 1（已被 ${dir}/a.yaml:2 中的部分 "alpha" 使用）`,
      `${dir}/b.yaml:14:9: 重复的题目 id "shared"（第一次出现在 ${dir}/a.yaml:7）`,
    ]);
  });

  it('reports a folder without section files', async () => {
    const dir = join(FIXTURES, 'no-yaml');
    expect(await failure(dir)).toEqual([
      `${dir}:1:1: no section files (*.yaml, *.yml) in this folder`,
    ]);
    expect(await failure(dir, 'zh')).toEqual([
      `${dir}:1:1: 此文件夹中没有题库文件（*.yaml、*.yml）`,
    ]);
    const empty = tempDir('empty');
    expect(await failure(empty)).toEqual([
      `${empty}:1:1: no section files (*.yaml, *.yml) in this folder`,
    ]);
  });

  // Expanding it would not end: refusing it at all is what shows it is not expanded.
  it('refuses the alias bomb', async () => {
    expect(await failure(fixture('alias-bomb.yaml'))).toEqual([
      `${FIXTURES}/alias-bomb.yaml:1:1: too many aliases (more than 100 once expanded); the file is refused`,
    ]);
  });

  it('keeps __proto__ an unknown field and Object.prototype clean', async () => {
    const issues = await failure(fixture('proto.yaml'));
    expect(issues[0]).toBe(
      `${FIXTURES}/proto.yaml:6:1: unknown field "__proto__" (allowed: id, order, title, description, points, time_limit, questions, red_flags, translations)`,
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads a file with a BOM and CRLF line ends', async () => {
    const dir = tempDir('bom-crlf');
    const text = readFileSync(fixture('single.yaml'), 'utf8').replaceAll('\n', '\r\n');
    writeFileSync(join(dir, 'a.yaml'), `\uFEFF${text}`);
    const bank = await loadBank(dir, { lang: 'en' });
    expect(bank.sections[0]?.id).toBe('single');
    expect(bank.sections[0]?.questions[0]?.answer).toBe('Hello.');
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const dir = tempDir('large');
    const file = join(dir, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 6 * 1024 * 1024);
    expect(await failure(dir)).toEqual([`${file}:1:1: file too large (6.0 MB; the limit is 5 MB)`]);
    expect(await failure(dir, 'zh')).toEqual([`${file}:1:1: 文件过大（6.0 MB，上限为 5 MB）`]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const dir = tempDir('gbk');
    const file = join(dir, 'gbk.yaml');
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    expect(await failure(dir)).toEqual([
      `${file}:1:1: not valid UTF-8 text (save the file as UTF-8)`,
    ]);
    expect(await failure(dir, 'zh')).toEqual([
      `${file}:1:1: 不是有效的 UTF-8 文本（请以 UTF-8 编码保存文件）`,
    ]);
  });

  it('reports a symlink loop, in a folder and as the bank itself', async () => {
    const dir = tempDir('loop');
    copyFileSync(fixture('single.yaml'), join(dir, 'a.yaml'));
    symlinkSync('b.yaml', join(dir, 'b.yaml'));
    expect(await failure(dir)).toEqual([
      `${join(dir, 'b.yaml')}:1:1: too many levels of symbolic links (a symlink loop?)`,
    ]);
    expect(await failure(join(dir, 'b.yaml'), 'zh')).toEqual([
      `${join(dir, 'b.yaml')}:1:1: 符号链接层级过多（可能存在循环链接）`,
    ]);
  });

  it('follows a symlink to a file and skips one to a folder', async () => {
    const dir = tempDir('links');
    symlinkSync(fixture('single.yaml'), join(dir, 'a.yaml'));
    symlinkSync(fixture('valid'), join(dir, 'folder.yaml'));
    const bank = await loadBank(dir, { lang: 'en' });
    expect(bank.sections.map((s) => s.id)).toEqual(['single']);
  });

  it('refuses something that is neither a file nor a folder', async () => {
    const dir = tempDir('fifo');
    const fifo = join(dir, 'pipe.yaml');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    expect(await failure(dir)).toEqual([`${fifo}:1:1: not a regular file or folder`]);
    expect(await failure(fifo, 'zh')).toEqual([`${fifo}:1:1: 不是普通文件或文件夹`]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const dir = tempDir('private');
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'id: x\n', { mode: 0o000 });
    expect(await failure(dir)).toEqual([`${file}:1:1: permission denied (cannot read it)`]);
  });

  it('loads the shipped bank: 64 open questions in 5 sections, the 16 core ones for 153 points, and the rules quiz', async () => {
    const bank = await loadBank(defaultBankPath(), { lang: 'zh' });
    expect(bank.sections.map((s) => s.id)).toEqual([
      'self-intro',
      'scenarios',
      'communication',
      'industry-region',
      'professionalism',
      'platform-rules',
    ]);
    // The choice items are not open questions; the mock interview is the core, as it was.
    expect(stats(bank)).toEqual({ sections: 6, questions: 64, points: 606 });
    expect(stats({ ...bank, sections: coreSections(bank.sections) })).toEqual({
      sections: 4,
      questions: 16,
      points: 153,
    });
    const rules = bank.sections.at(-1);
    expect(rules?.questions).toEqual([]);
    expect(rules?.choices?.length).toBeGreaterThanOrEqual(60);
    expect(rules?.choices?.every((c) => c.source.trim() !== '' && c.translations?.en)).toBe(true);
  });
});
