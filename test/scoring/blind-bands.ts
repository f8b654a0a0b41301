import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';

/**
 * Answers written blind (by someone who never saw the keyword lists), one
 * file per question: for each language, a strong answer, a paraphrase (as
 * strong, in other words), traps (fluent but wrong: negated, a forbidden
 * remedy, a "don't" broken), a padded one (one paragraph many times) and a
 * partial one, with the share of the points a person gave each.
 */
export interface BlindFixture {
  question: string;
  answers: Record<'zh' | 'en', Record<string, string>>;
  human_share?: Record<'zh' | 'en', Record<string, number>>;
}

/** The band each kind of answer must land in, as a share of the points. */
export const BLIND_BANDS: Record<string, [number, number]> = {
  strong: [0.85, 1],
  paraphrase: [0.7, 1],
  'trap-negation': [0, 0.25],
  'trap-remedy': [0, 0.25],
  'trap-dont': [0, 0.25],
  // Twice the limit's length or more: at most 60 %.
  padded: [0, 0.6],
};

export function readBlindFixtures(folder: string): BlindFixture[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(folder, f), 'utf8')) as BlindFixture);
}

const base = await loadBank(defaultBankPath(), { lang: 'en' });

/** Grades every answer of every fixture in `folder` and checks each kind's band. */
export function describeBlindBands(title: string, folder: string, skip = false): void {
  const fixtures = existsSync(folder) ? readBlindFixtures(folder) : [];
  const name = existsSync(folder) ? title : `${title} (no ${folder})`;
  describe.skipIf(skip || !existsSync(folder))(name, () => {
    it('has answers', () => {
      expect(fixtures.length).toBeGreaterThan(0);
    });
    for (const fixture of fixtures) {
      for (const lang of ['zh', 'en'] as const) {
        const context = scoringContext(localizeBank(base, lang));
        const question = context.questions?.find((q) => q.id === fixture.question);
        const answers = fixture.answers[lang] ?? {};
        const share = (kind: string) => {
          const text = answers[kind];
          if (!question || text === undefined) throw new Error(`${fixture.question}: no ${kind}`);
          const grade = scoreAnswer(question, text, context);
          return { share: grade.score / grade.max, flags: grade.flags.map((f) => f.code) };
        };
        describe(`${fixture.question} (${lang})`, () => {
          it('is a question of the bank', () => {
            expect(question?.id).toBe(fixture.question);
          });
          for (const kind of Object.keys(answers)) {
            const band = BLIND_BANDS[kind];
            if (!band) continue;
            it(`${kind} lands in ${band[0]}–${band[1]}`, () => {
              const { share: got, flags } = share(kind);
              expect(got).toBeGreaterThanOrEqual(band[0]);
              expect(got).toBeLessThanOrEqual(band[1]);
              if (kind === 'padded') expect(flags).toContain('too-long');
            });
          }
          if (answers.strong !== undefined && answers.partial !== undefined) {
            it('strong > partial', () => {
              expect(share('strong').share).toBeGreaterThan(share('partial').share);
            });
          }
        });
      }
    }
  });
}
