import { isMap, isSeq, type Node } from 'yaml';
import type { ChoiceItem } from './choice-types.js';
import { type Lang, messagesFor } from './messages.js';
import { describeNode, type Field, NodeReader } from './node-reader.js';
import { readChoice } from './parse-choice.js';
import { byPosition, type Position, parseYaml } from './parse-yaml.js';
import { quote } from './quote.js';
import {
  isLanguageKey,
  KEY_POINT_SCHEMA,
  KEYWORD_RULE,
  keyPointCountMatches,
  QUESTION_SCHEMA,
  QUESTION_TRANSLATION_SCHEMA,
  RED_FLAG_SCHEMA,
  RED_FLAG_TRANSLATION_SCHEMA,
  type RecordSchema,
  SECTION_SCHEMA,
  SECTION_TRANSLATION_SCHEMA,
  type TranslationsRule,
} from './section-schema.js';
import type {
  BankIssue,
  KeyPoint,
  Question,
  QuestionTranslation,
  RedFlag,
  Section,
  SectionTranslation,
} from './types.js';

/** Where a section's identifying values are in its file, for cross-file checks. */
export interface SectionLocations {
  id: Position;
  order: Position;
  /** Where each question's `id` is, in the order of `section.questions`. */
  questionIds: Position[];
}

/** A section file: the section and its locations when it has no issue. */
export interface ParsedSectionFile {
  section?: Section;
  locations?: SectionLocations;
  issues: BankIssue[];
}

/**
 * Parses and validates one section file. Pure: `file` only names the file
 * in issues. Every problem is reported, sorted by position; the section is
 * returned only when there is none.
 */
export function parseSectionFile(text: string, file: string, lang: Lang): ParsedSectionFile {
  const msg = messagesFor(lang);
  const parsed = parseYaml(text, file, msg);
  if (parsed.source === undefined) return { issues: parsed.issues };
  const { contents } = parsed.source;
  if (contents === undefined) {
    return { issues: [...parsed.issues, { file, line: 1, col: 1, message: msg.emptyFile() }] };
  }
  const reader = new NodeReader(parsed.source, file, msg);
  const read = readSection(reader, contents);
  const issues = [...parsed.issues, ...reader.issues].sort(byPosition);
  if (issues.length > 0 || read === undefined) return { issues };
  return { ...read, issues };
}

