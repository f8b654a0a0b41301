/** A checked chat scenario's plain value turned into its typed form (pure). */
import type { ChatEnd, ChatScenario, ChatState, ChatTransition } from '../bank/chat-types.js';
import type { CheckContext } from '../bank/check-record.js';
import { checkRedFlags } from '../bank/check-section.js';
import { DEFAULT_MAX_TURNS, DEFAULT_TURN_LIMIT } from './chat-tables.js';

/** The checked value as a scenario, defaults filled in. */
export function toScenario(
  item: Record<string, unknown>,
  file: string,
  ctx: CheckContext,
): ChatScenario {
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
