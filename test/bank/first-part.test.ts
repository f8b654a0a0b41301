import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import {
  deferredSection,
  firstPartOf,
  firstPartPath,
  readFirstPart,
} from '../../src/bank/first-part.js';
import { localizeBank } from '../../src/bank/localize.js';
import { loadCompiledBank } from '../../src/bank/shipped-bank.js';
import type { Bank, Section } from '../../src/bank/types.js';
import { openSection } from '../../src/commands/open-bank.js';
import { planSession } from '../../src/session/plan.js';

const section = (): Section =>
  ({
    id: 's',
    order: 1,
    title: 'S',
    points: 5,
    time_limit: 60,
    file: 's.yaml',
    questions: [
      {
        id: 'q1',
        prompt: 'P1',
        points: 5,
        time_limit: 60,
        answer: 'A1',
        analysis: '',
        key_points: [{ point: 'k' }],
      },
      {
        id: 'q2',
        prompt: 'P2',
        points: 3,
        time_limit: 30,
        answer: 'A2',
        analysis: '',
        key_points: [],
      },
    ],
  }) as unknown as Section;

describe('a section read in two parts', () => {
  it('shows its first-screen fields without reading the rest', () => {
    let reads = 0;
    const opened = deferredSection(firstPartOf(section()), () => {
      reads++;
      return section();
    });
    const [first] = planSession([opened]);
    expect([first?.question.id, first?.question.prompt, first?.timeLimit]).toEqual([
      'q1',
      'P1',
      60,
    ]);
    expect([opened.title, opened.questions.length]).toEqual(['S', 2]);
    expect(reads).toBe(0);
  });

  it('reads the rest once, on the first use of any other field, into the same objects', () => {
    let reads = 0;
    const opened = deferredSection(firstPartOf(section()), () => {
      reads++;
      return section();
    });
    const q2 = opened.questions[1];
    expect('answer' in (q2 ?? {})).toBe(true);
    expect(reads).toBe(0);
    expect(q2?.answer).toBe('A2');
    expect(opened.questions[0]?.key_points).toEqual([{ point: 'k' }]);
    expect(opened.file).toBe('s.yaml');
    expect(reads).toBe(1);
    expect(opened.questions[1]).toBe(q2);
    expect(opened).toStrictEqual(section());
  });

  it('refuses a rest that is not its section', () => {
    const other = { ...section(), questions: section().questions.slice(1) };
    const opened = deferredSection(firstPartOf(section()), () => other);
    expect(() => opened.questions[0]?.answer).toThrow(/first part/);
  });
});

describe('the shipped first parts (npm test builds first)', () => {
  const folder = defaultBankPath();
  const bank = loadCompiledBank(folder) as Bank;

  it('are written for every section in both languages, and are what each section gives', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const [i, whole] of localizeBank(bank, lang).sections.entries()) {
        expect(existsSync(firstPartPath(folder, i, lang))).toBe(true);
        expect(readFirstPart(folder, i, lang)).toEqual(firstPartOf(whole));
      }
  });

  it('give drill its section whole once read, in the bank it is part of', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const opened = await openSection({ lang, color: false }, '1');
      const localized = localizeBank(bank, lang);
      expect(opened.section.questions[0]?.prompt).toBe(localized.sections[0]?.questions[0]?.prompt);
      expect(opened.section).toStrictEqual(localized.sections[0]);
      expect(opened.whole().sections[0]).toBe(opened.section);
    }
  });
});
