import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultBankPath } from '../../src/bank/default-bank.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { localizeBank } from '../../src/bank/localize.js';
import { scoreAnswer, scoringContext } from '../../src/scoring/score-answer.js';
import { BLIND_BANDS, type BlindFixture, blindAnswers } from './blind-checks.js';

/**
 * Answers written blind (by someone who never saw the keyword lists), one
 * file per question: for each language, a strong answer, a paraphrase (as
 * strong, in other words), traps (fluent but wrong: negated, a forbidden
 * remedy, a "don't" broken), a padded one (one paragraph many times) and a
 * partial one, with the share of the points a person gave each.
 */
export type { BlindFixture } from './blind-checks.js';
export { BLIND_BANDS } from './blind-checks.js';

export function readBlindFixtures(folder: string): BlindFixture[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(folder, f), 'utf8')) as BlindFixture);
}

const base = await loadBank(defaultBankPath(), { lang: 'en' });

export interface BlindBandOptions {
  /** Skip the whole set (the held-out one unless asked for). */
  skip?: boolean;
  /** Make a padded answer from the strong one where the set has none (see `padAnswer`). */
  pad?: boolean;
  /**
   * Known misses of the bands, by "question lang kind": the bound the
   * scorer does meet there, asserted instead (a floor for strong and
   * paraphrase, a ceiling for traps and padded). Each is named in the test's
   * title, so a miss is never silent; "question lang strong > partial" with
   * a value v asserts strong ≥ partial − v instead (0: a tie; more where a
   * red flag caps the strong answer below the partial one).
   */
  meets?: Record<string, number>;
  /**
   * Which answers are held to the bands, by "lang kind" ("zh paraphrase"):
   * `only` those, or all `except` those. A set can so keep a part held out
   * of tuning (checked apart, on request) and tune on the rest.
   */
  only?: readonly string[];
  except?: readonly string[];
}

/** Grades every answer of every fixture in `folder` and checks each kind's band. */
export function describeBlindBands(
  title: string,
  folder: string,
  options: BlindBandOptions = {},
): void {
  const { skip = false, pad = false, meets = {}, only, except = [] } = options;
  const held = (lang: string, kind: string) =>
    (only === undefined || only.includes(`${lang} ${kind}`)) && !except.includes(`${lang} ${kind}`);
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
        const answers = question ? blindAnswers(fixture, lang, question, pad) : {};
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
            if (!band || !held(lang, kind)) continue;
            const met = meets[`${fixture.question} ${lang} ${kind}`];
            const [low, high] =
              met === undefined ? band : band[0] > 0 ? [met, band[1]] : [band[0], met];
            const label =
              met === undefined
                ? `${kind} lands in ${low}–${high}`
                : `${kind} lands in ${low}–${high} (a known miss of the band ${band[0]}–${band[1]})`;
            it(label, () => {
              const { share: got, flags } = share(kind);
              expect(got).toBeGreaterThanOrEqual(low);
              expect(got).toBeLessThanOrEqual(high);
              if (kind === 'padded') expect(flags).toContain('too-long');
            });
          }
          if (
            answers.strong !== undefined &&
            answers.partial !== undefined &&
            held(lang, 'strong') &&
            held(lang, 'partial')
          ) {
            const margin = meets[`${fixture.question} ${lang} strong > partial`];
            it(
              margin === undefined
                ? 'strong > partial'
                : `strong ≥ partial − ${margin} (a known miss of strong > partial)`,
              () => {
                const strong = share('strong').share;
                const partial = share('partial').share;
                if (margin === undefined) expect(strong).toBeGreaterThan(partial);
                else expect(strong).toBeGreaterThanOrEqual(partial - margin);
              },
            );
          }
        });
      }
    }
  });
}