function readSection(
  reader: NodeReader,
  contents: Node,
): { section: Section; locations: SectionLocations } | undefined {
  const fields = readMapping(reader, contents, contents, '', SECTION_SCHEMA);
  if (fields === undefined) return undefined;
  const field = (name: string) => fields.get(name);
  const read = <T>(name: string, as: (f: Field, path: string) => T | undefined): T | undefined => {
    const f = field(name);
    return f === undefined ? undefined : as(f, name);
  };
  const { rules } = SECTION_SCHEMA;
  const id = read('id', (f, p) => reader.value(f, p, rules.id));
  const order = read('order', (f, p) => reader.value(f, p, rules.order));
  const title = read('title', (f, p) => reader.value(f, p, rules.title));
  const description = read('description', (f, p) => reader.value(f, p, rules.description));
  const points = read('points', (f, p) => reader.value(f, p, rules.points));
  const timeLimit = read('time_limit', (f, p) => reader.value(f, p, rules.time_limit));
  const items = read('questions', (f, p) => reader.nonEmptySequence(f, p));
  const redFlags = read('red_flags', (f, p) => readRedFlags(reader, f, p));
  const translations = read('translations', (f, p) =>
    readTranslations(reader, f, p, rules.translations, (fields, at) =>
      readSectionTranslation(reader, fields, at),
    ),
  );

  const questions: Question[] = [];
  const choices: ChoiceItem[] = [];
  const questionIds: Position[] = [];
  const firstLineOfId = new Map<string, number>();
  const questionsField = field('questions');
  items?.forEach((item, index) => {
    const at = questionsField === undefined ? contents : reader.at(questionsField);
    if (isMap(item) && item.has('type')) {
      const choice = readChoice(reader, item, at, index, { points, time_limit: timeLimit });
      if (choice.id === undefined || choice.idNode === undefined) return;
      const first = firstLineOfId.get(choice.id);
      if (first !== undefined) {
        reader.report(choice.idNode, reader.msg.duplicateQuestionId(quote(choice.id), first));
        return;
      }
      firstLineOfId.set(choice.id, reader.position(choice.idNode).line);
      if (choice.item) choices.push(choice.item);
      return;
    }
    const question = readQuestion(reader, item, at, `questions[${index}]`);
    if (question.id === undefined || question.idNode === undefined) return;
    const first = firstLineOfId.get(question.id);
    if (first !== undefined) {
      reader.report(question.idNode, reader.msg.duplicateQuestionId(quote(question.id), first));
      return;
    }
    const position = reader.position(question.idNode);
    firstLineOfId.set(question.id, position.line);
    const { rest } = question;
    if (rest === undefined || points === undefined || timeLimit === undefined) return;
    questions.push({
      id: question.id,
      prompt: rest.prompt,
      points: rest.points ?? points,
      time_limit: rest.timeLimit ?? timeLimit,
      answer: rest.answer,
      analysis: rest.analysis,
      key_points: rest.keyPoints,
      ...(rest.redFlags === undefined ? {} : { red_flags: rest.redFlags }),
      ...(rest.translations === undefined ? {} : { translations: rest.translations }),
    });
    questionIds.push(position);
  });

  const idField = field('id');
  const orderField = field('order');
  if (
    id === undefined ||
    order === undefined ||
    title === undefined ||
    points === undefined ||
    timeLimit === undefined ||
    idField === undefined ||
    orderField === undefined ||
    (redFlags === undefined && field('red_flags') !== undefined)
  ) {
    return undefined;
  }
  return {
    section: {
      id,
      order,
      title,
      ...(description === undefined ? {} : { description }),
      points,
      time_limit: timeLimit,
      questions,
      ...(choices.length === 0 ? {} : { choices }),
      ...(redFlags === undefined ? {} : { red_flags: redFlags }),
      ...(translations === undefined ? {} : { translations }),
      file: reader.file,
    },
    locations: {
      id: reader.position(reader.at(idField)),
      order: reader.position(reader.at(orderField)),
      questionIds,
    },
  };
}

/** A question's id (also when the rest is wrong, to find duplicates) and the rest when all is right. */
interface ReadQuestion {
  id?: string;
  idNode?: Node;
  rest?: {
    prompt: string;
    points: number | undefined;
    timeLimit: number | undefined;
    answer: string;
    analysis: string;
    keyPoints: KeyPoint[];
    redFlags: RedFlag[] | undefined;
    translations: Record<string, QuestionTranslation> | undefined;
  };
}

function readQuestion(
  reader: NodeReader,
  node: Node | undefined,
  at: Node,
  path: string,
): ReadQuestion {
  const fields = readMapping(reader, node, at, path, QUESTION_SCHEMA);
  if (fields === undefined) return {};
  const read = <T>(name: string, as: (f: Field, p: string) => T | undefined): T | undefined => {
    const f = fields.get(name);
    return f === undefined ? undefined : as(f, `${path}.${name}`);
  };
  const idField = fields.get('id');
  const { rules } = QUESTION_SCHEMA;
  const id = read('id', (f, p) => reader.value(f, p, rules.id));
  const idNode = idField === undefined ? undefined : reader.at(idField);
  const prompt = read('prompt', (f, p) => reader.value(f, p, rules.prompt));
  const points = read('points', (f, p) => reader.value(f, p, rules.points));
  const timeLimit = read('time_limit', (f, p) => reader.value(f, p, rules.time_limit));
  const answer = read('answer', (f, p) => reader.value(f, p, rules.answer));
  const analysis = read('analysis', (f, p) => reader.value(f, p, rules.analysis));
  const keyPoints = read('key_points', (f, p) => readKeyPoints(reader, f, p));
  const redFlags = read('red_flags', (f, p) => readRedFlags(reader, f, p));
  const keyPointCount = read('key_points', (f) =>
    isSeq(f.value) ? f.value.items.length : undefined,
  );
  const translations = read('translations', (f, p) =>
    readTranslations(reader, f, p, rules.translations, (fields, at) =>
      readQuestionTranslation(reader, fields, at, keyPointCount),
    ),
  );
  const complete =
    prompt !== undefined &&
    (points !== undefined || !fields.has('points')) &&
    (timeLimit !== undefined || !fields.has('time_limit')) &&
    answer !== undefined &&
    analysis !== undefined &&
    keyPoints !== undefined &&
    (redFlags !== undefined || !fields.has('red_flags')) &&
    (translations !== undefined || !fields.has('translations'));
  return {
    id,
    idNode,
    rest: complete
      ? { prompt, points, timeLimit, answer, analysis, keyPoints, redFlags, translations }
      : undefined,
  };
}

