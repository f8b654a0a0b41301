/**
 * Checks a chat file over plain values (what the bank reader gives), pure:
 * every problem is an issue at a path (`questions[2].states.calm.on[0].to`)
 * with a message in the user's language; `placeIssues` finds positions.
 *
 * The structure is the bank's one checker (`check-record.ts`) walking a rule
 * table per record (below, in the reader's own terms); the few fields its
 * rules cannot say (`type: chat`, an emotion from 0 to 5, an `end`, the
 * `states` and `acts` mappings, whose keys are names) are marked `own` in
 * the table and checked here. Then the scenario's meaning: the start state
 * and every `to` exist, every state can be reached, every non-final state
 * has a way on, a resolved end exists, every act named is known. Whether the
 * reference conversation resolves its scenario needs the bank file's
 * concepts: `checkReferences` in load-chats.ts.
 */
import type { ChatEnd, ChatScenario, ChatState, ChatTransition } from '../bank/chat-types.js';
import { EMOTION_MAX } from '../bank/chat-types.js';
import {
  type CheckContext,
  checkRecord,
  checkUnique,
  type PathIssue,
  showPath,
  type YamlPath,
} from '../bank/check-record.js';
import { checkRedFlagIds, checkRedFlags } from '../bank/check-section.js';
import { describePlain, isMapping } from '../bank/describe-plain.js';
import { messagesFor } from '../bank/messages.js';
import { quote } from '../bank/quote.js';
import {
  type FieldRule,
  isLanguageKey,
  RED_FLAG_SCHEMA,
  type RecordSchema,
  type ValueRule,
} from '../bank/section-schema.js';
import type { Lang } from '../lang.js';
import { knownActs } from './chat-matcher.js';
import { chatMessagesFor } from './chat-messages.js';

export type { PathIssue };

export const CHAT_ENDS: readonly ChatEnd[] = ['resolved', 'escalated', 'gave-up'];
export const DEFAULT_TURN_LIMIT = 60;
export const DEFAULT_MAX_TURNS = 8;

/** A field of a chat record: one of the reader's rules, or `own` (checked in this file). */
type ChatRule = FieldRule | 'own';
type Need = 'required' | 'optional';

/** A record's table: the reader's schema for its ordinary fields, and its own fields by need. */
export interface ChatTable {
  schema: RecordSchema;
  own: Readonly<Record<string, Need>>;
}

function table(
  fields: Record<string, readonly [ChatRule, Need]>,
  items: Record<string, RecordSchema | ValueRule> = {},
): ChatTable {
  const entries = Object.entries(fields);
  const ordinary = entries.filter(([, [rule]]) => rule !== 'own');
  return {
    schema: {
      known: entries.map(([name]) => name),
      required: ordinary.filter(([, [, need]]) => need === 'required').map(([name]) => name),
      rules: Object.fromEntries(ordinary.map(([name, [rule]]) => [name, rule as FieldRule])),
      items,
    },
    own: Object.fromEntries(
      entries.filter(([, [rule]]) => rule === 'own').map(([name, [, need]]) => [name, need]),
    ),
  };
}

const FILE_TRANSLATION: RecordSchema = table({ title: ['nonEmptyString', 'required'] }).schema;
const TRANSITION: RecordSchema = table(
  {
    if: ['nonEmptySequence', 'required'],
    unless: ['nonEmptySequence', 'optional'],
    to: ['nonEmptyString', 'required'],
  },
  { if: 'nonEmptyString', unless: 'nonEmptyString' },
).schema;
const TRANSLATED_STATE: RecordSchema = table({
  says: ['nonEmptyString', 'optional'],
  again: ['nonEmptyString', 'optional'],
}).schema;
const TRANSLATED_ORDER: RecordSchema = table({
  item: ['nonEmptyString', 'optional'],
  paid: ['nonEmptyString', 'optional'],
  status: ['nonEmptyString', 'optional'],
}).schema;

