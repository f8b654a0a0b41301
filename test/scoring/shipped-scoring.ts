import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * One sentence scored against the shipped bank on the question named, as
 * practice scores it (the bank's red flags in force): the helper of the
 * tests that hold the scorer to sentences written for them.
 */
const base = await loadBank(defaultBankPath(), { lang: 'en' });
const contexts = {
  zh: scoringContext(localizeBank(base, 'zh')),
  en: scoringContext(localizeBank(base, 'en')),
};

export function gradeOn(lang: 'zh' | 'en', id: string, text: string) {
  const context = contexts[lang];
  const question = context.questions?.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return scoreAnswer(question, text, context);
}

/** The ids of the red flags the sentence shows. */
export function redFlagsOn(lang: 'zh' | 'en', id: string, text: string): string[] {
  return gradeOn(lang, id, text).flags.flatMap((f) => (f.code === 'red-flag' ? [f.id] : []));
}

/** A sentence, its language and question, and the flag it must show (null: none). */
export type Row = ['zh' | 'en', string, string, string | null];

/** A table of sentences, each scored on its question: it shows its row's flag, or none (null). */
export function describeRedFlagRows(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each([...rows])('(%s, %s) %s → %s', (lang, id, text, flag) => {
      const found = redFlagsOn(lang, id, text);
      if (flag === null) expect(found).toEqual([]);
      else expect(found).toContain(flag);
    });
  });
}
