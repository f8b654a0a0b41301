/**
 * The one checker of a section: plain values in (from `plain-yaml.ts`, or
 * a compiled bank), a `Section` out, or every issue by its path. Positions
 * are no concern here: `locate-path.ts` finds them, only for the issues.
 *
 * The rules are tables (`section-schema.ts`), walked by `checkRecord`; what
 * a table cannot say is each kind's own check. To add a kind of item under
 * `questions` (say `type: single`, with options and the correct ones):
 * 1. write its record table in section-schema.ts (its fields, `type`
 *    among them, and the tables of its sequences' items);
 * 2. add it to `QUESTION_KINDS` below under its `type`, with its `check`
 *    (what the table cannot say: a correct option that is no option…) and
 *    its `build` (the typed item, from values already checked);
 * 3. give it a type in types.ts and a branch in questions/section.schema.json
 *    (test/bank/schema-agreement.test.ts says what is missing).
 * A new field of an existing kind (`core: true`, `follow_ups`) is one line
 * in its table, plus its `build`.
 */

import type { Lang } from '../lang.js';
import {
  buildOpenQuestion,
  buildRedFlag,
  buildTranslations,
  type Defaults,
  type Fields,
  optional,
} from './build-items.js';
import { checkChoiceItem } from './check-choice.js';
import {
  type CheckContext,
  checkRecord,
  checkUnique,
  type PathIssue,
  showPath,
  type YamlPath,
} from './check-record.js';
import type { ChoiceItem } from './choice-types.js';
import { isMapping } from './describe-plain.js';
import { type Messages, messagesFor } from './messages.js';
import { quote } from './quote.js';
import { readChoiceItem } from './read-choice.js';
import {
  CHOICE_SCHEMA,
  FOLLOW_UP_SECONDS,
  keyPointCountMatches,
  QUESTION_SCHEMA,
  RED_FLAG_SCHEMA,
  type RecordSchema,
  SECTION_SCHEMA,
} from './section-schema.js';
import type { Question, RedFlag, Section, SectionTranslation } from './types.js';

/** A kind of item under `questions`: its table, its own checks, and how it is built. */
export interface ItemKind {
  schema: RecordSchema;
  /** What the table cannot say; called for every mapping, passed its table or not, so it must check the types it relies on. */
  check(item: Fields, path: YamlPath, ctx: CheckContext): void;
  /** An open question, or a choice item (it has a `type`), which `Section.choices` keeps apart. */
  build(item: Fields, defaults: Defaults): Question | ChoiceItem;
}

/** The choice items' kind: the same table for the three types; `checkChoiceItem` says the rest. */
const CHOICE_KIND: ItemKind = {
  schema: CHOICE_SCHEMA,
  check(item, path, ctx) {
    ctx.issues.push(...checkChoiceItem(item, path, langOf(ctx.msg)));
  },
  build: readChoiceItem,
};

/** The language of a set of messages (the choice check words its own). */
function langOf(msg: Messages): Lang {
  return msg === messagesFor('zh') ? 'zh' : 'en';
}

/** The kinds of item under `questions`, by their `type`; an item without one is `open`. */
export const QUESTION_KINDS: Readonly<Record<string, ItemKind>> = {
  open: {
    schema: QUESTION_SCHEMA,
    check(item, path, ctx) {
      checkRedFlagIds(item.red_flags, [...path, 'red_flags'], ctx);
      checkFollowUps(item, path, ctx);
      if (!Array.isArray(item.key_points) || !isMapping(item.translations)) return;
      const count = item.key_points.length;
      for (const [lang, t] of Object.entries(item.translations)) {
        const found = isMapping(t) && Array.isArray(t.key_points) ? t.key_points.length : 0;
        // Not a sequence, or an empty one: reported as such already.
        if (found === 0 || keyPointCountMatches(count, found)) continue;
        const at = [...path, 'translations', lang, 'key_points'];
        ctx.issues.push({ path: at, message: ctx.msg.keyPointCount(showPath(at), count, found) });
      }
    },
    build: buildOpenQuestion,
  },
  single: CHOICE_KIND,
  multiple: CHOICE_KIND,
  true_false: CHOICE_KIND,
};

/**
 * What the follow-ups' table cannot say: `after` must name one of the
 * question's key points, the limit is 30–60 s, translated key points are
 * as many as the follow-up's own. Its id is unique among the bank's ids:
 * `validate-bank.ts` checks that across files.
 */