/** The rule table of each record of a chat file. */
export const CHAT_TABLES = {
  file: table({
    id: ['nonEmptyString', 'required'],
    title: ['nonEmptyString', 'required'],
    order: ['positiveNumber', 'optional'],
    translations: [{ translations: FILE_TRANSLATION }, 'optional'],
    // Each item is a scenario, checked by its own table below.
    questions: ['nonEmptySequence', 'required'],
  }),
  scenario: table(
    {
      id: ['nonEmptyString', 'required'],
      type: ['own', 'required'],
      title: ['nonEmptyString', 'required'],
      situation: ['nonEmptyString', 'optional'],
      turn_limit: ['positiveNumber', 'optional'],
      max_turns: ['positiveInteger', 'optional'],
      order: ['own', 'required'],
      wants: ['nonEmptyString', 'required'],
      steps: ['nonEmptySequence', 'required'],
      acts: ['own', 'optional'],
      red_flags: ['nonEmptySequence', 'optional'],
      start: ['nonEmptyString', 'required'],
      states: ['own', 'required'],
      reference: ['nonEmptySequence', 'required'],
      translations: ['own', 'optional'],
    },
    { steps: 'nonEmptyString', red_flags: RED_FLAG_SCHEMA, reference: 'nonEmptyString' },
  ),
  order: table({
    number: ['nonEmptyString', 'required'],
    item: ['nonEmptyString', 'required'],
    paid: ['nonEmptyString', 'optional'],
    status: ['nonEmptyString', 'optional'],
  }),
  state: table(
    {
      emotion: ['own', 'required'],
      says: ['nonEmptyString', 'required'],
      again: ['nonEmptyString', 'optional'],
      end: ['own', 'optional'],
      on: ['nonEmptySequence', 'optional'],
    },
    { on: TRANSITION },
  ),
  transition: { schema: TRANSITION, own: {} },
  translation: table(
    {
      title: ['nonEmptyString', 'optional'],
      wants: ['nonEmptyString', 'optional'],
      order: ['own', 'optional'],
      states: ['own', 'optional'],
      reference: ['nonEmptySequence', 'optional'],
    },
    { reference: 'nonEmptyString' },
  ),
} as const satisfies Record<string, ChatTable>;

export type ChatRecordKind = keyof typeof CHAT_TABLES;

/** The fields a record of a chat file must have. */
export function requiredFields(kind: ChatRecordKind): string[] {
  const { schema, own } = CHAT_TABLES[kind];
  return [
    ...schema.required,
    ...Object.entries(own).flatMap(([name, need]) => (need === 'required' ? [name] : [])),
  ];
}

/**
 * One record by its table: the ordinary fields by the reader's checker (on
 * the record without its own fields, so those are not unknown), then the own
 * fields that are required; what they hold is the caller's to check.
 */
function checkChatRecord(
  value: unknown,
  { schema, own }: ChatTable,
  path: YamlPath,
  ctx: CheckContext,
): value is Record<string, unknown> {
  if (!isMapping(value)) return checkRecord(value, schema, path, ctx);
  const ordinary = Object.fromEntries(
    Object.entries(value).filter(([k]) => !Object.hasOwn(own, k)),
  );
  const sound = checkRecord(ordinary, schema, path, ctx);
  let present = true;
  for (const [name, need] of Object.entries(own)) {
    if (need === 'required' && !Object.hasOwn(value, name)) {
      ctx.issues.push({ path, message: ctx.msg.missingField(showPath(path), name) });
      present = false;
    }
  }
  return sound && present;
}

function expected(
  ctx: CheckContext,
  path: YamlPath,
  what: 'mapping' | 'nonEmptySequence',
  value: unknown,
) {
  ctx.issues.push({ path, message: ctx.msg.expected(showPath(path), what, describePlain(value)) });
}

/**
 * Checks a whole chat file's value. `scenarios` holds the scenarios sound in
 * themselves (so their references can still be played and checked); a caller
 * plays nothing while `issues` is not empty.
 */
