import { type ChoiceItem, isChoiceRecord } from './choice-types.js';
import { fastChoice } from './fast-choice.js';
import { loadPlainYaml } from './fast-yaml.js';
import {
  fitsItems,
  followsRule,
  isLanguageKey,
  KEY_POINT_SCHEMA,
  KEYWORD_RULE,
  keyPointCountMatches,
  QUESTION_SCHEMA,
  RED_FLAG_SCHEMA,
  type RecordSchema,
  SECTION_SCHEMA,
  type TranslationsRule,
} from './section-schema.js';
import type {
  KeyPoint,
  Question,
  QuestionTranslation,
  RedFlag,
  Section,
  SectionTranslation,
} from './types.js';

/**
 * The section of a sound section file, read fast; `undefined` when the
 * file has any problem, or anything the fast reader is not sure about.
 * Then `parseSectionFile` must read it, and says what is wrong. For a file
 * this returns a section for, `parseSectionFile` returns the same section
 * and no issue: same rules (`section-schema.ts`), same YAML values
 * (`fast-yaml.ts`). No positions: they are only needed for messages.
 */
export function fastParseSection(rawText: string, file: string): Section | undefined {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.includes('\0')) return undefined;
  const loaded = loadPlainYaml(text);
  if (loaded === undefined) return undefined;
  const top = readRecord(loaded.value, SECTION_SCHEMA);
  if (top === undefined) return undefined;
  const points = top.points as number;
  const timeLimit = top.time_limit as number;
  const translations = readTranslations(
    top.translations,
    SECTION_SCHEMA.rules.translations,
    readSectionTranslation,
  );
  if (translations === null) return undefined;
  const redFlags = readRedFlags(top.red_flags);
  if (redFlags === null) return undefined;
  const seen = new Set<string>();
  const questions: Question[] = [];
  const choices: ChoiceItem[] = [];
  for (const item of top.questions as unknown[]) {
    if (isChoiceRecord(item)) {
      const choice = fastChoice(item, { points, time_limit: timeLimit });
      if (choice === undefined || seen.has(choice.id)) return undefined;
      seen.add(choice.id);
      choices.push(choice);
      continue;
    }
    const question = readQuestion(item, points, timeLimit);
    if (question === undefined || seen.has(question.id)) return undefined;
    seen.add(question.id);
    questions.push(question);
  }
  const description = top.description as string | undefined;
  return {
    id: top.id as string,
    order: top.order as number,
    title: top.title as string,
    ...(description === undefined ? {} : { description }),
    points,
    time_limit: timeLimit,
    questions,
    ...(choices.length === 0 ? {} : { choices }),
    ...(redFlags === undefined ? {} : { red_flags: redFlags }),
    ...(translations === undefined ? {} : { translations }),
    file,
  };
}

/**
 * A checked `red_flags` sequence (absent: `undefined`; anything wrong,
 * ids repeated included: `null`). Exported for the bank file's reader.
 */
export function readRedFlags(items: unknown): RedFlag[] | undefined | null {
  if (items === undefined) return undefined;
  if (!Array.isArray(items) || items.length === 0) return null;
  const flags: RedFlag[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const fields = readRecord(item, RED_FLAG_SCHEMA);
    if (fields === undefined) return null;
    const signs = readTerms(fields.signs, 'signs');
    const translations = readTranslations(
      fields.translations,
      RED_FLAG_SCHEMA.rules.translations,
      (t) => ({
        wrong: t.wrong as string,
      }),
    );
    const id = fields.id as string;
    if (signs === undefined || translations === null || ids.has(id)) return null;
    ids.add(id);
    flags.push({
      id,
      wrong: fields.wrong as string,
      signs,
      ...(translations === undefined ? {} : { translations }),
    });
  }
  return flags;
}

/** A checked, non-empty sequence of terms (keywords, signs), or `undefined`. */
function readTerms(items: unknown, path: string): string[] | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.every((item) => followsRule(KEYWORD_RULE, item, path))
    ? (items as string[])
    : undefined;
}

