/**
 * What a finished (or interrupted) chat comes to, as data (pure): the
 * figures the report shows and the history keeps.
 */
import type { ChatFlag } from './classify.js';
import type { ChatOutcome, ChatPlay, Conversation } from './engine.js';

export type ReportOutcome = ChatOutcome | 'interrupted';

export interface TranscriptLine {
  who: 'customer' | 'agent';
  text: string;
  /** The customer's emotion with a customer line; the reply's time with an agent's. */
  emotion?: number;
  elapsedMs?: number;
  slow?: boolean;
}

export interface ChatReport {
  id: string;
  title: string;
  wants: string;
  outcome: ReportOutcome;
  turnLimitMs: number;
  /** The first reply's time; null before any reply. */
  firstResponseMs: number | null;
  turnMs: number[];
  /** Opening, then after each reply. */
  emotions: number[];
  stepsDone: string[];
  stepsMissed: string[];
  /** Each red flag once, in the order shown. */
  redFlags: ChatFlag[];
  /** 字 a minute over the time spent replying; null with no time spent. */
  typingPerMinute: number | null;
  transcript: TranscriptLine[];
}

/** The report of a conversation; `interrupted` when it was stopped before an end. */
export function buildReport(
  play: ChatPlay,
  conversation: Conversation,
  interrupted = false,
): ChatReport {
  const { scenario } = play;
  const { turns } = conversation;
  const shown = new Set(turns.flatMap((t) => t.acts));
  const flags = new Map<string, ChatFlag>();
  for (const t of turns) for (const f of t.flags) if (!flags.has(f.id)) flags.set(f.id, f);
  const totalMs = turns.reduce((sum, t) => sum + t.elapsedMs, 0);
  const units = turns.reduce((sum, t) => sum + t.units, 0);
  const transcript: TranscriptLine[] = [
    { who: 'customer', text: conversation.opening.says, emotion: conversation.opening.emotion },
  ];
  for (const t of turns) {
    transcript.push({ who: 'agent', text: t.reply, elapsedMs: t.elapsedMs, slow: t.slow });
    transcript.push({ who: 'customer', text: t.says, emotion: t.emotion });
  }
  return {
    id: scenario.id,
    title: scenario.title,
    wants: scenario.wants,
    outcome: conversation.outcome ?? (interrupted ? 'interrupted' : 'gave-up'),
    turnLimitMs: scenario.turn_limit * 1000,
    firstResponseMs: turns[0]?.elapsedMs ?? null,
    turnMs: turns.map((t) => t.elapsedMs),
    emotions: [conversation.opening.emotion, ...turns.map((t) => t.emotion)],
    stepsDone: scenario.steps.filter((s) => shown.has(s)),
    stepsMissed: scenario.steps.filter((s) => !shown.has(s)),
    redFlags: [...flags.values()],
    typingPerMinute: totalMs > 0 ? Math.round((units / totalMs) * 60_000) : null,
    transcript,
  };
}