export function checkChatFile(
  value: unknown,
  file: string,
  lang: Lang,
): { scenarios: ChatScenario[]; title?: string; issues: PathIssue[] } {
  const ctx: CheckContext = { msg: messagesFor(lang), issues: [] };
  if (!checkChatRecord(value, CHAT_TABLES.file, [], ctx) && !isMapping(value))
    return { scenarios: [], issues: ctx.issues };
  if (!isMapping(value)) return { scenarios: [], issues: ctx.issues };
  const items = Array.isArray(value.questions) ? (value.questions as unknown[]) : [];
  const scenarios = items.flatMap((item, i) => {
    const scenario = checkScenario(item, ['questions', i], file, lang, ctx);
    return scenario ? [scenario] : [];
  });
  checkUnique(items, 'id', ['questions'], ctx, (id, firstLine) =>
    chatMessagesFor(lang).duplicateScenario(id, `line ${firstLine}`),
  );
  const title = typeof value.title === 'string' ? value.title : undefined;
  return { scenarios, ...(title === undefined ? {} : { title }), issues: ctx.issues };
}

function checkScenario(
  item: unknown,
  at: YamlPath,
  file: string,
  lang: Lang,
  ctx: CheckContext,
): ChatScenario | undefined {
  const chat = chatMessagesFor(lang);
  const before = ctx.issues.length;
  checkChatRecord(item, CHAT_TABLES.scenario, at, ctx);
  if (!isMapping(item)) return undefined;
  const push = (path: YamlPath, message: string) => ctx.issues.push({ path, message });
  if (item.type !== undefined && item.type !== 'chat')
    push([...at, 'type'], chat.notChatType(showPath([...at, 'type'])));
  checkRedFlagIds(item.red_flags, [...at, 'red_flags'], ctx);

  const acts = item.acts;
  if (acts !== undefined && !isMapping(acts)) expected(ctx, [...at, 'acts'], 'mapping', acts);
  if (isMapping(acts))
    for (const [name, terms] of Object.entries(acts)) {
      const path = [...at, 'acts', name];
      if (!Array.isArray(terms) || terms.length === 0 || !terms.every(isText))
        expected(ctx, path, 'nonEmptySequence', terms);
    }
  const known = knownActs(isMapping(acts) ? (acts as Record<string, string[]>) : undefined);
  const checkAct = (name: unknown, path: YamlPath): void => {
    if (typeof name === 'string' && !known.includes(name))
      push(path, chat.unknownAct(showPath(path), quote(name), known));
  };
  if (Array.isArray(item.steps))
    item.steps.forEach((s, i) => {
      checkAct(s, [...at, 'steps', i]);
    });
  if (item.order !== undefined)
    checkChatRecord(item.order, CHAT_TABLES.order, [...at, 'order'], ctx);

  const states = isMapping(item.states) ? item.states : {};
  if (item.states !== undefined && !isMapping(item.states))
    expected(ctx, [...at, 'states'], 'mapping', item.states);
  const names = Object.keys(states);
  const targets = new Map<string, string[]>();
  for (const name of names) {
    const path = [...at, 'states', name];
    const state = states[name];
    checkChatRecord(state, CHAT_TABLES.state, path, ctx);
    if (!isMapping(state)) continue;
    const emotion = state.emotion;
    if (
      emotion !== undefined &&
      (!Number.isInteger(emotion) || (emotion as number) < 0 || (emotion as number) > EMOTION_MAX)
    )
      push([...path, 'emotion'], chat.badEmotion(showPath([...path, 'emotion'])));
    if (state.end !== undefined && !(CHAT_ENDS as readonly unknown[]).includes(state.end))
      push([...path, 'end'], chat.badEnd(showPath([...path, 'end']), CHAT_ENDS));
    const on = Array.isArray(state.on) ? state.on : [];
    const to: string[] = [];
    on.forEach((t, j) => {
      if (!isMapping(t)) return;
      const tp = [...path, 'on', j];
      for (const key of ['if', 'unless'] as const) {
        const list = t[key];
        if (Array.isArray(list))
          list.forEach((a, k) => {
            checkAct(a, [...tp, key, k]);
          });
      }
      if (typeof t.to !== 'string') return;
      if (!Object.hasOwn(states, t.to))
        push([...tp, 'to'], chat.missingState(showPath([...tp, 'to']), quote(t.to)));
      else to.push(t.to);
    });
    if (state.end === undefined && on.length === 0)
      push(path, chat.noWayOn(showPath(path), quote(name)));
    targets.set(name, to);
  }
  const start = item.start;
  if (typeof start === 'string' && names.length > 0) {
    if (!Object.hasOwn(states, start))
      push([...at, 'start'], chat.noStart(showPath([...at, 'start']), quote(start)));
    else {
      const reached = new Set([start]);
      const queue = [start];
      for (let name = queue.shift(); name !== undefined; name = queue.shift())
        for (const next of targets.get(name) ?? [])
          if (!reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
      for (const name of names)
        if (!reached.has(name))
          push(
            [...at, 'states', name],
            chat.unreachable(showPath([...at, 'states', name]), quote(name)),
          );
    }
  }
  if (names.length > 0 && !names.some((n) => isMapping(states[n]) && states[n].end === 'resolved'))
    push([...at, 'states'], chat.noResolvedEnd(showPath([...at, 'states'])));

  checkScenarioTranslations(item.translations, [...at, 'translations'], states, lang, ctx);
  if (ctx.issues.length > before) return undefined;
  return toScenario(item, file, ctx);
}

function checkScenarioTranslations(
  value: unknown,
  at: YamlPath,
  states: Record<string, unknown>,
  lang: Lang,
  ctx: CheckContext,
): void {
  if (value === undefined) return;
  if (!isMapping(value)) {
    expected(ctx, at, 'mapping', value);
    return;
  }
  const chat = chatMessagesFor(lang);
  for (const [key, t] of Object.entries(value)) {
    const tp = [...at, key];
    if (!isLanguageKey(key)) {
      ctx.issues.push({
        path: tp,
        at: 'key',
        message: ctx.msg.expected(showPath(at), 'languageKey', describePlain(key)),
      });
      continue;
    }
    checkChatRecord(t, CHAT_TABLES.translation, tp, ctx);
    if (!isMapping(t)) continue;
    if (t.order !== undefined) checkRecord(t.order, TRANSLATED_ORDER, [...tp, 'order'], ctx);
    if (t.states === undefined) continue;
    if (!isMapping(t.states)) {
      expected(ctx, [...tp, 'states'], 'mapping', t.states);
      continue;
    }
    for (const [name, s] of Object.entries(t.states)) {
      const sp = [...tp, 'states', name];
      if (!Object.hasOwn(states, name))
        ctx.issues.push({
          path: sp,
          at: 'key',
          message: chat.unknownTranslatedState(showPath(sp), quote(name)),
        });
      else checkRecord(s, TRANSLATED_STATE, sp, ctx);
    }
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The checked value as a scenario, defaults filled in. */
function toScenario(item: Record<string, unknown>, file: string, ctx: CheckContext): ChatScenario {
  const states: Record<string, ChatState> = Object.create(null);
  for (const [name, raw] of Object.entries(
    item.states as Record<string, Record<string, unknown>>,
  )) {
    states[name] = {
      emotion: raw.emotion as number,
      says: raw.says as string,
      ...(raw.again === undefined ? {} : { again: raw.again as string }),
      ...(raw.end === undefined ? {} : { end: raw.end as ChatEnd }),
      on: ((raw.on as Record<string, unknown>[] | undefined) ?? []).map(
        (t): ChatTransition => ({
          if: t.if as string[],
          ...(t.unless === undefined ? {} : { unless: t.unless as string[] }),
          to: t.to as string,
        }),
      ),
    };
  }
  const redFlags =
    item.red_flags === undefined ? undefined : checkRedFlags(item.red_flags, ctx.msg).flags;
  const translations = item.translations as ChatScenario['translations'] | undefined;
  return {
    id: item.id as string,
    type: 'chat',
    title: item.title as string,
    ...(item.situation === undefined ? {} : { situation: item.situation as string }),
    turn_limit: (item.turn_limit as number | undefined) ?? DEFAULT_TURN_LIMIT,
    max_turns: (item.max_turns as number | undefined) ?? DEFAULT_MAX_TURNS,
    order: item.order as ChatScenario['order'],
    wants: item.wants as string,
    steps: item.steps as string[],
    ...(item.acts === undefined ? {} : { acts: item.acts as Record<string, string[]> }),
    ...(redFlags ? { red_flags: redFlags } : {}),
    start: item.start as string,
    states,
    reference: item.reference as string[],
    ...(translations === undefined ? {} : { translations }),
    file,
  };
}
