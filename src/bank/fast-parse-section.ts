import { loadPlainYaml } from './fast-yaml.js';
import {
  followsRule,
  KEY_POINT_SCHEMA,
  KEYWORD_RULE,
  QUESTION_SCHEMA,
  type RecordSchema,
  SECTION_SCHEMA,
} from './section-schema.js';
import type { KeyPoint, Question, Section } from './types.js';

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
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const item of top.questions as unknown[]) {
    const question = readQuestion(item, points, timeLimit);
    if (question === undefined || seen.has(question.id)) return undefined;
    seen.add(question.id);
    questions.push(question);
  }
  return {
    id: top.id as string,
    order: top.order as number,
    title: top.title as string,
    points,
    time_limit: timeLimit,
    questions,
    file,
  };
}

function readQuestion(item: unknown, points: number, timeLimit: number): Question | undefined {
  const fields = readRecord(item, QUESTION_SCHEMA);
  if (fields === undefined) return undefined;
  const keyPoints: KeyPoint[] = [];
  for (const keyPoint of fields.key_points as unknown[]) {
    const read = readRecord(keyPoint, KEY_POINT_SCHEMA);
    const keywords = read?.keywords as unknown[] | undefined;
    if (read === undefined || keywords === undefined) return undefined;
    if (!keywords.every((keyword) => followsRule(KEYWORD_RULE, keyword))) return undefined;
    keyPoints.push({ point: read.point as string, keywords: keywords as string[] });
  }
  return {
    id: fields.id as string,
    prompt: fields.prompt as string,
    points: (fields.points as number | undefined) ?? points,
    time_limit: (fields.time_limit as number | undefined) ?? timeLimit,
    answer: fields.answer as string,
    analysis: fields.analysis as string,
    key_points: keyPoints,
  };
}

/**
 * The fields of a plain object when it has only known fields, every
 * required one, and each value follows its field's rule (a sequence only
 * has to be non-empty here; its items are the caller's).
 */
function readRecord(value: unknown, schema: RecordSchema): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  // Own keys only: js-yaml makes `__proto__` an own field, which must count as unknown.
  const names = Object.keys(fields);
  for (const name of names) {
    const rule = Object.hasOwn(schema.rules, name) ? schema.rules[name] : undefined;
    const field = fields[name];
    if (rule === undefined) return undefined;
    if (rule === 'nonEmptySequence') {
      if (!Array.isArray(field) || field.length === 0) return undefined;
    } else if (!followsRule(rule, field)) {
      return undefined;
    }
  }
  if (!schema.required.every((name) => Object.hasOwn(fields, name))) return undefined;
  return fields;
}
