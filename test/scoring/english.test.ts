import { describe, expect, it } from 'vitest';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

// The shipped bank as `--lang en` serves it: the scorer gets the English questions.
const zh = await loadBank(defaultBankPath(), { lang: 'en' });
const bank = localizeBank(zh, 'en');
const context = scoringContext(bank);
const questions = bank.sections.flatMap((s) => s.questions);

/** The first sentence of a text: a one-line answer in the answer's own words. */
function firstSentence(text: string): string {
  return text.match(/^[^.?!]*[.?!]/)?.[0] ?? text;
}

describe('the English bank', () => {
  it('has every question in English', () => {
    expect(questions).toHaveLength(64);
    for (const q of questions) expect(q.prompt, q.id).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: the English reference answer scores full points, every key point covered',
    (_, question) => {
      const grade = scoreAnswer(question, question.answer, context);
      expect(grade.keyPoints.filter((k) => !k.covered)).toEqual([]);
      expect(grade.flags).toEqual([]);
      expect(grade.score).toBe(question.points);
    },
  );

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: the first sentence of the reference answer alone scores low',
    (_, question) => {
      const grade = scoreAnswer(question, firstSentence(question.answer), context);
      expect(grade.flags.map((f) => f.code)).toContain('too-short');
      // Held to the same speaking time as Chinese (words at 130–160 a minute): a
      // sentence of ~20 words is ~9 s of a 150-s answer, capped at about a third.
      expect(grade.score).toBeLessThanOrEqual(question.points * 0.4);
    },
  );

  it('scores a one-line answer low and a bare keyword list at most a fifth', () => {
    // A 14-word line is ~6 s of a 150-s answer: capped at about a fifth.
    const [question] = bank.sections[1]?.questions ?? [];
    if (!question) throw new Error('bank changed');
    const oneLine = scoreAnswer(
      question,
      "I'd say sorry and give them a refund if the item is really wrong.",
      context,
    );
    expect(oneLine.flags.map((f) => f.code)).toContain('too-short');
    expect(oneLine.score).toBeLessThanOrEqual(question.points * 0.25);
    const list = question.key_points.map((k) => k.keywords[0]).join(', ');
    const listed = scoreAnswer(question, list, context);
    expect(listed.flags.map((f) => f.code)).toContain('keyword-list');
    expect(listed.score).toBeLessThanOrEqual(question.points * 0.2);
  });

  it('scores against the English key points, not the Chinese ones', () => {
    const english = questions[0];
    const chinese = zh.sections[0]?.questions[0];
    if (!english || !chinese) throw new Error('bank changed');
    expect(english.id).toBe(chinese.id);
    // A few shared names and numbers: no key point but the one numbers show.
    const crossed = [
      scoreAnswer(english, chinese.answer, context),
      scoreAnswer(chinese, english.answer, scoringContext(zh)),
    ];
    // Only a number (42%, written the same in both languages) may cross over.
    const neutral = (term: string) => !/[\p{L}]/u.test(term.replaceAll('{n}', ''));
    for (const grade of crossed) {
      const words = grade.keyPoints.filter((k) => k.covered).flatMap((k) => k.matched);
      expect(words.filter((w) => !neutral(w))).toEqual([]);
      // At most the one point a number can show.
      expect(grade.score).toBeLessThanOrEqual(english.points / english.key_points.length);
    }
  });
});
