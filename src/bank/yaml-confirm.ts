import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { type PlainYaml, readPlainYaml, type YamlRefusal } from './plain-yaml.js';

/** The reason given when the two readers disagree; the bank's reader says it in the user's language. */
export const READ_TWO_WAYS = 'the YAML readers read this text differently';

/**
 * A YAML stream as plain values, or why YAML 1.2 refuses it: js-yaml's
 * reading (`readPlainYaml`), confirmed by yaml when the text is suspect.
 * This is the reader the YAML test suite is run on.
 */
export function readYaml(text: string): PlainYaml {
  const plain = readPlainYaml(text);
  if (!('documents' in plain) || !plain.suspect) return plain;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = yamlRefusal(body, plain.documents);
  return refused === undefined ? plain : { refused, suspect: true };
}

/**
 * yaml's verdict on a suspect text that js-yaml read: its first error (strict:
 * YAML 1.2, unique keys), or a refusal when it reads other values than
 * js-yaml did. One reading or a refusal, never two readings.
 */
export function yamlRefusal(text: string, documents: readonly unknown[]): YamlRefusal | undefined {
  // The core schema whatever a `%YAML 1.1` directive says, as js-yaml reads it: `yes` stays text.
  const options = {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
    logLevel: 'error',
  } as const;
  const docs = parseAllDocuments(text, options);
  const all = Array.isArray(docs) ? docs : [];
  for (const doc of all) {
    const error = doc.errors[0];
    if (error !== undefined) {
      const at = error.linePos?.[0];
      return { reason: error.message.split('\n')[0] ?? '', line: at?.line ?? 1, col: at?.col ?? 1 };
    }
  }
  let values: unknown[];
  try {
    values = all.map((doc) => doc.toJS());
  } catch (error) {
    // yaml refuses to expand an alias bomb (more than 100 expansions).
    return { reason: error instanceof Error ? error.message : String(error), line: 1, col: 1 };
  }
  const same =
    values.length === documents.length &&
    values.every((value, i) => isDeepStrictEqual(value ?? null, documents[i] ?? null));
  return same ? undefined : { reason: READ_TWO_WAYS, line: 1, col: 1 };
}