function checkFollowUps(item: Fields, path: YamlPath, ctx: CheckContext): void {
  if (!Array.isArray(item.follow_ups)) return;
  const list = item.follow_ups as unknown[];
  const points = Array.isArray(item.key_points)
    ? (item.key_points as unknown[]).flatMap((k) =>
        isMapping(k) && typeof k.point === 'string' ? [k.point] : [],
      )
    : [];
  list.forEach((f, index) => {
    if (!isMapping(f)) return;
    const at = [...path, 'follow_ups', index];
    if (typeof f.after === 'string' && points.length > 0 && !points.includes(f.after)) {
      const where = [...at, 'after'];
      ctx.issues.push({
        path: where,
        message: ctx.msg.unknownAfter(showPath(where), quote(f.after), points.map(quote)),
      });
    }
    const { min, max } = FOLLOW_UP_SECONDS;
    if (typeof f.time_limit === 'number' && (f.time_limit < min || f.time_limit > max)) {
      const where = [...at, 'time_limit'];
      ctx.issues.push({
        path: where,
        message: ctx.msg.followUpTimeLimit(showPath(where), f.time_limit, min, max),
      });
    }
    checkRedFlagIds(f.red_flags, [...at, 'red_flags'], ctx);
    if (!Array.isArray(f.key_points) || !isMapping(f.translations)) return;
    for (const [lang, t] of Object.entries(f.translations)) {
      const found = isMapping(t) && Array.isArray(t.key_points) ? t.key_points.length : 0;
      if (found === 0 || keyPointCountMatches(f.key_points.length, found)) continue;
      const where = [...at, 'translations', lang, 'key_points'];
      ctx.issues.push({
        path: where,
        message: ctx.msg.keyPointCount(showPath(where), f.key_points.length, found),
      });
    }
  });
}

/** The kind of a `questions` item: its `type`, or `open`; an unknown type is the open kind's unknown field. */
export function kindOf(item: unknown): ItemKind {
  const type = isMapping(item) ? item.type : undefined;
  const kind =
    typeof type === 'string' && Object.hasOwn(QUESTION_KINDS, type)
      ? QUESTION_KINDS[type]
      : undefined;
  return kind ?? (QUESTION_KINDS.open as ItemKind);
}

/**
 * Checks the plain value of a section file. Pure: `file` only goes into
 * the section. Returns the section when there is no issue. `safeText`: its
 * texts are known to hold no unsafe character (`PlainYaml.safeText`).
 */
export function checkSection(
  value: unknown,
  file: string,
  msg: Messages,
  { safeText = false }: { safeText?: boolean } = {},
): { section?: Section; issues: PathIssue[] } {
  const ctx: CheckContext = { msg, issues: [], safeText };
  const top = checkRecord(value, SECTION_SCHEMA, [], ctx);
  if (!isMapping(value)) return { issues: ctx.issues };
  checkRedFlagIds(value.red_flags, ['red_flags'], ctx);
  const items = Array.isArray(value.questions) ? (value.questions as unknown[]) : [];
  items.forEach((item, index) => {
    const kind = kindOf(item);
    const path = ['questions', index];
    checkRecord(item, kind.schema, path, ctx);
    if (isMapping(item)) kind.check(item, path, ctx);
  });
  checkUnique(items, 'id', ['questions'], ctx, msg.duplicateQuestionId);
  if (!top || ctx.issues.length > 0) return { issues: ctx.issues };
  return { section: buildSection(value, file), issues: [] };
}

/** Repeated ids in a checked `red_flags` list, if there is one. */
export function checkRedFlagIds(list: unknown, path: YamlPath, ctx: CheckContext): void {
  if (Array.isArray(list)) checkUnique(list, 'id', path, ctx, ctx.msg.duplicateRedFlagId);
}

/**
 * Checks the bank file's `red_flags` list: the
 * table and the ids. Returns the flags when there is no issue.
 */
export function checkRedFlags(
  value: unknown,
  msg: Messages,
): { flags?: RedFlag[]; issues: PathIssue[] } {
  const ctx: CheckContext = { msg, issues: [] };
  const holder: RecordSchema = {
    known: ['red_flags'],
    required: [],
    rules: { red_flags: 'nonEmptySequence' },
    items: { red_flags: RED_FLAG_SCHEMA },
  };
  // Checked as the field of a mapping that has only it, so that its path is `red_flags`.
  const ok = checkRecord({ red_flags: value }, holder, [], ctx);
  checkRedFlagIds(value, ['red_flags'], ctx);
  if (!ok || ctx.issues.length > 0) return { issues: ctx.issues };
  return { flags: (value as Fields[]).map(buildRedFlag), issues: [] };
}

function buildSection(v: Fields, file: string): Section {
  const defaults = { points: v.points as number, time_limit: v.time_limit as number };
  const built = (v.questions as Fields[]).map((item) => kindOf(item).build(item, defaults));
  const questions: Question[] = [];
  const choices: ChoiceItem[] = [];
  const indexes: { questions: number[]; choices: number[] } = { questions: [], choices: [] };
  built.forEach((item, index) => {
    if ('type' in item) {
      choices.push(item);
      indexes.choices.push(index);
    } else {
      questions.push(item);
      indexes.questions.push(index);
    }
  });
  return {
    id: v.id as string,
    order: v.order as number,
    title: v.title as string,
    ...optional('description', v.description as string | undefined),
    points: defaults.points,
    time_limit: defaults.time_limit,
    questions,
    ...(choices.length === 0 ? {} : { choices, itemIndexes: indexes }),
    ...optional('red_flags', (v.red_flags as Fields[] | undefined)?.map(buildRedFlag)),
    ...optional(
      'translations',
      buildTranslations(
        v.translations,
        (t): SectionTranslation => ({
          title: t.title as string,
          ...optional('description', t.description as string | undefined),
        }),
      ),
    ),
    file,
  };
}
