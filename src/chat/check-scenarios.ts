/**
 * Checks a chat file over plain values (what any YAML reader gives), pure:
 * every problem is an issue at a path (`questions[2].states.calm.on[0].to`)
 * with a message in the user's language; positions are the caller's to find
 * (`pathLocator`). The structure is one rule table per record (below); then
 * the scenario's meaning: the start state and every `to` exist, every state
 * can be reached, every non-final state has a way on, a resolved end exists,
 * every act named is known. Whether the reference conversation resolves its
 * scenario needs the bank file's concepts: `checkReferences`.
 */

import { describePlain } from '../bank/bank-file.js';
import type { ChatEnd, ChatScenario, ChatState, ChatTransition } from '../bank/chat-types.js';
import { EMOTION_MAX } from '../bank/chat-types.js';
import { readRedFlags } from '../bank/fast-parse-section.js';
import type { YamlPath } from '../bank/locate-path.js';
import { type Expected, messagesFor } from '../bank/messages.js';
import { escapeCharacter, findUnsafeCharacter, quote } from '../bank/quote.js';
import { isLanguageKey } from '../bank/section-schema.js';
import { suggestName } from '../bank/suggest.js';
import type { Lang } from '../lang.js';
import { knownActs } from './chat-matcher.js';
import { chatMessagesFor } from './chat-messages.js';

export interface PathIssue {
  path: YamlPath;
  message: string;
}

export const CHAT_ENDS: readonly ChatEnd[] = ['resolved', 'escalated', 'gave-up'];
export const DEFAULT_TURN_LIMIT = 60;
export const DEFAULT_MAX_TURNS = 8;
/** Longest text of a chat file (a customer line, a reply, a title), in characters. */
export const CHAT_TEXT_LIMIT = 2000;

type Rule =
  | 'text'
  | 'optionalText'
  | 'positiveNumber'
  | 'positiveInteger'
  | 'emotion'
  | 'chatType'
  | 'end'
  | 'texts'
  | 'optionalTexts'
  | 'mapping'
  | 'optionalMapping'
  | 'sequence'
  | 'optionalSequence'
  | 'redFlags';

/** The rule table of each record of a chat file: field → rule. */
export const CHAT_RULES = {
  file: {
    id: 'text',
    title: 'text',
    order: 'positiveNumber',
    translations: 'optionalMapping',
    questions: 'sequence',
  },
  scenario: {
    id: 'text',
    type: 'chatType',
    title: 'text',
    situation: 'optionalText',
    turn_limit: 'positiveNumber',
    max_turns: 'positiveInteger',
    order: 'mapping',
    wants: 'text',
    steps: 'texts',
    acts: 'optionalMapping',
    red_flags: 'redFlags',
    start: 'text',
    states: 'mapping',
    reference: 'texts',
    translations: 'optionalMapping',
  },
  order: { number: 'text', item: 'text', paid: 'optionalText', status: 'optionalText' },
  state: {
    emotion: 'emotion',
    says: 'text',
    again: 'optionalText',
    end: 'end',
    on: 'optionalSequence',
  },
  transition: { if: 'texts', unless: 'optionalTexts', to: 'text' },
  translation: {
    title: 'optionalText',
    wants: 'optionalText',
    order: 'optionalMapping',
    states: 'optionalMapping',
    reference: 'optionalTexts',
  },
  translatedOrder: { item: 'optionalText', paid: 'optionalText', status: 'optionalText' },
  translatedState: { says: 'optionalText', again: 'optionalText' },
  fileTranslation: { title: 'optionalText' },
} as const satisfies Record<string, Record<string, Rule>>;

/** Fields a record may leave out (the rest are required). */
const OPTIONAL = new Set([
  'order@file',
  'translations',
  'situation',
  'turn_limit',
  'max_turns',
  'acts',
  'red_flags',
  'again',
  'end',
  'on',
  'unless',
  'paid',
  'status',
]);

/** The fields a record of a chat file must have: those not optional by name or by rule. */
export function requiredFields(kind: keyof typeof CHAT_RULES): string[] {
  return Object.entries(CHAT_RULES[kind] as Record<string, Rule>)
    .filter(([field, rule]) => !isOptional(field, rule, kind))
    .map(([field]) => field);
}

function isOptional(field: string, rule: Rule, kind: string): boolean {
  return (
    OPTIONAL.has(field) ||
    OPTIONAL.has(`${field}@${kind}`) ||
    rule.startsWith('optional') ||
    rule === 'redFlags'
  );
}

