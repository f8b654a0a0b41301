/**
 * Every message the bank loader can report, in Chinese and English. Values
 * from a file arrive here already neutralised (see `quote.ts`); the paths
 * are built from known field names and indexes only.
 */

import type { Lang } from '../lang.js';
import { en, foundEn } from './messages-en.js';
import { foundZh, zh } from './messages-zh.js';

/** What a field should hold. */
export type Expected =
  | 'nonEmptyString'
  | 'string'
  | 'positiveNumber'
  | 'positiveInteger'
  | 'boolean'
  | 'mapping'
  | 'nonEmptySequence'
  | 'languageKey'
  | 'answersMapping'
  | 'answerEntry'
  | 'selfScore'
  | 'questionIdKey'
  | 'conceptName'
  | 'redFlagTranslations';

/** What a field holds instead; `value` of a string is already quoted. */
export type Found =
  | { kind: 'string'; quoted: string }
  | { kind: 'emptyString' }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'mapping' }
  | { kind: 'sequence' }
  | { kind: 'emptySequence' }
  | { kind: 'other' };

export interface Messages {
  expected(path: string, expected: Expected, found: Found): string;
  missingField(path: string, field: string): string;
  /** `key` is quoted; `suggestion` is a known field name. */
  unknownField(
    path: string,
    key: string,
    suggestion: string | undefined,
    allowed: readonly string[],
  ): string;
  unsafeCharacter(path: string, escaped: string): string;
  /** A translation's `key_points` with another number of items than the question's. */
  keyPointCount(path: string, expected: number, found: number): string;
  duplicateKey(key: string, firstLine: number): string;
  duplicateKeyUnnamed(): string;
  duplicateQuestionId(id: string, firstLine: number): string;
  duplicateRedFlagId(id: string, firstLine: number): string;
  /** A `~marker` that is none of the markers a key point may hold. */
  unknownMarker(term: string, where: string): string;
  /** A `@name` that names no concept of the bank file. */
  unknownConcept(name: string, where: string): string;
  /** A concept whose terms refer to concepts in a circle. */
  conceptCycle(name: string): string;
  duplicateQuestionIdElsewhere(id: string, where: string): string;
  /** A follow-up's `after` that names none of its question's key points; `points` are quoted. */
  unknownAfter(path: string, after: string, points: readonly string[]): string;
  /** A follow-up's time limit outside 30–60 s. */
  followUpTimeLimit(path: string, found: number, min: number, max: number): string;
  duplicateSectionId(id: string, where: string): string;
  duplicateOrder(order: number, sectionId: string, where: string): string;
  noSections(): string;
  noSectionFiles(): string;
  notFound(): string;
  permissionDenied(): string;
  symlinkLoop(): string;
  notRegularFile(): string;
  readFailed(code: string): string;
  tooLarge(sizeMb: string, limitMb: number): string;
  notUtf8(): string;
  nulByte(): string;
  emptyFile(): string;
  yamlSyntax(detail: string): string;
  /** A syntax error of yaml (the library), by its code and its English message (neutralised). */
  yamlError(code: string, message: string): string;
  /** Said after a file's syntax error when others came with it (most often caused by it). */
  moreSyntaxErrors(first: string, more: number): string;
  tabIndent(): string;
  multipleDocuments(): string;
  tagNotAllowed(tag: string): string;
  /** A mapping or a sequence as a mapping key. */
  keyNotText(): string;
  /** js-yaml and yaml read a text to different values: it is refused rather than read one way. */
  readTwoWays(): string;
  unknownAlias(name: string): string;
  tooManyAliases(limit: number): string;
  tooDeep(limit: number): string;
  /** `nearest`: ids it may be a typo of, quoted, nearest first (none: no suggestion). */
  unknownQuestionId(id: string, nearest?: readonly string[]): string;
  /** A text longer than its limit, in characters (code points). */
  tooLong(path: string, length: number, limit: number): string;
  answerTooLong(id: string, length: number, limit: number): string;
  /** A list with more items than its limit. */
  tooMany(path: string, count: number, limit: number): string;
}

/** The messages of one language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

/** What a field holds instead, worded as in "expected …, found …" (for other checks' messages). */
export function describeFound(lang: Lang, found: Found): string {
  return lang === 'zh' ? foundZh(found) : foundEn(found);
}
