/** The bank loader's messages in English (see messages.ts for what each says). */
import { groupDigits } from '../group-digits.js';
import type { Expected, Found, Messages } from './messages.js';

const expectedEn: Record<Expected, string> = {
  nonEmptyString: 'a non-empty string',
  string: 'a string',
  positiveNumber: 'a positive number',
  positiveInteger: 'a positive integer',
  boolean: 'true or false',
  mapping: 'a mapping',
  nonEmptySequence: 'a non-empty sequence',
  languageKey: 'a language key such as en or pt-BR',
  answersMapping: 'a mapping of question ids to answers',
  answerEntry: 'the answer text, or a mapping with answer and self_score',
  selfScore: 'a number from 0 to the points of the question',
  questionIdKey: 'a question id (a string)',
  conceptName: 'a concept name (letters, digits, _ and - only)',
  redFlagTranslations: 'a mapping of language keys to { wrong: text }',
};

export function foundEn(found: Found): string {
  switch (found.kind) {
    case 'string':
      return `the string ${found.quoted}`;
    case 'emptyString':
      return 'an empty string';
    case 'number':
      return `the number ${found.value}`;
    case 'boolean':
      return `the boolean ${found.value}`;
    case 'null':
      return 'nothing';
    case 'mapping':
      return 'a mapping';
    case 'sequence':
      return 'a sequence';
    case 'emptySequence':
      return 'an empty sequence';
    case 'other':
      return 'an unsupported value';
  }
}

/** "a", "a or b", "a, b or c". */
function orEn(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export const en: Messages = {
  expected: (path, expected, found) =>
    atEn(path, `expected ${expectedEn[expected]}, found ${foundEn(found)}`),
  missingField: (path, field) => atEn(path, `missing field "${field}"`),
  unknownField: (path, key, suggestion, allowed) =>
    atEn(
      path,
      suggestion === undefined
        ? `unknown field ${key} (allowed: ${allowed.join(', ')})`
        : `unknown field ${key} (did you mean "${suggestion}"?)`,
    ),
  unsafeCharacter: (path, escaped) =>
    atEn(path, `contains the control character ${escaped}, which is not allowed`),
  keyPointCount: (path, expected, found) =>
    atEn(
      path,
      `expected ${expected} key point${expected === 1 ? '' : 's'} (as many as the question has, in the same order), found ${found}`,
    ),
  duplicateKey: (key, firstLine) => `duplicate key ${key} (first at line ${firstLine})`,
  duplicateKeyUnnamed: () => 'duplicate key',
  duplicateQuestionId: (id, firstLine) =>
    `duplicate question id ${id} (first at line ${firstLine})`,
  duplicateQuestionIdElsewhere: (id, where) => `duplicate question id ${id} (first in ${where})`,
  unknownAfter: (path, after, points) =>
    atEn(path, `${after} names no key point of this question (its points: ${points.join(', ')})`),
  followUpTimeLimit: (path, found, min, max) =>
    atEn(path, `a follow-up is timed ${min} to ${max} seconds, found ${found}`),
  duplicateRedFlagId: (id, firstLine) => `duplicate red flag id ${id} (first at line ${firstLine})`,
  unknownMarker: (term, where) =>
    `${where}: ${term} is not a key-point marker (the markers are ~fits-time, ~story and ~structure)`,
  unknownConcept: (name, where) =>
    `${where}: ${name} names no concept of the bank file (bank.yaml, under concepts)`,
  conceptCycle: (name) => `concept ${name} refers back to itself through other concepts`,
  duplicateSectionId: (id, where) => `duplicate section id ${id} (first in ${where})`,
  duplicateOrder: (order, sectionId, where) =>
    `duplicate order ${order} (already used by section ${sectionId} in ${where})`,
  noSections: () => 'the bank has no sections',
  noSectionFiles: () => 'no section files (*.yaml, *.yml) in this folder',
  notFound: () => 'no such file or folder',
  permissionDenied: () => 'permission denied (cannot read it)',
  symlinkLoop: () => 'too many levels of symbolic links (a symlink loop?)',
  notRegularFile: () => 'not a regular file or folder',
  readFailed: (code) => `cannot read it (${code})`,
  tooLarge: (sizeMb, limitMb) => `file too large (${sizeMb} MB; the limit is ${limitMb} MB)`,
  notUtf8: () => 'not valid UTF-8 text (save the file as UTF-8)',
  nulByte: () => 'the file contains a NUL byte (is it a binary file?)',
  emptyFile: () => 'the file is empty',
  yamlSyntax: (detail) => `YAML syntax error: ${detail}`,
  yamlError: (_code, message) => `YAML syntax error: ${message}`,
  moreSyntaxErrors: (first, more) =>
    `${first} (and ${more} more syntax error${more === 1 ? '' : 's'} around it, most likely caused by this one: fix it and check again)`,
  tabIndent: () => 'tabs are not allowed in indentation; use spaces',
  multipleDocuments: () => 'several YAML documents in one file (put one section in each file)',
  tagNotAllowed: (tag) => `the tag ${tag} is not allowed (only plain YAML values are)`,
  keyNotText: () => 'a key must be a text, not a mapping or a sequence',
  readTwoWays: () =>
    'the YAML readers disagree on what this file says (a complex key, a tag or an anchor on an empty value?); write it more plainly',
  unknownAlias: (name) => `alias ${name} refers to no anchor`,
  tooManyAliases: (limit) =>
    `too many aliases (more than ${limit} once expanded); the file is refused`,
  tooDeep: (limit) => `the file is nested too deeply (more than ${limit} levels)`,
  unknownQuestionId: (id, nearest = []) =>
    nearest.length === 0
      ? `unknown question id ${id}`
      : `unknown question id ${id} (did you mean ${orEn(nearest)}?)`,
  tooLong: (path, length, limit) =>
    atEn(path, `${groupDigits(length)} characters, over the limit of ${groupDigits(limit)}`),
  answerTooLong: (id, length, limit) =>
    `the answer to ${id} has ${groupDigits(length)} characters, over the limit of ${groupDigits(limit)} for one answer`,
  tooMany: (path, n, limit) =>
    atEn(path, `${groupDigits(n)} items, over the limit of ${groupDigits(limit)}`),
};

function atEn(path: string, text: string): string {
  return path === '' ? text : `${path}: ${text}`;
}
