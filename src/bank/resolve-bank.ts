import { conceptExpander, type Locate } from './expand-concepts.js';
import type { Messages } from './messages.js';
import { type Script, scriptOf } from './script-of.js';
import type { BankFile, BankIssue, KeyPoint, Question, RedFlag, Section } from './types.js';

/**
 * Applies the bank file to the sections: every `@concept` in keywords,
 * `avoid` and red-flag signs is replaced by the concept's terms (in a
 * sign, as alternatives joined by `|`), and each question gets the red
 * flags in force for it: its own, then its section's, then the bank's; an
 * id listed nearer the question replaces the same id further out. Every
 * reference to a concept that does not exist is an issue. Pure apart from
 * `locate`, which finds the line a reference is on.
 *
 * With `expand: false` the references are only checked, in the same order
 * and with the same issues, and keywords, `avoid` and signs are left as
 * written: for a command that shows no keyword (`list`), building a bank's
 * expanded terms (196,544 for 1,024 questions) was a sixth of its time.
 */
export function resolveBank(
  sections: readonly Section[],
  bankFile: BankFile | undefined,
  msg: Messages,
  locate: Locate,
  { expand: expandTerms = true }: { expand?: boolean } = {},
): { sections: Section[]; issues: BankIssue[] } {
  const issues: BankIssue[] = [];
  const { terms, signs } = conceptExpander(bankFile, msg, locate, issues, expandTerms);
  const flags: FlagsOf = (list, file, path, scope) =>
    (list ?? []).map((f, i) => ({
      ...f,
      signs: signs(f.signs, file, `${path}[${i}].signs`),
      scope,
    }));
  const keyPoints: KeyPointsOf = (list, file, path, script) =>
    list.map((kp, i) => ({
      ...kp,
      keywords: terms(kp.keywords, file, `${path}[${i}].keywords`, script),
      ...(kp.avoid ? { avoid: terms(kp.avoid, file, `${path}[${i}].avoid`, script) } : {}),
    }));

  const bankFlags = bankFile ? flags(bankFile.red_flags, bankFile.file, 'red_flags', 'bank') : [];
  const out = sections.map((section) => {
    const sectionFlags = flags(section.red_flags, section.file, 'red_flags', 'section');
    const questions = section.questions.map((q, qi): Question => {
      const at = `questions[${qi}]`;
      const own = flags(q.red_flags, section.file, `${at}.red_flags`, 'question');
      const translations =
        q.translations &&
        translateKeyPoints(q.translations, (t) => t.answer, section.file, at, keyPoints);
      const inForce = nearestFirst([...own, ...sectionFlags, ...bankFlags]);
      // Once a question: its follow-ups are in the script of its answer (a scan of the whole
      // text), and only when terms are expanded (\`list\` needs none).
      const script = once(() => scriptOf(q.answer));
      const followUps = q.follow_ups?.map((f, fi) =>
        resolveFollowUp(f, section.file, `${at}.follow_ups[${fi}]`, script, keyPoints, flags),
      );
      return {
        ...q,
        ...(followUps ? { follow_ups: followUps } : {}),
        key_points: keyPoints(q.key_points, section.file, `${at}.key_points`, script),
        ...(inForce.length > 0 ? { red_flags: inForce } : {}),
        ...(translations ? { translations } : {}),
      };
    });
    return { ...section, questions };
  });
  return { sections: out, issues };
}

/** `keyPoints` of `resolveBank`: key points with their terms expanded in a script. */
type KeyPointsOf = (
  list: readonly KeyPoint[],
  file: string,
  path: string,
  script: () => Script,
) => KeyPoint[];

/** `flags` of `resolveBank`: red flags with their signs expanded, given a scope. */
type FlagsOf = (
  list: readonly RedFlag[] | undefined,
  file: string,
  path: string,
  scope: RedFlag['scope'],
) => RedFlag[];

type FollowUp = NonNullable<Question['follow_ups']>[number];

/** A follow-up (at `fat`) with its key points, red flags and translations' key points resolved. */
function resolveFollowUp(
  f: FollowUp,
  file: string,
  fat: string,
  script: () => Script,
  keyPoints: KeyPointsOf,
  flags: FlagsOf,
): FollowUp {
  const tr =
    f.translations && translateKeyPoints(f.translations, (t) => t.prompt, file, fat, keyPoints);
  return {
    ...f,
    key_points: keyPoints(f.key_points, file, `${fat}.key_points`, script),
    ...(f.red_flags ? { red_flags: flags(f.red_flags, file, `${fat}.red_flags`, 'question') } : {}),
    ...(tr ? { translations: tr } : {}),
  };
}

/**
 * Translations (of a question or a follow-up) with their key points'
 * concepts expanded, each in its own script (read off `scriptText`).
 */
function translateKeyPoints<T extends { key_points?: KeyPoint[] }>(
  translations: Record<string, T>,
  scriptText: (t: T) => string,
  file: string,
  at: string,
  keyPoints: KeyPointsOf,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [lang, t] of Object.entries(translations)) {
    const path = `${at}.translations.${lang}.key_points`;
    out[lang] = t.key_points
      ? { ...t, key_points: keyPoints(t.key_points, file, path, () => scriptOf(scriptText(t))) }
      : t;
  }
  return out;
}

/** A value computed on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** The first flag of each id: the one listed nearest the question. */
function nearestFirst(list: RedFlag[]): RedFlag[] {
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
