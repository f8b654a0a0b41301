import { normalizeForMatch } from '../scoring/normalize.js';
import { signPart } from '../sign-parts.js';
import { ListMap } from './list-map.js';
import type { Messages } from './messages.js';
import { quote } from './quote.js';
import { fitsScript, type Script } from './script-of.js';
import type { BankFile, BankIssue } from './types.js';

/**
 * The `~` terms a key point may hold: each says how the point is judged (scoring/markers.ts,
 * scoring/length.ts). Any other `~word` would be read as a plain word and never found, so a
 * misspelt one is an error.
 */
export const KEY_POINT_MARKERS: readonly string[] = ['~fits-time', '~story', '~structure'];

/** Where a term was written, for an unknown reference: the file and a path in it. */
export type Locate = (file: string, needle: string) => number;

/**
 * The bank file's concepts applied to terms: `terms` for keywords and
 * `avoid` (a concept's terms in the key point's script), `signs` for
 * red-flag signs (alternatives joined by `|`). Every reference to a
 * concept that does not exist, or to one that refers back to itself, is
 * added to `issues`. With `expandTerms` false the references are only
 * checked and the terms come back as written (see `resolveBank`).
 */
export function conceptExpander(
  bankFile: BankFile | undefined,
  msg: Messages,
  locate: Locate,
  issues: BankIssue[],
  expandTerms: boolean,
) {
  const concepts: Record<string, string[]> = bankFile?.concepts ?? Object.create(null);
  const expand = conceptLookup(concepts, bankFile, msg, locate, issues);
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
  // A list is expanded once for each script: the same list recurs (a copied section, the
  // bench's 16 copies; a translation's points written like the question's), and expanding
  // one walks every term of each concept it names (196,544 terms for 1,024 questions). Kept
  // only when it reported nothing, so that every reference with an issue is reported again.
  const byList = {
    cjk: new ListMap<string[]>(),
    latin: new ListMap<string[]>(),
    any: new ListMap<string[]>(),
  };
  const terms = (list: readonly string[], file: string, path: string, scriptOf: () => Script) => {
    if (!expandTerms) {
      checkMarkers(list, file, path, msg, locate, issues);
      return checkTerms(list, file, path, expand);
    }
    // A list without a reference is the same in any script: its script is not looked for.
    const script = list.some(isReference) ? scriptOf() : undefined;
    const lists = byList[script ?? 'any'];
    const known = lists.get(list);
    if (known !== undefined) return known;
    const before = issues.length;
    checkMarkers(list, file, path, msg, locate, issues);
    const out = expandList(list, (name, negated) =>
      inScript(name, script as Script, negated, () => expand(name, file, path)),
    );
    if (issues.length === before) lists.set(list, out);
    return out;
  };
  const signs = (list: readonly string[], file: string, path: string): string[] =>
    expandTerms ? expandSigns(list, file, path, expand) : checkSigns(list, file, path, expand);
  return { terms, signs };
}

/** `@concept` or `!@concept`. */
function isReference(term: string): boolean {
  return term.startsWith('@') || term.startsWith('!@');
}

/**
 * A list with each reference replaced by its concept's terms (`inScript`: in the list's
 * script, `!` before each when negated, each with its match key). `!@concept` is `!` before
 * each of the concept's terms. A key point takes the concept's terms in its own script only
 * (Chinese or Latin), so that a Chinese answer does not cover the English bank's points; red
 * flags take them all. Terms that match the same (follow-up and follow up, a concept's word
 * also written out) are kept once, first come first kept; `!term` stays apart from `term`.
 */
function expandList(
  list: readonly string[],
  inScript: (name: string, negated: boolean) => [string, string][],
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (term: string, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(term);
  };
  for (const t of list) {
    if (!isReference(t)) {
      add(t, matchKey(t));
      continue;
    }
    const negated = t.startsWith('!');
    for (const [term, key] of inScript(t.slice(negated ? 2 : 1), negated)) add(term, key);
  }
  return out;
}

/** A concept's terms, expanded (`@` references within it too), or [] with an issue. */
type Expand = (name: string, file: string, path: string) => string[];

/**
 * `expand` of `conceptExpander`: each concept expanded once, remembered; an
 * unknown one, or one met again while it is expanded (a cycle), reported.
 */
function conceptLookup(
  concepts: Record<string, string[]>,
  bankFile: BankFile | undefined,
  msg: Messages,
  locate: Locate,
  issues: BankIssue[],
): Expand {
  const expanded = new Map<string, string[] | null>();
  const expand: Expand = (name, file, path) => {
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
  return expand;
}

/** Each `~` term that is none of `KEY_POINT_MARKERS`, reported at its line. */
function checkMarkers(
  list: readonly string[],
  file: string,
  path: string,
  msg: Messages,
  locate: Locate,
  issues: BankIssue[],
): void {
  for (const t of list) {
    if (t.startsWith('~') && !KEY_POINT_MARKERS.includes(t)) {
      issues.push({
        file,
        line: locate(file, t),
        col: 1,
        message: msg.unknownMarker(quote(t), path),
      });
    }
  }
}

/** References checked as `terms` makes them (an unknown concept at each), the terms left as written. */
function checkTerms(list: readonly string[], file: string, path: string, expand: Expand): string[] {
  for (const t of list) {
    if (t.startsWith('@')) expand(t.slice(1), file, path);
    else if (t.startsWith('!@')) expand(t.slice(2), file, path);
  }
  return list as string[];
}

/** References in red-flag signs checked, the signs left as written. */
function checkSigns(list: readonly string[], file: string, path: string, expand: Expand): string[] {
  for (const sign of list) {
    if (!sign.includes('@')) continue;
    for (const part of sign.split('+')) {
      for (const alt of signPart(part).text.split('|')) {
        const name = alt.trim();
        if (name.startsWith('@')) expand(name.slice(1), file, path);
      }
    }
  }
  return list as string[];
}

/** Red-flag signs with each `@concept` alternative replaced by the concept's terms. */
function expandSigns(
  list: readonly string[],
  file: string,
  path: string,
  expand: Expand,
): string[] {
  return list.map((sign) =>
    sign
      .split('+')
      .map((part) => {
        const { mark, text } = signPart(part);
        const alternatives = text
          .split('|')
          .map((alt) => alt.trim())
          .flatMap((alt) => (alt.startsWith('@') ? expand(alt.slice(1), file, path) : [alt]));
        return mark + alternatives.join('|');
      })
      .join('+'),
  );
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