type Plain = Record<string, unknown>;
const isMapping = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const show = (path: YamlPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Checks one record against its rule table; returns whether its required fields are sound. */
function checkRecord(
  value: unknown,
  rules: Record<string, Rule>,
  at: YamlPath,
  lang: Lang,
  issues: PathIssue[],
  kind: string,
): value is Plain {
  const msg = messagesFor(lang);
  const chat = chatMessagesFor(lang);
  if (!isMapping(value)) {
    issues.push({ path: at, message: msg.expected(show(at), 'mapping', describePlain(value)) });
    return false;
  }
  const known = Object.keys(rules);
  const before = issues.length;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      issues.push({
        path: [...at, key],
        message: msg.unknownField(show(at), quote(key), suggestName(key, known), known),
      });
    }
  }
  for (const [field, rule] of Object.entries(rules)) {
    const path = [...at, field];
    const v = value[field];
    if (v === undefined) {
      if (!isOptional(field, rule, kind))
        issues.push({ path: at, message: msg.missingField(show(at), field) });
      continue;
    }
    const expected = (e: Expected) =>
      issues.push({ path, message: msg.expected(show(path), e, describePlain(v)) });
    switch (rule) {
      case 'text':
      case 'optionalText':
        if (!isText(v)) expected('nonEmptyString');
        else checkText(v, path, lang, issues);
        break;
      case 'positiveNumber':
        if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) expected('positiveNumber');
        break;
      case 'positiveInteger':
        if (!Number.isSafeInteger(v) || (v as number) <= 0) expected('positiveInteger');
        break;
      case 'emotion':
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > EMOTION_MAX)
          issues.push({ path, message: chat.badEmotion(show(path)) });
        break;
      case 'chatType':
        if (v !== 'chat') issues.push({ path, message: chat.notChatType(show(path)) });
        break;
      case 'end':
        if (!(CHAT_ENDS as readonly unknown[]).includes(v))
          issues.push({ path, message: chat.badEnd(show(path), CHAT_ENDS) });
        break;
      case 'texts':
      case 'optionalTexts':
        if (!Array.isArray(v) || v.length === 0) expected('nonEmptySequence');
        else
          v.forEach((item, i) => {
            if (!isText(item))
              issues.push({
                path: [...path, i],
                message: msg.expected(show([...path, i]), 'nonEmptyString', describePlain(item)),
              });
            else checkText(item, [...path, i], lang, issues);
          });
        break;
      case 'mapping':
      case 'optionalMapping':
        if (!isMapping(v)) expected('mapping');
        break;
      case 'sequence':
      case 'optionalSequence':
        if (!Array.isArray(v)) expected('nonEmptySequence');
        break;
      case 'redFlags':
        if (!readRedFlags(v)) expected('nonEmptySequence');
        break;
    }
  }
  return issues.length === before;
}

function checkText(text: string, path: YamlPath, lang: Lang, issues: PathIssue[]): void {
  const msg = messagesFor(lang);
  const bad = findUnsafeCharacter(text);
  if (bad !== undefined)
    issues.push({ path, message: msg.unsafeCharacter(show(path), escapeCharacter(bad)) });
  const length = [...text].length;
  if (length > CHAT_TEXT_LIMIT)
    issues.push({ path, message: msg.tooLong(show(path), length, CHAT_TEXT_LIMIT) });
}

/**
 * Checks a whole chat file's value. `scenarios` holds the scenarios that are
 * sound in themselves (so their references can still be played and checked);
 * a caller plays nothing while `issues` is not empty.
 */
export function checkChatFile(
  value: unknown,
  file: string,
  lang: Lang,
): { scenarios: ChatScenario[]; title?: string; issues: PathIssue[] } {
  const issues: PathIssue[] = [];
  if (!checkRecord(value, CHAT_RULES.file, [], lang, issues, 'file'))
    return { scenarios: [], issues };
  checkTranslations(
    value.translations,
    ['translations'],
    CHAT_RULES.fileTranslation,
    lang,
    issues,
    'fileTranslation',
  );
  const scenarios: ChatScenario[] = [];
  const seen = new Map<string, string>();
  (value.questions as unknown[]).forEach((item, i) => {
    const scenario = checkScenario(item, ['questions', i], file, lang, issues);
    if (!scenario) return;
    const first = seen.get(scenario.id);
    if (first !== undefined)
      issues.push({
        path: ['questions', i, 'id'],
        message: chatMessagesFor(lang).duplicateScenario(quote(scenario.id), first),
      });
    else seen.set(scenario.id, `questions[${i}]`);
    scenarios.push(scenario);
  });
  return { scenarios, title: value.title as string, issues };
}

function checkTranslations(
  value: unknown,
  at: YamlPath,
  rules: Record<string, Rule>,
  lang: Lang,
  issues: PathIssue[],
  kind: string,
): void {
  if (!isMapping(value)) return;
  for (const [key, t] of Object.entries(value)) {
    if (!isLanguageKey(key)) {
      issues.push({
        path: [...at, key],
        message: messagesFor(lang).expected(show([...at, key]), 'languageKey', {
          kind: 'string',
          quoted: quote(key),
        }),
      });
      continue;
    }
    checkRecord(t, rules, [...at, key], lang, issues, kind);
  }
}

