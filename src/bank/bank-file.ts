import { escapeCharacter, findUnsafeCharacter } from '../neutralize.js';
import { checkRedFlags } from './check-section.js';
import { describePlain, isMapping } from './describe-plain.js';
import type { Messages } from './messages.js';
import { readPlainYaml } from './plain-yaml.js';
import { quote } from './quote.js';
import { followsRule } from './section-limits.js';
import { KEYWORD_RULE, RED_FLAG_SCHEMA } from './section-schema.js';
import type { BankFile, BankIssue } from './types.js';

export { BANK_FILE } from './bank-files.js';

/** The fields the bank file may have; both optional. */
export const BANK_FILE_FIELDS = ['concepts', 'red_flags'] as const;

/**
 * A concept's name: letters, digits, `_` and `-` (Chinese names welcome),
 * so that `@name` ends where the name does and a `+` or `|` never hides in it.
 */
export const CONCEPT_NAME = /^[\p{L}\p{N}_-]+$/u;

/**
 * Reads and checks `bank.yaml`. Plain values, read as section files are
 * (`readYamlDocument`); an issue names the field by its path and is placed
 * on the first line that mentions it.
 */
export async function readBankFile(
  text: string,
  file: string,
  msg: Messages,
): Promise<{ bankFile?: BankFile; issues: BankIssue[] }> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const plain = readPlainYaml(body);
  // A sound file needs no yaml (400 KB of code); any other is read precisely, to say what is wrong.
  const read =
    'documents' in plain && !plain.suspect && plain.documents.length === 1
      ? { value: plain.documents[0] }
      : (await import('./read-section.js')).readYamlDocument(body, file, msg);
  // An empty bank file is a bank file with nothing in it.
  if ('issues' in read) {
    const empty = read.issues.length === 1 && read.issues[0]?.message === msg.emptyFile();
    return empty ? { bankFile: emptyBankFile(file), issues: [] } : { issues: read.issues };
  }
  const { value } = read;
  const refused = 'refused' in read ? read.refused : undefined;
  const issues: BankIssue[] = [];
  const report = (needle: string, message: string) =>
    issues.push({ file, line: lineOf(body, needle), col: 1, message });
  if (refused === undefined && (value === null || value === undefined)) {
    return { bankFile: emptyBankFile(file), issues };
  }
  if (!isMapping(value)) {
    report('', msg.expected('', 'mapping', describePlain(value)));
    return { issues };
  }
  for (const name of Object.keys(value)) {
    if (!(BANK_FILE_FIELDS as readonly string[]).includes(name)) {
      report(name, msg.unknownField('', quote(name), undefined, BANK_FILE_FIELDS));
    }
  }
  const concepts = checkConcepts(value.concepts, report, msg);
  let redFlags: BankFile['red_flags'] = [];
  if (value.red_flags !== undefined) {
    const checked = checkRedFlags(value.red_flags, msg);
    if (checked.flags) redFlags = checked.flags;
    else explainRedFlags(value.red_flags, (needle, m) => report(needle, m), msg);
  }
  // Read with yaml's values only to say what is wrong: js-yaml's refusal stands.
  if (refused !== undefined && issues.length === 0) issues.push(refused);
  if (issues.length > 0) return { issues };
  return { bankFile: { file, concepts, red_flags: redFlags }, issues };
}

function emptyBankFile(file: string): BankFile {
  return { file, concepts: Object.create(null), red_flags: [] };
}

type Report = (needle: string, message: string) => void;

/** The bank file's `concepts`, those that are sound; what is wrong with the others reported. */
function checkConcepts(value: unknown, report: Report, msg: Messages): Record<string, string[]> {
  const concepts: Record<string, string[]> = Object.create(null);
  if (value === undefined) return concepts;
  if (!isMapping(value)) {
    report('concepts', msg.expected('concepts', 'mapping', describePlain(value)));
    return concepts;
  }
  for (const [name, terms] of Object.entries(value)) {
    const path = `concepts.${name}`;
    if (!CONCEPT_NAME.test(name)) {
      report(name, msg.expected(path, 'conceptName', { kind: 'string', quoted: quote(name) }));
      continue;
    }
    const checked = checkTerms(terms, path, (needle, m) => report(needle || name, m), msg);
    if (checked) concepts[name] = checked;
  }
  return concepts;
}

/** The terms of a concept, or undefined after reporting what is wrong. */
function checkTerms(value: unknown, path: string, report: Report, msg: Messages) {
  if (!Array.isArray(value) || value.length === 0) {
    report('', msg.expected(path, 'nonEmptySequence', describePlain(value)));
    return undefined;
  }
  let ok = true;
  value.forEach((term, index) => {
    if (typeof term === 'string' && findUnsafeCharacter(term) !== undefined) {
      report(
        term,
        msg.unsafeCharacter(`${path}[${index}]`, escapeCharacter(findUnsafeCharacter(term) ?? '')),
      );
      ok = false;
    } else if (!followsRule(KEYWORD_RULE, term, 'keywords')) {
      report('', msg.expected(`${path}[${index}]`, 'nonEmptyString', describePlain(term)));
      ok = false;
    }
  });
  return ok ? (value as string[]) : undefined;
}

/** Says what is wrong with a `red_flags` list that `readRedFlags` refused. */
function explainRedFlags(value: unknown, report: Report, msg: Messages): void {
  if (!Array.isArray(value) || value.length === 0) {
    report('red_flags', msg.expected('red_flags', 'nonEmptySequence', describePlain(value)));
    return;
  }
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    const path = `red_flags[${index}]`;
    if (!isMapping(item)) {
      report('red_flags', msg.expected(path, 'mapping', describePlain(item)));
      return;
    }
    const near = typeof item.id === 'string' ? item.id : 'red_flags';
    for (const name of Object.keys(item)) {
      if (!RED_FLAG_SCHEMA.known.includes(name)) {
        report(name, msg.unknownField(path, quote(name), undefined, RED_FLAG_SCHEMA.known));
      }
    }
    for (const name of RED_FLAG_SCHEMA.required) {
      if (!Object.hasOwn(item, name)) report(near, msg.missingField(path, name));
    }
    for (const name of ['id', 'wrong'] as const) {
      if (item[name] !== undefined && !followsRule('nonEmptyString', item[name], name)) {
        report(near, msg.expected(`${path}.${name}`, 'nonEmptyString', describePlain(item[name])));
      }
    }
    if (item.signs !== undefined)
      checkTerms(item.signs, `${path}.signs`, (n, m) => report(n || near, m), msg);
    if (item.translations !== undefined) {
      const t = item.translations;
      const ok =
        isMapping(t) &&
        Object.entries(t).every(
          ([lang, v]) =>
            /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) &&
            isMapping(v) &&
            Object.keys(v).every((k) => k === 'wrong') &&
            followsRule('nonEmptyString', v.wrong, 'wrong'),
        );
      if (!ok) {
        report(near, msg.expected(`${path}.translations`, 'redFlagTranslations', describePlain(t)));
      }
    }
    if (typeof item.id === 'string') {
      const first = seen.get(item.id);
      if (first !== undefined) report(item.id, msg.duplicateRedFlagId(quote(item.id), first));
      else seen.set(item.id, index);
    }
  });
}

/** The first line (1-based) that contains `needle`; line 1 when none does. */
export function lineOf(text: string, needle: string): number {
  if (!needle) return 1;
  const at = text.indexOf(needle);
  if (at < 0) return 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
