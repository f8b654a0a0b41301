import { bankIdOf } from '../bank/bank-id.js';
import { defaultBankPath } from '../bank/default-bank.js';
import { chatRecordsOf, chatSchedule } from '../chat/chat-due.js';
import { chatText } from '../chat/chat-text.js';
import { type Conversation, playScript, replyTo, startConversation } from '../chat/engine.js';
import { type LoadedScenario, loadChats } from '../chat/load-chats.js';
import { buildReport, type ChatReport } from '../chat/report.js';
import { playOf } from '../chat/scenario-play.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralize, neutralizeForLog, neutralizeInline } from '../neutralize.js';
import { openStore } from '../store/history-store.js';
import { resolveDataDir } from '../store/paths.js';
import { type ChatRecord, newRecordId, RECORD_VERSION } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import { formatClock } from '../ui/render/format.js';
import { renderChatReport, renderTranscript } from '../ui/render/render-chat-report.js';
import { wrapText } from '../ui/wrap.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { readHistory } from './read-history.js';
import { onTerminalLoss, requireTerminal } from './terminal-session.js';

export interface ChatOptions extends CommonOptions {
  /** false with `--no-save`. */
  save: boolean;
  now?: () => Date;
}

/** The scenario a user named: its number (1-based), id or title; else the one most due. */
export function pickScenario(
  scenarios: readonly LoadedScenario[],
  name: string | undefined,
  dueOrder: readonly string[],
): LoadedScenario | undefined {
  if (name === undefined) {
    const first = dueOrder[0];
    return scenarios.find((s) => s.scenario.id === first) ?? scenarios[0];
  }
  const n = /^\d+$/.test(name) ? Number(name) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= 1 && n <= scenarios.length) return scenarios[n - 1];
  return scenarios.find(
    (s) =>
      s.scenario.id === name ||
      s.scenario.title === name ||
      s.scenario.translations?.en?.title === name,
  );
}

/**
 * `chat [scenario]`: a scripted customer writes, the candidate replies in
 * the answer editor, turn by turn, until the customer is helped, handed on
 * properly or gives up. Then the report and the reference conversation; the
 * run is saved in the history (Ctrl+C saves what was said so far, exit 130).
 */
