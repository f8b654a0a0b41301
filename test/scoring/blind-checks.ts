import type { Question } from '../../src/bank/types.js';
import { prepareText } from '../../src/scoring/answer-text.js';
import { checkTooLong, paceOf } from '../../src/scoring/length.js';

/**
 * What a blind answer set is held to, shared by the tests (blind-bands.ts)
 * and `npm run bench:blind`, so both count the same checks. No vitest here:
 * the bench bundles this file.
 */

/** One question's blind answers, as the fixture files hold them. */
export interface BlindFixture {
  question: string;
  answers: Record<'zh' | 'en', Record<string, string>>;
  human_share?: Record<'zh' | 'en', Record<string, number>>;
}

/** The band each kind of answer must land in, as a share of the points (issue #9). */
export const BLIND_BANDS: Record<string, [number, number]> = {
  strong: [0.85, 1],
  paraphrase: [0.7, 1],
  'trap-negation': [0, 0.25],
  'trap-remedy': [0, 0.25],
  'trap-dont': [0, 0.25],
  // The tenth and eleventh sets': the wrong act is a claim to the customer that is untrue, or something hidden.
  'trap-claim': [0, 0.25],
  // The seventh set's kinds, as the interviewer set has them: a trap of any kind
  // (fluent, the right words, a wrong or rule-breaking act) and a rambling answer.
  trap: [0, 0.25],
  rambling: [0, 0.3],
  // Twice the limit's length or more: at most 60 %.
  padded: [0, 0.6],
};

/**
 * The padding rule, for a set written without padded answers: the strong
 * answer pasted again and again, whole, until the copy is at least as long
 * as the too-long threshold of the question's own limit (twice what the
 * faster pace fills). Nothing is chosen by hand: it is "one paragraph
 * pasted many times", the case the issue names.
 */
export function padAnswer(question: Question, strong: string): string {
  const threshold = checkTooLong(
    Number.MAX_SAFE_INTEGER,
    question.time_limit,
    paceOf(question.answer),
  )?.threshold;
  const units = prepareText(strong).units;
  if (threshold === undefined || units === 0) return strong;
  const times = Math.max(2, Math.ceil(threshold / units));
  return Array.from({ length: times }, () => strong.trim()).join('\n');
}

/**
 * A fixture's answers in one language, with a padded one made by `padAnswer`
 * when the fixture has none and `pad` asks for it.
 */
export function blindAnswers(
  fixture: BlindFixture,
  lang: 'zh' | 'en',
  question: Question,
  pad: boolean,
): Record<string, string> {
  const answers = { ...(fixture.answers[lang] ?? {}) };
  if (pad && answers.padded === undefined && answers.strong !== undefined) {
    answers.padded = padAnswer(question, answers.strong);
  }
  return answers;
}

/** One graded answer: its share and its flags' codes. */
export interface BlindResult {
  id: string;
  lang: 'zh' | 'en';
  kind: string;
  share: number;
  flags: string[];
}

/** One check of the bands: a kind in its band, or strong above partial. */
export interface BandCheck {
  name: string;
  ok: boolean;
}

/** Every check the bands make on a set's results (one per banded answer, one per strong/partial pair). */
export function bandChecks(results: readonly BlindResult[]): BandCheck[] {
  const checks: BandCheck[] = [];
  const byAnswer = new Map(results.map((r) => [`${r.id} ${r.lang} ${r.kind}`, r]));
  for (const r of results) {
    const band = BLIND_BANDS[r.kind];
    if (!band) continue;
    const inBand = r.share >= band[0] && r.share <= band[1];
    const flagged = r.kind !== 'padded' || r.flags.includes('too-long');
    checks.push({ name: `${r.id} ${r.lang} ${r.kind}`, ok: inBand && flagged });
  }
  for (const r of results) {
    if (r.kind !== 'strong') continue;
    const partial = byAnswer.get(`${r.id} ${r.lang} partial`);
    if (partial)
      checks.push({ name: `${r.id} ${r.lang} strong > partial`, ok: r.share > partial.share });
  }
  return checks;
}
