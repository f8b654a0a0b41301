/**
 * The scripted customer (pure and deterministic): a conversation is a state
 * of the scenario plus the customer's impatience; each reply is classified
 * (`classify.ts`) and moves it on. No clock is read here: the caller says
 * how long each reply took.
 *
 * The rules, in order:
 * - a red flag ends the conversation at once, badly;
 * - the first transition of the state whose `if` acts were all shown (and
 *   none of its `unless`) is taken;
 * - impatience grows by two for a reply that took `turn_limit` or longer
 *   (its content still counts) and by one for a reply that moved nothing, and falls by one for an apology or a word
 *   of empathy; the customer's emotion is the state's own plus impatience;
 * - past EMOTION_MAX, or after `max_turns` replies without an end, the
 *   customer gives up.
 */
import type { ChatEnd, ChatScenario, ChatState } from '../bank/chat-types.js';
import { EMOTION_MAX } from '../bank/chat-types.js';
import type { Question } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { type ChatFlag, classifyReply } from './classify.js';
import { customerLines } from './customer-lines.js';

/** How a conversation ended; `red-flag` is the bad end a rule-breaking reply brings. */
export type ChatOutcome = ChatEnd | 'red-flag';

/** A scenario ready to play in one language: its texts localized, its acts and red flags matched. */
export interface ChatPlay {
  scenario: ChatScenario;
  lang: Lang;
  /** Acts as key points and red flags in force, concepts expanded (see `chat-matcher.ts`). */
  matcher: Question;
}

/** How much a reply slower than the turn's limit adds to the customer's impatience. */
export const SLOW_IMPATIENCE = 2;

/** The acts that calm the customer a little, whatever else the reply does. */
export const CALMING_ACTS: readonly string[] = ['apologise', 'empathise'];

/** One reply and what it did. */
export interface ChatTurn {
  reply: string;
  elapsedMs: number;
  slow: boolean;
  acts: string[];
  flags: ChatFlag[];
  /** 字 in the reply. */
  units: number;
  from: string;
  to: string;
  /** The customer's emotion after it. */
  emotion: number;
  /** What the customer answered. */
  says: string;
}

export interface Conversation {
  state: string;
  emotion: number;
  impatience: number;
  /** The customer's first message and emotion. */
  opening: { says: string; emotion: number };
  turns: ChatTurn[];
  outcome?: ChatOutcome;
}

function stateOf(play: ChatPlay, name: string): ChatState {
  const state = play.scenario.states[name];
  if (state === undefined) throw new Error(`chat scenario ${play.scenario.id}: no state ${name}`);
  return state;
}

function clampEmotion(n: number): number {
  return Math.max(0, Math.min(EMOTION_MAX, n));
}

/** The conversation before the first reply: the customer's opening message. */
export function startConversation(play: ChatPlay): Conversation {
  const state = stateOf(play, play.scenario.start);
  const opening = { says: state.says, emotion: clampEmotion(state.emotion) };
  return {
    state: play.scenario.start,
    emotion: opening.emotion,
    impatience: 0,
    opening,
    turns: [],
  };
}

/** The conversation after one more reply, which took `elapsedMs`. A finished one is returned as is. */
export function replyTo(
  play: ChatPlay,
  conversation: Conversation,
  reply: string,
  elapsedMs: number,
): Conversation {
  if (conversation.outcome !== undefined) return conversation;
  const classified = classifyReply(play.matcher, reply);
  // The prompt stops at the limit and reports exactly it: reaching it is slow.
  const slow = elapsedMs >= play.scenario.turn_limit * 1000;
  const step = customerStep(play, conversation, classified.acts, classified.flags.length > 0, slow);
  const { state, emotion, impatience, outcome, says } = step;
  const turn: ChatTurn = {
    reply,
    elapsedMs,
    slow,
    acts: classified.acts,
    flags: classified.flags,
    units: classified.units,
    from: conversation.state,
    to: state,
    emotion,
    says,
  };
  return {
    state,
    emotion,
    impatience,
    ...(outcome === undefined ? {} : { outcome }),
    opening: conversation.opening,
    turns: [...conversation.turns, turn],
  };
}

/** Where one reply takes the customer: the state, emotion and words after it, and any end. */
interface CustomerStep {
  state: string;
  emotion: number;
  impatience: number;
  outcome?: ChatOutcome;
  says: string;
}

/**
 * The customer's move on a reply that showed `shown` acts (and a red flag, when `flagged`):
 * the rules of this module's comment, in their order.
 */
function customerStep(
  play: ChatPlay,
  conversation: Conversation,
  shown: readonly string[],
  flagged: boolean,
  slow: boolean,
): CustomerStep {
  const lines = customerLines(play.lang);
  const from = conversation.state;
  if (flagged)
    return {
      state: from,
      emotion: EMOTION_MAX,
      impatience: conversation.impatience,
      outcome: 'red-flag',
      says: lines.redFlag,
    };
  const acts = new Set(shown);
  const state = stateOf(play, from);
  const taken = state.on.find(
    (t) => t.if.every((a) => acts.has(a)) && !(t.unless ?? []).some((a) => acts.has(a)),
  );
  let impatience = conversation.impatience + (slow ? SLOW_IMPATIENCE : 0) + (taken ? 0 : 1);
  if (CALMING_ACTS.some((a) => acts.has(a))) impatience = Math.max(0, impatience - 1);
  const to = taken?.to ?? from;
  const target = stateOf(play, to);
  const raw = target.emotion + impatience;
  const emotion = clampEmotion(raw);
  if (target.end !== undefined && taken)
    return { state: to, emotion, impatience, outcome: target.end, says: target.says };
  if (raw > EMOTION_MAX || conversation.turns.length + 1 >= play.scenario.max_turns)
    return { state: to, emotion: EMOTION_MAX, impatience, outcome: 'gave-up', says: lines.gaveUp };
  const says = taken
    ? slow
      ? `${lines.slowPrefix}${target.says}`
      : target.says
    : slow
      ? lines.slow
      : (state.again ?? lines.again);
  return { state: to, emotion, impatience, says };
}

/** Plays a list of replies (each taking `elapsedMs`) from the start; stops when the conversation ends. */
export function playScript(
  play: ChatPlay,
  replies: readonly string[],
  elapsedMs = 0,
): Conversation {
  let conversation = startConversation(play);
  for (const reply of replies) {
    if (conversation.outcome !== undefined) break;
    conversation = replyTo(play, conversation, reply, elapsedMs);
  }
  return conversation;
}