function readQuestion(item: unknown, points: number, timeLimit: number): Question | undefined {
  const fields = readRecord(item, QUESTION_SCHEMA);
  if (fields === undefined) return undefined;
  const keyPoints = readKeyPoints(fields.key_points);
  if (keyPoints === undefined) return undefined;
  const translations = readTranslations(
    fields.translations,
    QUESTION_SCHEMA.rules.translations,
    (record) => readQuestionTranslation(record, keyPoints.length),
  );
  if (translations === null) return undefined;
  const redFlags = readRedFlags(fields.red_flags);
  if (redFlags === null) return undefined;
  return {
    id: fields.id as string,
    prompt: fields.prompt as string,
    points: (fields.points as number | undefined) ?? points,
    time_limit: (fields.time_limit as number | undefined) ?? timeLimit,
    answer: fields.answer as string,
    analysis: fields.analysis as string,
    key_points: keyPoints,
    ...(redFlags === undefined ? {} : { red_flags: redFlags }),
    ...(translations === undefined ? {} : { translations }),
  };
}

/** The items of a checked `key_points` sequence, or `undefined` when one is wrong. */
function readKeyPoints(items: unknown): KeyPoint[] | undefined {
  const keyPoints: KeyPoint[] = [];
  for (const keyPoint of items as unknown[]) {
    const read = readRecord(keyPoint, KEY_POINT_SCHEMA);
    const keywords = readTerms(read?.keywords, 'keywords');
    const avoid = read?.avoid === undefined ? undefined : readTerms(read.avoid, 'avoid');
    if (read === undefined || keywords === undefined) return undefined;
    if (read.avoid !== undefined && avoid === undefined) return undefined;
    keyPoints.push({
      point: read.point as string,
      keywords,
      ...(avoid === undefined ? {} : { avoid }),
    });
  }
  return keyPoints;
}

/**
 * A checked `translations` mapping (see `readRecord`) as a null-prototype
 * object built from language keys only; `undefined` when there is none,
 * `null` when a language key or a language's record is wrong.
 */
function readTranslations<T>(
  value: unknown,
  rule: TranslationsRule,
  readOne: (fields: Record<string, unknown>) => T | undefined,
): Record<string, T> | undefined | null {
  if (value === undefined) return undefined;
  const translations: Record<string, T> = Object.create(null);
  for (const [lang, item] of Object.entries(value as Record<string, unknown>)) {
    if (!isLanguageKey(lang)) return null;
    const fields = readRecord(item, rule.translations);
    const read = fields === undefined ? undefined : readOne(fields);
    if (read === undefined) return null;
    translations[lang] = read;
  }
  return translations;
}

function readSectionTranslation(fields: Record<string, unknown>): SectionTranslation {
  const description = fields.description as string | undefined;
  return { title: fields.title as string, ...(description === undefined ? {} : { description }) };
}

function readQuestionTranslation(
  fields: Record<string, unknown>,
  keyPointCount: number,
): QuestionTranslation | undefined {
  let keyPoints: KeyPoint[] | undefined;
  if (fields.key_points !== undefined) {
    keyPoints = readKeyPoints(fields.key_points);
    if (keyPoints === undefined || !keyPointCountMatches(keyPointCount, keyPoints.length)) {
      return undefined;
    }
  }
  return {
    prompt: fields.prompt as string,
    answer: fields.answer as string,
    analysis: fields.analysis as string,
    ...(keyPoints === undefined ? {} : { key_points: keyPoints }),
  };
}

/**
 * The fields of a plain object when it has only known fields, every
 * required one, and each value follows its field's rule (a sequence only
 * has to be non-empty here, and translations a mapping; their items are
 * the caller's).
 */
function readRecord(value: unknown, schema: RecordSchema): Record<string, unknown> | undefined {
  if (!isMapping(value)) return undefined;
  const fields = value as Record<string, unknown>;
  // Own keys only: js-yaml makes `__proto__` an own field, which must count as unknown.
  const names = Object.keys(fields);
  for (const name of names) {
    const rule = Object.hasOwn(schema.rules, name) ? schema.rules[name] : undefined;
    const field = fields[name];
    if (rule === undefined) return undefined;
    if (rule === 'nonEmptySequence') {
      if (!Array.isArray(field) || field.length === 0 || !fitsItems(name, field.length)) {
        return undefined;
      }
    } else if (typeof rule === 'object') {
      if (!isMapping(field)) return undefined;
    } else if (!followsRule(rule, field, name)) {
      return undefined;
    }
  }
  if (!schema.required.every((name) => Object.hasOwn(fields, name))) return undefined;
  return fields;
}

/** Whether js-yaml read a mapping. */
function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
