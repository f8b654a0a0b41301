/**
 * Checks a chat file over plain values (what the bank reader gives), pure:
 * every problem is an issue at a path (`questions[2].states.calm.on[0].to`)
 * with a message in the user's language; `placeIssues` finds positions.
 *
 * The structure is the bank's one checker (`check-record.ts`) walking a rule
 * table per record (`chat-tables.ts`, in the reader's own terms); the few fields its
 * rules cannot say (`type: chat`, an emotion from 0 to 5, an `end`, the
 * `states` and `acts` mappings, whose keys are names) are marked `own` in
 * the table and checked here. Then the scenario's meaning: the start state
 * and every `to` exist, every state can be reached, every non-final state
 * has a way on, a resolved end exists, every act named is known. Whether the
 * reference conversation resolves its scenario needs the bank file's
 * concepts: `checkReferences` in load-chats.ts.
 */
import type { ChatScenario } from '../bank/chat-types.js';
import { EMOTION_MAX } from '../bank/chat-types.js';
import {
  type CheckContext,
  checkUnique,
  type PathIssue,
  showPath,
  type YamlPath,
} from '../bank/check-record.js';
import { checkRedFlagIds } from '../bank/check-section.js';
import { isMapping } from '../bank/describe-plain.js';
import { messagesFor } from '../bank/messages.js';
import { quote } from '../bank/quote.js';
import type { Lang } from '../lang.js';
import { knownActs } from './chat-matcher.js';
import { type ChatMessages, chatMessagesFor } from './chat-messages.js';
import { CHAT_ENDS, CHAT_TABLES, checkChatRecord, expected } from './chat-tables.js';
import { checkScenarioTranslations } from './check-chat-translations.js';
import { toScenario } from './scenario-value.js';

export type { PathIssue };

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
  if (item.type !== undefined && item.type !== 'chat')
    ctx.issues.push({
      path: [...at, 'type'],
      message: chat.notChatType(showPath([...at, 'type'])),
    });
  checkRedFlagIds(item.red_flags, [...at, 'red_flags'], ctx);
  const checkAct = checkActs(item, at, chat, ctx);
  if (item.order !== undefined)
    checkChatRecord(item.order, CHAT_TABLES.order, [...at, 'order'], ctx);

  const states = isMapping(item.states) ? item.states : {};
  if (item.states !== undefined && !isMapping(item.states))
    expected(ctx, [...at, 'states'], 'mapping', item.states);
  const targets = checkStates(states, [...at, 'states'], checkAct, chat, ctx);
  const names = Object.keys(states);
  if (typeof item.start === 'string' && names.length > 0)
    checkReachable(item.start, states, targets, at, chat, ctx);
  if (names.length > 0 && !names.some((n) => isMapping(states[n]) && states[n].end === 'resolved'))
    ctx.issues.push({
      path: [...at, 'states'],
      message: chat.noResolvedEnd(showPath([...at, 'states'])),
    });

  checkScenarioTranslations(item.translations, [...at, 'translations'], states, lang, ctx);
  if (ctx.issues.length > before) return undefined;
  return toScenario(item, file, ctx);
}

/**
 * The scenario's own acts (each a non-empty list of terms) and its steps,
 * each a known act; returns the check of an act's name, for the transitions.
 */
function checkActs(
  item: Record<string, unknown>,
  at: YamlPath,
  chat: ChatMessages,
  ctx: CheckContext,
): (name: unknown, path: YamlPath) => void {
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
      ctx.issues.push({ path, message: chat.unknownAct(showPath(path), quote(name), known) });
  };
  if (Array.isArray(item.steps))
    item.steps.forEach((s, i) => {
      checkAct(s, [...at, 'steps', i]);
    });
  return checkAct;
}

/**
 * Each state by its table, its emotion and end, and each transition's acts
 * and target; returns the states each one leads to (the targets that exist).
 */
function checkStates(
  states: Record<string, unknown>,
  at: YamlPath,
  checkAct: (name: unknown, path: YamlPath) => void,
  chat: ChatMessages,
  ctx: CheckContext,
): Map<string, string[]> {
  const push = (path: YamlPath, message: string) => ctx.issues.push({ path, message });
  const targets = new Map<string, string[]>();
  for (const name of Object.keys(states)) {
    const path = [...at, name];
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
  return targets;
}

/** The start state exists, and every state can be reached from it. */
function checkReachable(
  start: string,
  states: Record<string, unknown>,
  targets: ReadonlyMap<string, string[]>,
  at: YamlPath,
  chat: ChatMessages,
  ctx: CheckContext,
): void {
  if (!Object.hasOwn(states, start)) {
    ctx.issues.push({
      path: [...at, 'start'],
      message: chat.noStart(showPath([...at, 'start']), quote(start)),
    });
    return;
  }
  const reached = new Set([start]);
  const queue = [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift())
    for (const next of targets.get(name) ?? [])
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
  for (const name of Object.keys(states))
    if (!reached.has(name))
      ctx.issues.push({
        path: [...at, 'states', name],
        message: chat.unreachable(showPath([...at, 'states', name]), quote(name)),
      });
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
