/**
 * A customer chat scenario (`type: chat`), as the chat engine sees it once
 * read and checked. Field names follow the YAML format, which is a
 * contract: `turn_limit`, `max_turns`, `states`, `on`, `if`, `to`,
 * `reference`, `translations`.
 */
import type { RedFlag } from './types.js';

/** How a conversation ends: the customer is helped, handed on properly, or leaves. */
export type ChatEnd = 'resolved' | 'escalated' | 'gave-up';

/** The customer's emotion, 0 (calm) to 5 (furious); past 5 the customer gives up. */
export const EMOTION_MAX = 5;

/** A move to another state when a reply did every act in `if` and none in `unless`. */
export interface ChatTransition {
  if: string[];
  unless?: string[];
  to: string;
}

/** One moment of the conversation: what the customer says there, and how they feel. */
export interface ChatState {
  /** 0–5; shown on the report's chart. */
  emotion: number;
  /** The customer's message on entering the state. */
  says: string;
  /** What the customer says when a reply moved nothing; a generic line when absent. */
  again?: string;
  /** Present on a final state. */
  end?: ChatEnd;
  /** Tried in order; the first that matches is taken. Empty on a final state. */
  on: ChatTransition[];
}

/** The order the customer writes about, shown before the first message. */
export interface ChatOrder {
  number: string;
  item: string;
  paid?: string;
  status?: string;
}

/** A scenario's texts in another language; state names, acts and numbers are not translated. */
export interface ChatTranslation {
  title?: string;
  wants?: string;
  order?: Partial<Omit<ChatOrder, 'number'>>;
  states?: Record<string, { says?: string; again?: string }>;
  reference?: string[];
}

export interface ChatScenario {
  /** Unique in the bank, like a question id. */
  id: string;
  type: 'chat';
  title: string;
  /** The interview question whose situation this plays out (informational). */
  situation?: string;
  /** Seconds a reply may take before the customer grows impatient. */
  turn_limit: number;
  /** Replies after which the customer gives up whatever the state. */
  max_turns: number;
  order: ChatOrder;
  /** What the customer wants, shown in the report. */
  wants: string;
  /** Acts a good conversation shows somewhere: the report's key steps. */
  steps: string[];
  /** This scenario's own acts: the terms (or `@concept`s) that show each. */
  acts?: Record<string, string[]>;
  /** Red flags of this scenario, on top of the bank file's. */
  red_flags?: RedFlag[];
  start: string;
  states: Record<string, ChatState>;
  /** The agent's replies, in order, of a model conversation that ends resolved. */
  reference: string[];
  translations?: Record<string, ChatTranslation>;
  /** The file it came from, for messages. */
  file: string;
}
