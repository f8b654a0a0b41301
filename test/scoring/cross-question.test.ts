import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

// The strongest off-topic answers there are: each question's own reference
// answer, given to every other question. In English a generic answer can
// cover two questions' points at once, so wording decides (OFF_TOPIC_CLEAR_RATIO).
describe.each(['zh', 'en'] as const)('reference answers given to other questions (%s)', (lang) => {
  // 64 × 63 scorings a language: ~10 s alone, past the 20 s default on a loaded 2-core machine.
  it('score at most 20 %', { timeout: 120_000 }, async () => {
    const bank = localizeBank(await loadBank(defaultBankPath(), { lang }), lang);
    const context = scoringContext(bank);
    const questions = bank.sections.flatMap((s) => s.questions);
    const over: string[] = [];
    for (const answered of questions) {
      for (const asked of questions) {
        if (asked === answered) continue;
        const grade = scoreAnswer(asked, answered.answer, context);
        if (grade.score > 0.2 * grade.max)
          over.push(`${answered.id} → ${asked.id}: ${grade.score}/${grade.max}`);
      }
    }
    expect(over).toEqual([]);
  });
});
