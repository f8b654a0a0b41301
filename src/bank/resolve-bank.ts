import { normalizeForMatch } from '../scoring/normalize.js';
import type { Messages } from './messages.js';
import { quote } from './quote.js';
import type { BankFile, BankIssue, KeyPoint, Question, RedFlag, Section } from './types.js';

/** Where a term was written, for an unknown reference: the file and a path in it. */
type Locate = (file: string, needle: string) => number;

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
  const concepts: Record<string, string[]> = bankFile?.concepts ?? Object.create(null);
  const expanded = new Map<string, string[] | null>();
  const expand = (name: string, file: string, path: string): string[] => {
    const known = expanded.get(name);
    if (known) return known;
    const terms = Object.hasOwn(concepts, name) ? concepts[name] : undefined;
    if (terms === undefined || known === null) {
      const shown = quote(`@${name}`);
      const message = known === null ? msg.conceptCycle(shown) : msg.unknownConcept(shown, path);
      issues.push({ file, line: locate(file, `@${name}`), col: 1, message });
      return [];
    }
    expanded.set(name, null);
    const out = unique(
      terms.flatMap((t) =>
        t.startsWith('@') ? expand(t.slice(1), bankFile?.file ?? file, `concepts.${name}`) : [t],
      ),
    );
    expanded.set(name, out);
    return out;
  };
  /** A concept's terms in one script (`!` before each when negated), each with its match key; cached. */
  const byScript = new Map<string, [string, string][]>();
  const inScript = (
    name: string,
    script: Script,
    negated: boolean,
    all: () => string[],
  ): [string, string][] => {
    const key = `${script}:${negated ? '!' : ''}${name}`;
    let found = byScript.get(key);
    if (!found) {
      found = all()
        .filter((x) => fitsScript(x, script))
        .map((x) => (negated ? `!${x}` : x))
        .map((x): [string, string] => [x, matchKey(x)]);
      // An unknown concept is reported at each reference: not cached.
      if (Object.hasOwn(concepts, name)) byScript.set(key, found);
    }
    return found;
  };
  // `!@concept` is `!` before each of the concept's terms. A key point takes the
  // concept's terms in its own script only (Chinese or Latin), so that a Chinese
  // answer does not cover the English bank's points; red flags take them all.
  // Terms that match the same (follow-up and follow up, a concept's word also
  // written out) are kept once, first come first kept; `!term` stays apart from `term`.
  const terms = (list: readonly string[], file: string, path: string, scriptOf: () => Script) => {
    if (!expandTerms) return checkTerms(list, file, path);
    const script = scriptOf();
    const seen = new Set<string>();
    const out: string[] = [];
    const add = (term: string, key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      out.push(term);
    };
    for (const t of list) {
      if (!t.startsWith('@') && !t.startsWith('!@')) {
        add(t, matchKey(t));
        continue;
      }
      const negated = t.startsWith('!');
      const name = t.slice(negated ? 2 : 1);
      for (const [term, key] of inScript(name, script, negated, () => expand(name, file, path))) {
        add(term, key);
      }
    }
    return out;
  };
  /** References checked as `terms` makes them (an unknown concept at each), the terms left as written. */
  const checkTerms = (list: readonly string[], file: string, path: string): string[] => {
    for (const t of list) {
      if (t.startsWith('@')) expand(t.slice(1), file, path);
      else if (t.startsWith('!@')) expand(t.slice(2), file, path);
    }
    return list as string[];
  };
  const signs = (list: readonly string[], file: string, path: string): string[] =>
    expandTerms ? expandSigns(list, file, path) : checkSigns(list, file, path);
  const checkSigns = (list: readonly string[], file: string, path: string): string[] => {
    for (const sign of list) {
      if (!sign.includes('@')) continue;
      for (const part of sign.split('+')) {
        for (const alt of part.split('|')) {
          const name = alt.trim();
          if (name.startsWith('@')) expand(name.slice(1), file, path);
        }
      }
    }
    return list as string[];
  };
  const expandSigns = (list: readonly string[], file: string, path: string): string[] =>
    list.map((sign) =>
      sign
        .split('+')
        .map((part) => part.trim())
        .map((part) =>
          part
            .split('|')
            .map((alt) => alt.trim())
            .flatMap((alt) => (alt.startsWith('@') ? expand(alt.slice(1), file, path) : [alt]))
            .join('|'),
        )
        .join('+'),
    );
  const flags = (
    list: readonly RedFlag[] | undefined,
    file: string,
    path: string,
    scope: RedFlag['scope'],
  ) =>
    (list ?? []).map((f, i) => ({
      ...f,
      signs: signs(f.signs, file, `${path}[${i}].signs`),
      scope,
    }));
  const keyPoints = (
    list: readonly KeyPoint[],
    file: string,
    path: string,
    script: () => Script,
  ): KeyPoint[] =>
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
      const followUps = q.follow_ups?.map((f, fi) => {
        const fat = `${at}.follow_ups[${fi}]`;
        const tr =
          f.translations &&
          translateKeyPoints(f.translations, (t) => t.prompt, section.file, fat, keyPoints);
        return {
          ...f,
          key_points: keyPoints(f.key_points, section.file, `${fat}.key_points`, script),
          ...(f.red_flags
            ? { red_flags: flags(f.red_flags, section.file, `${fat}.red_flags`, 'question') }
            : {}),
          ...(tr ? { translations: tr } : {}),
        };
      });
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

/**
 * Translations (of a question or a follow-up) with their key points'
 * concepts expanded, each in its own script (read off `scriptText`).
 */
function translateKeyPoints<T extends { key_points?: KeyPoint[] }>(
  translations: Record<string, T>,
  scriptText: (t: T) => string,
  file: string,
  at: string,
  keyPoints: (
    list: readonly KeyPoint[],
    file: string,
    path: string,
    script: () => Script,
  ) => KeyPoint[],
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

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Normalised forms of terms, for the process: a concept's terms recur in every question. */
const keys = new Map<string, string>();

function matchKey(term: string): string {
  let key = keys.get(term);
  if (key === undefined) {
    key = (term.startsWith('!') ? '!' : '') + normalizeForMatch(term.replace(/^!/, ''));
    keys.set(term, key);
  }
  return key;
}

type Script = 'cjk' | 'latin';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/**
 * The script a text is mostly written in: more CJK characters than Latin
 * words, CJK. Counted in one pass over the codes (a match per character
 * made an array as long as the answer, for each of a bank's answers).
 */
function scriptOf(text: string): Script {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (latin && !inWord) words++;
    inWord = latin;
  }
  return cjk >= words ? 'cjk' : 'latin';
}

/** Whether a concept's term belongs in a key point of this script ({n}% belongs in both). */
function fitsScript(term: string, script: Script): boolean {
  const bare = term.replaceAll('{n}', '');
  if (CJK.test(bare)) return script === 'cjk';
  if (LATIN.test(bare)) return script === 'latin';
  return true;
}
