import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * The generalisation check: answers written before the scorer was tuned, in
 * other voices (traditional characters, bullet points, rambling speech,
 * mixed English, gaming), graded into the band a person would give.
 */
const bank = await loadBank(defaultBankPath(), { lang: 'en' });
const context = scoringContext(bank);

interface HeldOut {
  question: string;
  band: 'good' | 'middling' | 'poor' | 'gaming';
  voice: string;
  text: string;
}

const file = join(import.meta.dirname, '../fixtures/held-out/answers.yaml');
const { answers } = parse(readFileSync(file, 'utf8')) as { answers: HeldOut[] };

const BANDS: Record<HeldOut['band'], [number, number]> = {
  good: [0.7, 1],
  middling: [0.3, 0.7],
  poor: [0, 0.3],
  gaming: [0, 0.2],
};

describe.each(answers.map((a) => [a.question, a.band, a.voice, a] as const))(
  '%s, %s (%s)',
  (id, band, _voice, answer) => {
    it('lands in its band', () => {
      const question = context.questions?.find((q) => q.id === id);
      if (!question) throw new Error(`unknown question ${id}`);
      const grade = scoreAnswer(question, answer.text, context);
      const [low, high] = BANDS[band];
      expect(grade.score / grade.max).toBeGreaterThanOrEqual(low);
      expect(grade.score / grade.max).toBeLessThanOrEqual(high);
      if (band === 'gaming') {
        const codes = grade.flags.map((f) => f.code);
        expect(codes.some((c) => c !== 'too-short' && c !== 'on-topic-floor')).toBe(true);
      }
    });
  },
);
