import { countCharacters } from '../limits.js';
import { escapeCharacter, findUnsafeCharacter } from '../neutralize.js';
import { describePlain, isMapping } from './describe-plain.js';
import type { Messages } from './messages.js';
import { quote } from './quote.js';
import { fitsLimit, itemLimit, textLimit } from './section-limits.js';
import { hasType, isLanguageKey, type RecordSchema, type ValueRule } from './section-schema.js';
import { suggestName } from './suggest.js';

/** A path into a YAML file: field names and sequence indexes, `['questions', 2, 'answer']`. */
export type YamlPath = readonly (string | number)[];

/**
 * One problem of a file, by where it is: the value at `path`, or (`at:
 * 'key'`) the key of its last step. `message` may need the line of another
 * path (a repeat names the line of the first); it is then a function of a
 * way to find lines, called only when the issue is shown.
 */
export interface PathIssue {
  path: YamlPath;
  at?: 'key';
  message: string | ((lineOf: (path: YamlPath) => number) => string);
}

/** Where a checker puts what it finds. */
export interface CheckContext {
  readonly msg: Messages;
  readonly issues: PathIssue[];
  /** Every text is known to hold no character `findUnsafeCharacter` finds (see `PlainYaml`). */
  readonly safeText?: boolean;
}

/** `questions[2].key_points[0].keywords`, as messages show a path. */
export function showPath(path: YamlPath): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join('');
}

/** The field a path ends in: its last name (`keywords` for `[…, 'keywords', 2]`), for its limits. */
function fieldOf(path: YamlPath): string {
  const last = path[path.length - 1];
  const field = typeof last === 'number' ? path[path.length - 2] : last;
  return typeof field === 'string' ? field : '';
}

/**
 * Checks a plain value against a record schema: a mapping with only known
 * fields (an unknown one gets a suggestion), every required one, each
 * value following its field's rule, sequences and translations walked by
 * the schema's tables down to their last item. Every problem is added to
 * `ctx`; returns whether there was none. What a rule table cannot say (a
 * count that must match, an id that must not repeat) is each kind's own
 * check, done after this one.
 */
export function checkRecord(
  value: unknown,
  schema: RecordSchema,
  path: YamlPath,
  ctx: CheckContext,
): value is Record<string, unknown> {
  const before = ctx.issues.length;
  walkRecord(value, schema, [...path], ctx);
  return ctx.issues.length === before;
}

/**
 * The walk of `checkRecord`. `path` is one array, a step pushed on the way down and popped
 * on the way up; an issue takes a copy. Copying it for every field and item was a tenth of
 * a cold `list` of a 1,024-question bank (196,000 keywords).
 */
function walkRecord(value: unknown, schema: RecordSchema, path: Step[], ctx: CheckContext): void {
  if (!isMapping(value)) {
    const message = ctx.msg.expected(showPath(path), 'mapping', describePlain(value));
    ctx.issues.push({ path: [...path], message });
    return;
  }
  // Own keys only: js-yaml makes `__proto__` an own field, which must count as unknown.
  for (const name of Object.keys(value)) {
    const rule = Object.hasOwn(schema.rules, name) ? schema.rules[name] : undefined;
    path.push(name);
    if (rule === undefined) {
      const suggestion = suggestName(name, schema.known);
      const message = ctx.msg.unknownField(
        showPath(path.slice(0, -1)),
        quote(name),
        suggestion,
        schema.known,
      );
      ctx.issues.push({ path: [...path], at: 'key', message });
    } else if (rule === 'byKind') {
      // What it holds is the kind's own check (see `FieldRule`).
    } else if (rule === 'nonEmptySequence') {
      walkSequence(value[name], schema.items?.[name], path, ctx);
    } else if (typeof rule === 'object') {
      walkTranslations(value[name], rule.translations, path, ctx);
    } else {
      checkValue(value[name], rule, path, ctx);
    }
    path.pop();
  }
  for (const name of schema.required) {
    if (!Object.hasOwn(value, name)) {
      ctx.issues.push({ path: [...path], message: ctx.msg.missingField(showPath(path), name) });
    }
  }
}

