import { checkSection } from '../../src/bank/check-section.js';
import { messagesFor } from '../../src/bank/messages.js';
import type { Section } from '../../src/bank/types.js';
import { readYaml as readPlainYaml } from '../../src/bank/yaml-confirm.js';

/** The plain value of a one-document text, or `undefined` when the reader refuses it. */
export function loadPlainYaml(text: string): { value: unknown } | undefined {
  const read = readPlainYaml(text);
  return 'documents' in read ? { value: read.documents[0] } : undefined;
}

/**
 * The section of a text read as plain values only (yaml not needed to
 * confirm it, one document, no issue), or `undefined` when it is not read so.
 */
export function fastParseSection(text: string, file: string): Section | undefined {
  const read = readPlainYaml(text);
  if (!('documents' in read) || read.suspect || read.documents.length !== 1) return undefined;
  return checkSection(read.documents[0], file, messagesFor('en')).section;
}
