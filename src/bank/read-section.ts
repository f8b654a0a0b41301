import type { PathIssue } from './check-record.js';
import { checkSection } from './check-section.js';
import { type Locate, pathLocator } from './locate-path.js';

export { pathLocator };

import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { type Messages, messagesFor } from './messages.js';
import { byPosition, parseYaml } from './parse-yaml.js';
import type { BankIssue, Section } from './types.js';
import { READ_TWO_WAYS, readYaml } from './yaml-confirm.js';

/** A section file: the section when it has no issue, and a way to place a path in it. */
export interface ReadSectionFile {
  section?: Section;
  issues: BankIssue[];
  /** Where a path is in the file; parses the file precisely on the first call only. */
  locate: Locate;
}

/**
 * Reads and checks one section file. Pure: `file` only names the file in
 * issues. A sound file is read once, as plain values, and checked; the
 * file is parsed precisely (yaml's nodes) only to place issues, or when
 * its YAML is refused or suspect (`plain-yaml.ts`), to say what is wrong
 * with it where it is. Every problem is reported, sorted by position.
 */
export function readSectionFile(text: string, file: string, lang: Lang): ReadSectionFile {
  const msg = messagesFor(lang);
  const locate = pathLocator(text);
  const yaml = readYamlDocument(text, file, msg);
  if ('issues' in yaml) return { issues: yaml.issues, locate };
  const checked = checkSection(yaml.value, file, msg);
  if (yaml.refused !== undefined && checked.issues.length === 0) {
    return { issues: [yaml.refused], locate };
  }
  if (checked.section !== undefined) return { section: checked.section, issues: [], locate };
  return { issues: placeIssues(checked.issues, file, locate), locate };
}

/**
 * The one document of a bank file as a plain value, or the issues of its
 * YAML, placed. A bank file has one document, plain values only (no tags
 * outside the core schema, keys that are texts) and few aliases; for a
 * text js-yaml refused or yaml had to confirm, `parseYaml` says what is
 * wrong in those terms. A text js-yaml refused that yaml reads (a raw
 * control character in a value) comes with yaml's value, only so that its
 * checks can say what is wrong where; `refused` stands if they find nothing.
 */
export function readYamlDocument(
  text: string,
  file: string,
  msg: Messages,
): { value: unknown; refused?: BankIssue } | { issues: BankIssue[] } {
  const plain = readYaml(text);
  const several = 'documents' in plain && plain.documents.length > 1;
  if ('refused' in plain || plain.suspect || several) {
    const precise = parseYaml(text, file, msg, { textKeys: true });
    if (precise.issues.length > 0) return { issues: precise.issues };
    if ('refused' in plain) {
      const { reason, line, col } = plain.refused;
      const message =
        reason === READ_TWO_WAYS ? msg.readTwoWays() : msg.yamlSyntax(neutralizeInline(reason));
      const refused = { file, line, col, message };
      const contents = precise.source?.contents;
      if (contents === undefined || reason === READ_TWO_WAYS) return { issues: [refused] };
      return { value: contents.toJSON(), refused };
    }
  }
  const documents = 'documents' in plain ? plain.documents : [];
  if (documents.length === 0)
    return { issues: [{ file, line: 1, col: 1, message: msg.emptyFile() }] };
  return { value: documents[0] };
}

/** Issues found by path, placed in the file and sorted by position. */
export function placeIssues(
  issues: readonly PathIssue[],
  file: string,
  locate: Locate,
): BankIssue[] {
  const lineOf = (path: PathIssue['path']) => locate(path).line;
  return issues
    .map((issue) => ({
      file,
      ...locate(issue.path, issue.at),
      message: typeof issue.message === 'string' ? issue.message : issue.message(lineOf),
    }))
    .sort(byPosition);
}
