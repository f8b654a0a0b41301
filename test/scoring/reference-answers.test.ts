import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * The bank's own reference answers, in both languages, are what the feedback
 * holds up as good: each shows no red flag, no cap, and every key point.
 */
const base = await loadBank(defaultBankPath(), { lang: 'en' });

describe.each(['zh', 'en'] as const)('reference answers (%s)', (lang) => {
  const context = scoringContext(localizeBank(base, lang));
  it.each(context.questions?.map((q) => [q.id, q] as const) ?? [])('%s', (_id, question) => {
    const grade = scoreAnswer(question, question.answer, context);
    expect(grade.flags.filter((f) => f.code === 'red-flag')).toEqual([]);
    expect(grade.cap).toBeUndefined();
    expect(grade.keyPoints.filter((k) => !k.covered).map((k) => k.point)).toEqual([]);
  });
});
