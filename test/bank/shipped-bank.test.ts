import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import {
  compiledBankPath,
  loadCompiledBank,
  openCompiledBank,
} from '../../src/bank/shipped-bank.js';
import type { Bank } from '../../src/bank/types.js';
import { openSection } from '../../src/commands/open-bank.js';

// The build (`npm run build`, run first by `npm test`) compiles questions/ into dist/.
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'cs-shipped-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the compiled shipped bank', () => {
  const folder = defaultBankPath();

  it('is there, built with the program (run `npm run build` if not)', () => {
    expect(existsSync(compiledBankPath(folder))).toBe(true);
  });

  it('is the shipped bank as the loader reads it from its YAML', async () => {
    const compiled = loadCompiledBank(folder);
    const loaded = await loadBank(folder, { lang: 'en' });
    expect(compiled).toStrictEqual(loaded);
    // Looked up by any key without reaching Object.prototype, as the loader's.
    const question = compiled?.sections[0]?.questions[0];
    expect(Object.getPrototypeOf(question?.translations)).toBeNull();
    expect(Object.getPrototypeOf(compiled?.file?.concepts)).toBeNull();
    // A bank's red flag is one object on every question, as the loader shares it: written once.
    const [a, b] = compiled?.sections.flatMap((s) => s.questions) ?? [];
    const bankFlag = a?.red_flags?.find((f) => f.scope === 'bank');
    expect(bankFlag).toBeDefined();
    expect(b?.red_flags).toContain(bankFlag);
  });

  it('is read a section at a time: an index of names, then the section asked for', () => {
    const reader = openCompiledBank(folder);
    const whole = loadCompiledBank(folder);
    expect(reader?.heads).toStrictEqual(
      whole?.sections.map(({ id, order, title, translations }) => ({
        id,
        order,
        title,
        ...(translations ? { translations } : {}),
      })),
    );
    const second = reader?.section(1);
    expect(second).toStrictEqual(whole?.sections[1]);
    // Read once: the whole bank holds the very section read first (the scorer's caches are keyed by it).
    expect(reader?.whole().sections[1]).toBe(second);
    expect(reader?.whole()).toStrictEqual(whole);
    // The bank's own file (its concepts) is read with the whole bank only, and the shared flags
    // with a section, not with the index a drill reads before its first question.
    const index = JSON.parse(readFileSync(compiledBankPath(folder), 'utf8')) as object;
    expect(Object.keys(index).sort()).toEqual(['format', 'sections']);
    expect(whole?.file?.concepts).toBeDefined();
  });

  it('gives drill the section it names, localized, and the whole bank around it', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const options = { lang, color: false, home: work };
      const opened = await openSection(options, '2');
      const bank = localizeBank(loadCompiledBank(folder) as Bank, lang);
      expect(opened.section).toStrictEqual(bank.sections[1]);
      expect(opened.whole()).toStrictEqual(bank);
      expect(opened.whole().sections[1]).toBe(opened.section);
      expect(opened.source).toBe(bank.source);
    }
    await expect(openSection({ lang: 'en', color: false, home: work }, 'nope')).rejects.toThrow(
      /Self-introduction/,
    );
  });

  it('is what the default commands use: they read no YAML', () => {
    const copy = join(work, 'package');
    for (const part of ['package.json', 'bin', 'dist']) {
      cpSync(join(root, part), join(copy, part), { recursive: true });
    }
    // A bank folder whose YAML no reader would take: were it read, `list` would fail.
    mkdirSync(join(copy, 'questions'));
    writeFileSync(join(copy, 'questions', '1-self-intro.yaml'), '--- key: [unclosed\n');
    const env = { ...process.env, CS_INTERVIEW_HOME: join(work, 'home'), LANG: 'C.UTF-8' };
    const list = spawnSync(process.execPath, [join(copy, 'bin/cs-interview.js'), 'list'], {
      encoding: 'utf8',
      env,
    });
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('自我介绍');
  });

  it('is not there in a checkout never built, or when of another format', () => {
    const bare = join(work, 'checkout', 'questions');
    mkdirSync(bare, { recursive: true });
    expect(loadCompiledBank(bare)).toBeUndefined();
    mkdirSync(join(work, 'checkout', 'dist'));
    writeFileSync(
      compiledBankPath(bare),
      JSON.stringify({ format: 'cs-interview-bank/0', sections: [] }),
    );
    expect(loadCompiledBank(bare)).toBeUndefined();
  });
});