/**
 * A `translations` mapping: each language key checked, each language's
 * record read by `readOne`. A null-prototype object, built from checked
 * keys only.
 */
function readTranslations<T>(
  reader: NodeReader,
  field: Field,
  path: string,
  rule: TranslationsRule,
  readOne: (fields: Map<string, Field>, path: string) => T | undefined,
): Record<string, T> | undefined {
  const entries = reader.entries(field, path);
  if (entries === undefined) return undefined;
  const translations: Record<string, T> = Object.create(null);
  let ok = true;
  for (const { name, key, value } of entries) {
    if (!isLanguageKey(name)) {
      reader.report(key, reader.msg.expected(path, 'languageKey', describeNode(key)));
      ok = false;
      continue;
    }
    const at = `${path}.${name}`;
    const fields = readMapping(reader, value, key, at, rule.translations);
    const read = fields === undefined ? undefined : readOne(fields, at);
    if (read === undefined) ok = false;
    else translations[name] = read;
  }
  return ok ? translations : undefined;
}

function readSectionTranslation(
  reader: NodeReader,
  fields: Map<string, Field>,
  path: string,
): SectionTranslation | undefined {
  const { rules } = SECTION_TRANSLATION_SCHEMA;
  const titleField = fields.get('title');
  const descriptionField = fields.get('description');
  const title = titleField && reader.value(titleField, `${path}.title`, rules.title);
  const description =
    descriptionField && reader.value(descriptionField, `${path}.description`, rules.description);
  if (title === undefined || (description === undefined && descriptionField !== undefined)) {
    return undefined;
  }
  return { title, ...(description === undefined ? {} : { description }) };
}

/** One language of a question; `keyPointCount` is the question's own, when known. */
function readQuestionTranslation(
  reader: NodeReader,
  fields: Map<string, Field>,
  path: string,
  keyPointCount: number | undefined,
): QuestionTranslation | undefined {
  const { rules } = QUESTION_TRANSLATION_SCHEMA;
  const read = <T>(name: string, as: (f: Field, p: string) => T | undefined): T | undefined => {
    const f = fields.get(name);
    return f === undefined ? undefined : as(f, `${path}.${name}`);
  };
  const prompt = read('prompt', (f, p) => reader.value(f, p, rules.prompt));
  const answer = read('answer', (f, p) => reader.value(f, p, rules.answer));
  const analysis = read('analysis', (f, p) => reader.value(f, p, rules.analysis));
  const keyPoints = read('key_points', (f, p) => readKeyPoints(reader, f, p));
  const countOk = read('key_points', (f, p) => {
    // Not a sequence, or an empty one: reported as such already.
    const found = isSeq(f.value) ? f.value.items.length : 0;
    if (found === 0 || keyPointCount === undefined) return true;
    if (keyPointCountMatches(keyPointCount, found)) return true;
    reader.report(reader.at(f), reader.msg.keyPointCount(p, keyPointCount, found));
    return false;
  });
  if (prompt === undefined || answer === undefined || analysis === undefined) return undefined;
  if (fields.has('key_points') && (keyPoints === undefined || countOk !== true)) return undefined;
  return {
    prompt,
    answer,
    analysis,
    ...(keyPoints === undefined ? {} : { key_points: keyPoints }),
  };
}

