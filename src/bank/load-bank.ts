import { BankError } from '../errors.js';
import type { Lang } from '../lang.js';
import { lineOf, readBankFile } from './bank-file.js';
import { type BankFiles, decodeText, readBankFiles } from './bank-files.js';
import { checkSection } from './check-section.js';
import { displayPath } from './display-path.js';
import { type Messages, messagesFor } from './messages.js';
import { readPlainYaml } from './plain-yaml.js';
import { resolveBank } from './resolve-bank.js';
import type { Bank, BankFile, BankIssue, Section } from './types.js';
import { type LocatedSection, validateBank } from './validate-bank.js';

export { MAX_FILE_BYTES } from './bank-files.js';
export { displayPath };

/**
 * Loads a bank from a folder of section files (`*.yaml`, `*.yml`, read in
 * name order; other files, hidden files and subfolders are ignored) or
 * from a single section file. Throws a `BankError` carrying every issue of
 * every file when anything is wrong; no other error escapes for bad input.
 * With `expandConcepts: false`, references to concepts are checked (the same
 * issues) but keywords, `avoid` and signs stay as written (`@concept`): for
 * commands that show no keyword and score nothing.
 */
export async function loadBank(
  path: string,
  options: { lang: Lang; expandConcepts?: boolean },
): Promise<Bank> {
  return loadBankFiles(readBankFiles(path, messagesFor(options.lang)), options);
}

/** `loadBank` of the files already read (`readBankFiles`). */
export async function loadBankFiles(
  read: BankFiles,
  options: { lang: Lang; expandConcepts?: boolean },
): Promise<Bank> {
  const msg = messagesFor(options.lang);
  const source = displayPath(read.absolute);
  const issues: BankIssue[] = [];
  const textOf = new Map<string, string>();
  let bankFile: BankFile | undefined;
  if (read.bankFile !== undefined) {
    const name = displayPath(read.bankFile.path);
    const got = decodeText(read.bankFile, msg);
    if ('problem' in got) issues.push({ file: name, line: 1, col: 1, message: got.problem });
    else {
      textOf.set(name, got.text);
      const file = await readBankFile(got.text, name, msg);
      issues.push(...file.issues);
      bankFile = file.bankFile;
    }
  }
  const texts = read.sections.map((file) => decodeText(file, msg));
  const files = read.sections.map((file) => file.path);
  const located = await readSections(files, texts, options.lang, issues, textOf);
  // With broken files, "no sections" would only repeat what their issues say.
  if (located.length > 0 || issues.length === 0) {
    const checked = validateBank(located, source, options.lang);
    issues.push(...checked.issues);
    if (issues.length === 0) {
      const locate = (file: string, needle: string) => lineOf(textOf.get(file) ?? '', needle);
      const resolved = resolveBank(checked.sections, bankFile, msg, locate, {
        expand: options.expandConcepts !== false,
      });
      issues.push(...resolved.issues);
      if (issues.length === 0) {
        return { source, sections: resolved.sections, ...(bankFile ? { file: bankFile } : {}) };
      }
    }
  }
  throw new BankError(issues);
}

/** What reading a section file gives: its text, and its section when read fast. */
interface SectionText {
  name: string;
  text: string;
  fast: Section | undefined;
}

/**
 * The sections of the files that have no issue, with a way to place a path
 * in each; the issues of the others go to `issues`. A sound file is read
 * fast: plain values, checked, no yaml. The precise reader (yaml, 400 KB of
 * code) is loaded only when a file needs it (an issue to place, a suspect
 * text), or when a repeat across files will need positions.
 */
async function readSections(
  files: readonly string[],
  texts: readonly ({ text: string } | { problem: string })[],
  lang: Lang,
  issues: BankIssue[],
  textOf: Map<string, string>,
): Promise<LocatedSection[]> {
  const msg = messagesFor(lang);
  const read: SectionText[] = [];
  files.forEach((file, index) => {
    const name = displayPath(file);
    const got = texts[index];
    if (got === undefined) return;
    if ('problem' in got) issues.push({ file: name, line: 1, col: 1, message: got.problem });
    else {
      textOf.set(name, got.text);
      read.push({ name, text: got.text, fast: readFast(got.text, name, msg) });
    }
  });
  const fast = read.flatMap((r) => (r.fast ? [r.fast] : []));
  const precise =
    fast.length < read.length || hasRepeats(fast) ? await import('./read-section.js') : undefined;
  const located: LocatedSection[] = [];
  for (const { name, text, fast } of read) {
    if (fast !== undefined) {
      // Without the precise reader there is no repeat, so nothing will ask for a position.
      located.push({ section: fast, locate: precise?.pathLocator(text) ?? (() => START) });
      continue;
    }
    const section = (precise as PreciseReader).readSectionFile(text, name, lang);
    if (section.section === undefined) issues.push(...section.issues);
    else located.push({ section: section.section, locate: section.locate });
  }
  return located;
}

type PreciseReader = typeof import('./read-section.js');

const START = { line: 1, col: 1 };

/** The section of a sound file, read as plain values without yaml; `undefined` when it needs more. */
function readFast(text: string, file: string, msg: Messages): Section | undefined {
  const plain = readPlainYaml(text);
  if (!('documents' in plain) || plain.suspect || plain.documents.length !== 1) return undefined;
  return checkSection(plain.documents[0], file, msg, { safeText: plain.safeText === true }).section;
}

/** Whether section ids, orders or question ids repeat across sections (they then need positions). */
function hasRepeats(sections: readonly Section[]): boolean {
  const ids = new Set<string>();
  const orders = new Set<number>();
  const questions = new Set<string>();
  for (const s of sections) {
    if (ids.has(s.id) || orders.has(s.order)) return true;
    ids.add(s.id);
    orders.add(s.order);
    for (const q of [...s.questions, ...(s.choices ?? [])]) {
      if (questions.has(q.id)) return true;
      questions.add(q.id);
    }
  }
  return false;
}