export async function runChat(
  name: string | undefined,
  options: ChatOptions,
  io: CommandIO,
): Promise<ExitCode> {
  await requireTerminal(io, options, 'chat');
  const t = chatText(options.lang);
  const m = messages(options.lang);
  const bankPath = options.bank ?? defaultBankPath();
  const chats = await loadChats(bankPath, options.lang);
  if (chats.scenarios.length === 0) throw new UsageError(t.noScenarios(neutralizeInline(bankPath)));
  const bankId = bankIdOf({ source: bankPath });
  const home = resolveDataDir(options.home, io.env);
  const now = options.now ?? (() => new Date());
  const { records } = readHistory({ lang: options.lang, home, save: options.save }, io.stderr);
  const ids = chats.scenarios.map((s) => s.scenario.id);
  const order = chatSchedule(chatRecordsOf(records, bankId), ids, now()).map((d) => d.id);
  const loaded = pickScenario(chats.scenarios, name, order);
  if (!loaded) {
    const choices = chats.scenarios.map((s, i) => `${i + 1}/${neutralizeInline(s.scenario.id)}`);
    throw new UsageError(t.unknownScenario(neutralizeInline(name ?? ''), choices.join(', ')));
  }
  const play = playOf(loaded, options.lang);
  const { scenario } = play;
  const ctx = renderContext(io, options);
  const { c } = ctx;
  const colon = options.lang === 'zh' ? '：' : ': ';
  const details = scenario.order;
  const orderLine = [
    `${t.order} ${details.number}`,
    details.item,
    details.paid ? `${t.paid} ${details.paid}` : '',
    details.status ? `${t.status}${colon}${details.status}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const wrap = (text: string) => wrapText(neutralize(text), Math.max(10, ctx.width - 1));
  writeLine(
    io.stdout,
    [
      ...wrap(scenario.title).map((r) => c.bold(r)),
      ...wrap(orderLine).map((r) => c.dim(r)),
      c.dim(t.turnLimit(formatClock(scenario.turn_limit * 1000))),
      '',
    ].join('\n'),
  );
  const say = (text: string, emotion: number) =>
    writeLine(io.stdout, renderTranscript(ctx, [{ who: 'customer', text, emotion }]).join('\n'));

  const prompts = await import('../ui/prompts/index.js');
  let conversation: Conversation = startConversation(play);
  const store = options.save ? openStore(home, { lang: options.lang }) : undefined;
  const save = (interrupted: boolean) =>
    store?.append(
      toChatRecord(buildReport(play, conversation, interrupted), conversation, {
        bank: bankId,
        lang: play.lang,
        at: now(),
      }),
    );
  // A closed terminal or a kill keeps the chat so far, as the interview keeps a draft.
  const removeSignalHandlers = onTerminalLoss(io.stdin, () => {
    try {
      save(true);
    } catch {
      // Exiting on a signal: there is no one left to tell.
    }
  });
  let interrupted = false;
  try {
    say(conversation.opening.says, conversation.opening.emotion);
    while (conversation.outcome === undefined) {
      let result: { text: string; elapsedMs: number };
      try {
        result = await prompts.askAnswer(
          {
            message: t.yourReply,
            question: conversation.turns.at(-1)?.says ?? conversation.opening.says,
            timeLimit: scenario.turn_limit,
            labels: {
              remaining: m.remaining,
              timeUp: m.timeUp,
              help: t.replyHelp,
              fullHelp: m.answerFullHelp,
              empty: t.replyEmpty,
              full: m.answerFull,
              hiddenRows: m.answerHiddenRows,
            },
            colors: c,
          },
          { input: io.stdin, output: io.stdout },
        );
      } catch (error) {
        if (!prompts.isExitPromptError(error)) throw error;
        interrupted = true;
        break;
      }
      conversation = replyTo(play, conversation, result.text, result.elapsedMs);
      const last = conversation.turns.at(-1);
      if (last) say(last.says, last.emotion);
    }
  } finally {
    removeSignalHandlers();
  }

  const report = buildReport(play, conversation, interrupted);
  const reference = playScript(play, scenario.reference, 0);
  writeLine(
    io.stdout,
    [
      '',
      renderChatReport(ctx, report),
      '',
      c.bold(t.reference),
      ...renderTranscript(ctx, buildReport(play, reference).transcript.map(withoutTime)),
    ].join('\n'),
  );
  try {
    save(interrupted);
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error) {
      io.stderr.write(`${error.message}\n`);
      return ExitCode.io;
    }
    throw error;
  }
  return interrupted ? ExitCode.interrupted : ExitCode.ok;
}

function withoutTime<T extends { elapsedMs?: number; slow?: boolean }>(line: T): T {
  const { elapsedMs: _e, slow: _s, ...rest } = line;
  return rest as T;
}

/** The record of one chat run (texts typed escaped for the log, as answers are). */
export function toChatRecord(
  report: ChatReport,
  conversation: Conversation,
  where: { bank: string; lang: string; at: Date },
): ChatRecord {
  return {
    v: RECORD_VERSION,
    kind: 'chat',
    id: newRecordId(),
    at: where.at.toISOString(),
    session: newRecordId().slice(0, 12),
    bank: where.bank,
    scenario: report.id,
    lang: where.lang,
    outcome: report.outcome,
    turn_limit: report.turnLimitMs / 1000,
    opening: conversation.opening.says,
    opening_emotion: conversation.opening.emotion,
    turns: conversation.turns.map((t) => ({
      reply: neutralizeForLog(t.reply),
      elapsed_ms: t.elapsedMs,
      acts: t.acts,
      red_flags: t.flags.map((f) => f.id),
      emotion: t.emotion,
      says: t.says,
    })),
    steps_done: report.stepsDone,
    steps_missed: report.stepsMissed,
    red_flags: report.redFlags.map((f) => f.id),
  };
}