type Step = string | number;

/** A sequence with at least one item and at most its limit, each item checked by `items`. */
function walkSequence(
  value: unknown,
  items: RecordSchema | ValueRule | undefined,
  path: Step[],
  ctx: CheckContext,
): void {
  if (!Array.isArray(value) || value.length === 0) {
    const message = ctx.msg.expected(showPath(path), 'nonEmptySequence', describePlain(value));
    ctx.issues.push({ path: [...path], message });
    return;
  }
  const limit = itemLimit(fieldOf(path));
  if (limit !== undefined && value.length > limit) {
    const message = ctx.msg.tooMany(showPath(path), value.length, limit);
    ctx.issues.push({ path: [...path], message });
    return;
  }
  if (items === undefined) return;
  for (let index = 0; index < value.length; index++) {
    path.push(index);
    if (typeof items === 'object') walkRecord(value[index], items, path, ctx);
    else checkValue(value[index], items, path, ctx);
    path.pop();
  }
}

/**
 * A `translations` mapping: each key a language key (which also keeps
 * `__proto__` and the like out), each language's value a record.
 */
function walkTranslations(
  value: unknown,
  schema: RecordSchema,
  path: Step[],
  ctx: CheckContext,
): void {
  if (!isMapping(value)) {
    const message = ctx.msg.expected(showPath(path), 'mapping', describePlain(value));
    ctx.issues.push({ path: [...path], message });
    return;
  }
  for (const lang of Object.keys(value)) {
    path.push(lang);
    if (!isLanguageKey(lang)) {
      const message = ctx.msg.expected(
        showPath(path.slice(0, -1)),
        'languageKey',
        describeKey(lang),
      );
      ctx.issues.push({ path: [...path], at: 'key', message });
    } else {
      walkRecord(value[lang], schema, path, ctx);
    }
    path.pop();
  }
}

/** A key as written: plain values keep no key types, so a key that reads as a number is described as one. */
function describeKey(key: string) {
  return /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(key)
    ? describePlain(Number(key))
    : describePlain(key);
}

/**
 * A single value: its type and range by `rule`; a text also within the
 * limit of its field (`textLimit`) and free of characters that must not
 * reach a terminal. An issue keeps a copy of `path`, which the caller may change.
 */
export function checkValue(
  value: unknown,
  rule: ValueRule,
  path: YamlPath,
  ctx: CheckContext,
): void {
  if (!hasType(rule, value)) {
    ctx.issues.push({
      path: [...path],
      message: ctx.msg.expected(showPath(path), rule, describePlain(value)),
    });
    return;
  }
  if (typeof value !== 'string') return;
  const field = fieldOf(path);
  const limit = textLimit(field);
  if (limit !== undefined && !fitsLimit(field, value)) {
    const message = ctx.msg.tooLong(showPath(path), countCharacters(value), limit);
    ctx.issues.push({ path: [...path], message });
    return;
  }
  const unsafe = ctx.safeText === true ? undefined : findUnsafeCharacter(value);
  if (unsafe !== undefined) {
    const message = ctx.msg.unsafeCharacter(showPath(path), escapeCharacter(unsafe));
    ctx.issues.push({ path: [...path], message });
  }
}

/**
 * Reports every repeat of a value among items (question ids in a section,
 * red flag ids in a list): at the repeat, naming the line of the first.
 */
export function checkUnique(
  items: readonly unknown[],
  field: string,
  path: YamlPath,
  ctx: CheckContext,
  message: (value: string, firstLine: number) => string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = isMapping(item) ? item[field] : undefined;
    if (typeof value !== 'string') return;
    const seen = first.get(value);
    if (seen === undefined) {
      first.set(value, index);
      return;
    }
    ctx.issues.push({
      path: [...path, index, field],
      message: (lineOf) => message(quote(value), lineOf([...path, seen, field])),
    });
  });
}