function readKeyPoints(reader: NodeReader, field: Field, path: string): KeyPoint[] | undefined {
  const items = reader.nonEmptySequence(field, path);
  if (items === undefined) return undefined;
  const keyPoints: KeyPoint[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const fields = readMapping(reader, item, reader.at(field), itemPath, KEY_POINT_SCHEMA);
    const pointField = fields?.get('point');
    const keywordsField = fields?.get('keywords');
    const point =
      pointField && reader.value(pointField, `${itemPath}.point`, KEY_POINT_SCHEMA.rules.point);
    const keywords = keywordsField && readKeywords(reader, keywordsField, `${itemPath}.keywords`);
    const avoidField = fields?.get('avoid');
    const avoid = avoidField && readKeywords(reader, avoidField, `${itemPath}.avoid`);
    if (point === undefined || keywords === undefined || (avoidField && avoid === undefined)) {
      ok = false;
      return;
    }
    keyPoints.push({ point, keywords, ...(avoid === undefined ? {} : { avoid }) });
  });
  return ok ? keyPoints : undefined;
}

/**
 * A `red_flags` sequence: each item an id (unique in the list), what is
 * wrong, its signs and optional translations of what is wrong.
 */
export function readRedFlags(
  reader: NodeReader,
  field: Field,
  path: string,
): RedFlag[] | undefined {
  const items = reader.nonEmptySequence(field, path);
  if (items === undefined) return undefined;
  const flags: RedFlag[] = [];
  const firstLine = new Map<string, number>();
  let ok = true;
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const fields = readMapping(reader, item, reader.at(field), itemPath, RED_FLAG_SCHEMA);
    if (fields === undefined) {
      ok = false;
      return;
    }
    const { rules } = RED_FLAG_SCHEMA;
    const get = <T>(name: string, as: (f: Field, p: string) => T | undefined): T | undefined => {
      const f = fields.get(name);
      return f === undefined ? undefined : as(f, `${itemPath}.${name}`);
    };
    const id = get('id', (f, p) => reader.value(f, p, rules.id));
    const wrong = get('wrong', (f, p) => reader.value(f, p, rules.wrong));
    const signs = get('signs', (f, p) => readKeywords(reader, f, p));
    const translations = get('translations', (f, p) =>
      readTranslations(reader, f, p, rules.translations, (t, at) => {
        const w = t.get('wrong');
        const text = w && reader.value(w, `${at}.wrong`, RED_FLAG_TRANSLATION_SCHEMA.rules.wrong);
        return text === undefined ? undefined : { wrong: text };
      }),
    );
    const idField = fields.get('id');
    if (id !== undefined && idField !== undefined) {
      const first = firstLine.get(id);
      const node = reader.at(idField);
      if (first !== undefined) {
        reader.report(node, reader.msg.duplicateRedFlagId(quote(id), first));
        ok = false;
      } else {
        firstLine.set(id, reader.position(node).line);
      }
    }
    if (
      id === undefined ||
      wrong === undefined ||
      signs === undefined ||
      (translations === undefined && fields.has('translations'))
    ) {
      ok = false;
      return;
    }
    flags.push({ id, wrong, signs, ...(translations === undefined ? {} : { translations }) });
  });
  return ok ? flags : undefined;
}

function readKeywords(reader: NodeReader, field: Field, path: string): string[] | undefined {
  const items = reader.nonEmptySequence(field, path);
  if (items === undefined) return undefined;
  const keywords: string[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const keyword = reader.value(
      { key: item ?? reader.at(field), value: item },
      `${path}[${index}]`,
      KEYWORD_RULE,
    );
    if (keyword === undefined) ok = false;
    else keywords.push(keyword);
  });
  return ok ? keywords : undefined;
}

function readMapping(
  reader: NodeReader,
  node: Node | undefined,
  at: Node,
  path: string,
  schema: RecordSchema,
): Map<string, Field> | undefined {
  return reader.mapping(node, at, path, schema.known, schema.required);
}
