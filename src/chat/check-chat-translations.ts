/**
 * A scenario's `translations`: each key a language, each translated record by
 * its table, and only states the scenario has (pure, issues by path).
 */
import { type CheckContext, checkRecord, showPath, type YamlPath } from '../bank/check-record.js';
import { describePlain, isMapping } from '../bank/describe-plain.js';
import { quote } from '../bank/quote.js';
import { isLanguageKey } from '../bank/section-schema.js';
import type { Lang } from '../lang.js';
import { chatMessagesFor } from './chat-messages.js';
import {
  CHAT_TABLES,
  checkChatRecord,
  expected,
  TRANSLATED_ORDER,
  TRANSLATED_STATE,
} from './chat-tables.js';

/** Checks the translations of a scenario whose own states are `states`. */
export function checkScenarioTranslations(
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
