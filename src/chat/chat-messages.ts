/**
 * What the chat scenario checker reports beyond the bank's generic messages
 * (`bank/messages.ts`: expected type, missing and unknown field), in
 * Chinese and English. Names from a file arrive already quoted.
 */
import type { Lang } from '../lang.js';

export interface ChatMessages {
  notChatType(path: string): string;
  badEmotion(path: string): string;
  badEnd(path: string, ends: readonly string[]): string;
  noStart(path: string, name: string): string;
  missingState(path: string, name: string): string;
  unreachable(path: string, name: string): string;
  noWayOn(path: string, name: string): string;
  noResolvedEnd(path: string): string;
  unknownAct(path: string, name: string, known: readonly string[]): string;
  duplicateScenario(id: string, where: string): string;
  /** The reference conversation, played through the engine, does not end resolved. */
  referenceUnresolved(path: string, outcome: string, state: string, turns: number): string;
  unknownTranslatedState(path: string, name: string): string;
}

const en: ChatMessages = {
  notChatType: (path) => `${path}: expected the string "chat"`,
  badEmotion: (path) => `${path}: expected an integer from 0 (calm) to 5 (furious)`,
  badEnd: (path, ends) => `${path}: expected one of ${ends.join(', ')}`,
  noStart: (path, name) => `${path}: the start state ${name} is not among the states`,
  missingState: (path, name) => `${path}: no state ${name} to go to`,
  unreachable: (path, name) => `${path}: state ${name} cannot be reached from the start state`,
  noWayOn: (path, name) => `${path}: state ${name} has no end and no transition (on) out of it`,
  noResolvedEnd: (path) => `${path}: no state with end: resolved`,
  unknownAct: (path, name, known) => `${path}: unknown act ${name} (known: ${known.join(', ')})`,
  duplicateScenario: (id, where) => `duplicate scenario id ${id} (first in ${where})`,
  referenceUnresolved: (path, outcome, state, turns) =>
    `${path}: played through the scenario, the reference conversation ends ${outcome} in state ${state} after ${turns} replies, not resolved`,
  unknownTranslatedState: (path, name) => `${path}: ${name} is not a state of the scenario`,
};

const zh: ChatMessages = {
  notChatType: (path) => `${path}：应为字符串 "chat"`,
  badEmotion: (path) => `${path}：应为 0（平静）到 5（暴怒）之间的整数`,
  badEnd: (path, ends) => `${path}：应为 ${ends.join('、')} 之一`,
  noStart: (path, name) => `${path}：起始状态 ${name} 不在 states 中`,
  missingState: (path, name) => `${path}：要转到的状态 ${name} 不存在`,
  unreachable: (path, name) => `${path}：从起始状态无法到达状态 ${name}`,
  noWayOn: (path, name) => `${path}：状态 ${name} 既不是结束状态，也没有可转出的 on`,
  noResolvedEnd: (path) => `${path}：没有 end: resolved 的状态`,
  unknownAct: (path, name, known) => `${path}：未知的动作 ${name}（可用：${known.join('、')}）`,
  duplicateScenario: (id, where) => `重复的对话场景 id ${id}（第一次出现在 ${where}）`,
  referenceUnresolved: (path, outcome, state, turns) =>
    `${path}：按场景走一遍，参考对话在 ${turns} 轮后以 ${outcome} 停在状态 ${state}，没有解决`,
  unknownTranslatedState: (path, name) => `${path}：${name} 不是本场景的状态`,
};

export function chatMessagesFor(lang: Lang): ChatMessages {
  return lang === 'zh' ? zh : en;
}
