import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * Red flags raised on one sentence, scored against the shipped bank on the
 * question named: the helper of the red-flag-kinds tests.
 */
const base = await loadBank(defaultBankPath(), { lang: 'en' });
const contexts = {
  zh: scoringContext(localizeBank(base, 'zh')),
  en: scoringContext(localizeBank(base, 'en')),
};

export function redFlagsOn(lang: 'zh' | 'en', id: string, text: string): string[] {
  const context = contexts[lang];
  const question = context.questions?.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return scoreAnswer(question, text, context)
    .flags.filter((f) => f.code === 'red-flag')
    .map((f) => (f.code === 'red-flag' ? f.id : ''));
}

/** A sentence, its language and question, and the flag it must show (null: none). */
export type Row = ['zh' | 'en', string, string, string | null];
