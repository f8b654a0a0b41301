import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_COMMENT } from '../../src/bank/init-template.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { runInit } from '../../src/commands/init.js';
import { requireSection } from '../../src/commands/open-bank.js';
import { runValidate, type ValidateJson } from '../../src/commands/validate.js';
import { ExitCode } from '../../src/exit-codes.js';
import { scoreAnswer } from '../../src/scoring/score-answer.js';
import { fakeIO } from '../fake-io.js';

const SHIPPED_SCHEMA = resolve(import.meta.dirname, '../../questions/section.schema.json');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cs-init-'));
}

describe.each(['zh', 'en'] as const)('init (%s)', (lang) => {
  it('writes a bank that validate passes without a warning and that loads and drills', async () => {
    const dir = join(tempDir(), 'my bank');
    const { io, out } = fakeIO();
    expect(await runInit(dir, { lang, color: false }, io)).toBe(ExitCode.ok);

    expect(readdirSync(dir).sort()).toEqual([
      '1-basics.yaml',
      '2-scenarios.yaml',
      'section.schema.json',
    ]);
    expect(readFileSync(join(dir, 'section.schema.json'), 'utf8')).toBe(
      readFileSync(SHIPPED_SCHEMA, 'utf8'),
    );
    for (const name of ['1-basics.yaml', '2-scenarios.yaml']) {
      expect(readFileSync(join(dir, name), 'utf8').split('\n')[0]).toBe(SCHEMA_COMMENT);
    }
    expect(out()).toContain(`cs-interview validate '${dir}'`);
    expect(out()).toContain(`cs-interview drill 1 --bank '${dir}'`);

    const check = fakeIO();
    const code = await runValidate(
      [dir],
      { lang, color: false, json: true, strict: true },
      check.io,
    );
    const result = JSON.parse(check.out()) as ValidateJson;
    expect(result).toEqual({ files: 2, errors: [], warnings: [] });
    expect(code).toBe(ExitCode.ok);

    const bank = await loadBank(dir, { lang });
    expect(bank.sections.map((s) => s.id)).toEqual(['basics', 'scenarios']);
    const first = requireSection(bank, '1', { lang, color: false });
    expect(first.questions.length).toBeGreaterThan(0);
    // Every field is shown: a description, and a question with its own points and limit.
    expect(bank.sections[0]?.description).toBeTruthy();
    expect(bank.sections[0]?.questions[1]).toMatchObject({ points: 10, time_limit: 90 });
    // A translation, for the other language, of the section and of one question.
    const other = lang === 'zh' ? 'en' : 'zh';
    expect(bank.sections[0]?.translations?.[other]?.title).toBeTruthy();
    expect(bank.sections[0]?.questions[1]?.translations?.[other]?.key_points).toHaveLength(3);
    // Each reference answer earns full marks, in both languages: the key points are written to match it.
    for (const shown of [bank, localizeBank(bank, other)]) {
      for (const question of shown.sections.flatMap((s) => s.questions)) {
        expect(scoreAnswer(question, question.answer).score).toBe(question.points);
      }
    }
  });

  it('writes into an empty folder that already exists', async () => {
    const dir = tempDir();
    const { io } = fakeIO();
    expect(await runInit(dir, { lang, color: false }, io)).toBe(ExitCode.ok);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('init refuses to overwrite', () => {
  it('a folder that is not empty: a usage error (exit 2), nothing changed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '1-basics.yaml'), 'mine\n');
    mkdirSync(join(dir, 'sub'));
    const { io, out } = fakeIO();
    await expect(runInit(dir, { lang: 'en', color: false }, io)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: `${dir} already exists and is not an empty folder; init never overwrites files, so name a new or empty folder`,
    });
    expect(readdirSync(dir).sort()).toEqual(['1-basics.yaml', 'sub']);
    expect(readFileSync(join(dir, '1-basics.yaml'), 'utf8')).toBe('mine\n');
    expect(out()).toBe('');
  });

  it('a file, in Chinese', async () => {
    const file = join(tempDir(), 'bank.yaml');
    writeFileSync(file, 'mine\n');
    const { io } = fakeIO();
    await expect(runInit(file, { lang: 'zh', color: false }, io)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: `${file} 已存在，且不是空文件夹；init 从不覆盖文件，请指定一个新的或空的文件夹`,
    });
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });
});