function checkScenario(
  item: unknown,
  at: YamlPath,
  file: string,
  lang: Lang,
  issues: PathIssue[],
): ChatScenario | undefined {
  const chat = chatMessagesFor(lang);
  const before = issues.length;
  if (!checkRecord(item, CHAT_RULES.scenario, at, lang, issues, 'scenario')) {
    // Go on into the parts that are there, so one run reports as much as it can.
    if (!isMapping(item)) return undefined;
  }
  const acts = isMapping(item.acts) ? item.acts : undefined;
  if (acts)
    for (const [name, terms] of Object.entries(acts)) {
      const path = [...at, 'acts', name];
      if (!Array.isArray(terms) || terms.length === 0 || !terms.every(isText))
        issues.push({
          path,
          message: messagesFor(lang).expected(show(path), 'nonEmptySequence', describePlain(terms)),
        });
    }
  const known = knownActs(acts as Record<string, string[]> | undefined);
  const checkAct = (name: unknown, path: YamlPath): void => {
    if (typeof name === 'string' && !known.includes(name))
      issues.push({ path, message: chat.unknownAct(show(path), quote(name), known) });
  };
  if (Array.isArray(item.steps))
    item.steps.forEach((s, i) => {
      checkAct(s, [...at, 'steps', i]);
    });
  checkRecord(item.order, CHAT_RULES.order, [...at, 'order'], lang, issues, 'order');

  const states = isMapping(item.states) ? item.states : {};
  const names = Object.keys(states);
  const targets = new Map<string, string[]>();
  for (const name of names) {
    const path = [...at, 'states', name];
    const state = states[name];
    if (!checkRecord(state, CHAT_RULES.state, path, lang, issues, 'state') && !isMapping(state))
      continue;
    const on = Array.isArray(state.on) ? state.on : [];
    const to: string[] = [];
    on.forEach((t, j) => {
      const tp = [...path, 'on', j];
      if (!checkRecord(t, CHAT_RULES.transition, tp, lang, issues, 'transition') && !isMapping(t))
        return;
      for (const key of ['if', 'unless'] as const) {
        const list = t[key];
        if (Array.isArray(list))
          list.forEach((a, k) => {
            checkAct(a, [...tp, key, k]);
          });
      }
      if (typeof t.to === 'string') {
        if (!Object.hasOwn(states, t.to))
          issues.push({
            path: [...tp, 'to'],
            message: chat.missingState(show([...tp, 'to']), quote(t.to)),
          });
        else to.push(t.to);
      }
    });
    if (state.end === undefined && on.length === 0)
      issues.push({ path, message: chat.noWayOn(show(path), quote(name)) });
    targets.set(name, to);
  }
  const start = item.start;
  if (typeof start === 'string' && names.length > 0) {
    if (!Object.hasOwn(states, start))
      issues.push({
        path: [...at, 'start'],
        message: chat.noStart(show([...at, 'start']), quote(start)),
      });
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
          issues.push({
            path: [...at, 'states', name],
            message: chat.unreachable(show([...at, 'states', name]), quote(name)),
          });
    }
  }
  if (names.length > 0 && !names.some((n) => isMapping(states[n]) && states[n].end === 'resolved'))
    issues.push({ path: [...at, 'states'], message: chat.noResolvedEnd(show([...at, 'states'])) });

  checkTranslations(
    item.translations,
    [...at, 'translations'],
    CHAT_RULES.translation,
    lang,
    issues,
    'translation',
  );
  if (isMapping(item.translations))
    for (const [key, t] of Object.entries(item.translations)) {
      if (!isMapping(t)) continue;
      const tp = [...at, 'translations', key];
      checkRecord(
        t.order,
        CHAT_RULES.translatedOrder,
        [...tp, 'order'],
        lang,
        issues,
        'translatedOrder',
      );
      if (isMapping(t.states))
        for (const [name, s] of Object.entries(t.states)) {
          const sp = [...tp, 'states', name];
          if (!Object.hasOwn(states, name))
            issues.push({ path: sp, message: chat.unknownTranslatedState(show(sp), quote(name)) });
          else checkRecord(s, CHAT_RULES.translatedState, sp, lang, issues, 'translatedState');
        }
    }
  if (issues.length > before) return undefined;
  return toScenario(item, file);
}

/** The checked value as a scenario, defaults filled in. */
function toScenario(item: Plain, file: string): ChatScenario {
  const states: Record<string, ChatState> = Object.create(null);
  for (const [name, raw] of Object.entries(item.states as Record<string, Plain>)) {
    states[name] = {
      emotion: raw.emotion as number,
      says: raw.says as string,
      ...(raw.again === undefined ? {} : { again: raw.again as string }),
      ...(raw.end === undefined ? {} : { end: raw.end as ChatEnd }),
      on: ((raw.on as Plain[] | undefined) ?? []).map(
        (t): ChatTransition => ({
          if: t.if as string[],
          ...(t.unless === undefined ? {} : { unless: t.unless as string[] }),
          to: t.to as string,
        }),
      ),
    };
  }
  const redFlags = readRedFlags(item.red_flags);
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
