import { bankIdOf } from '../bank/bank-id.js';
import { defaultBankPath } from '../bank/default-bank.js';
import { chatRecordsOf, chatSchedule } from '../chat/chat-due.js';
import { chatText } from '../chat/chat-text.js';
import {
  type ChatPlay,
  type Conversation,
  playScript,
  replyTo,
  startConversation,
} from '../chat/engine.js';
import { type LoadedScenario, loadChats } from '../chat/load-chats.js';
import { buildReport, type ChatReport } from '../chat/report.js';
import { playOf, titleOf } from '../chat/scenario-play.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeForLog, neutralizeInline } from '../neutralize.js';
import { openStore } from '../store/history-store.js';
import { resolveDataDir } from '../store/paths.js';
import { type ChatRecord, newRecordId, RECORD_VERSION } from '../store/record.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import type { RenderContext } from '../ui/render/context.js';
import {
  renderChatHeading,
  renderChatReport,
  renderTranscript,
} from '../ui/render/render-chat-report.js';
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
  const { play, bankId, home, now } = await chosenPlay(name, options, io);
  const ctx = renderContext(io, options);
  writeLine(io.stdout, renderChatHeading(ctx, play.scenario));

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
    interrupted = await converse(play, conversation, prompts, ctx, options, io, (next) => {
      conversation = next;
    });
  } finally {
    removeSignalHandlers();
  }

  writeLine(io.stdout, chatEnd(ctx, play, conversation, interrupted));
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

/** The scenario to play (named, else the one most due) in the user's language, and where it is saved. */
async function chosenPlay(name: string | undefined, options: ChatOptions, io: CommandIO) {
  const t = chatText(options.lang);
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
    // One a line, with its title: joined by ", " the list ran past 80 columns, cut mid-word.
    const choices = chats.scenarios.map(
      (s, i) =>
        `\n  ${i + 1}/${neutralizeInline(s.scenario.id)}  ${neutralizeInline(titleOf(s, options.lang).title)}`,
    );
    throw new UsageError(t.unknownScenario(neutralizeInline(name ?? ''), choices.join('')));
  }
  return { play: playOf(loaded, options.lang), bankId, home, now };
}

/**
 * The customer's opening, then reply after reply until the conversation from `start` has
 * an outcome; each step is handed to `onTurn` at once (a kill saves it).
 * True when the candidate pressed Ctrl+C.
 */
async function converse(
  play: ChatPlay,
  start: Conversation,
  prompts: typeof import('../ui/prompts/index.js'),
  ctx: RenderContext,
  options: ChatOptions,
  io: CommandIO,
  onTurn: (conversation: Conversation) => void,
): Promise<boolean> {
  const t = chatText(options.lang);
  const m = messages(options.lang);
  const say = (text: string, emotion: number) =>
    writeLine(io.stdout, renderTranscript(ctx, [{ who: 'customer', text, emotion }]).join('\n'));
  let conversation = start;
  say(conversation.opening.says, conversation.opening.emotion);
  while (conversation.outcome === undefined) {
    let result: { text: string; elapsedMs: number };
    try {
      result = await prompts.askAnswer(
        {
          message: t.yourReply,
          question: conversation.turns.at(-1)?.says ?? conversation.opening.says,
          timeLimit: play.scenario.turn_limit,
          labels: {
            remaining: m.remaining,
            timeUp: m.timeUp,
            help: t.replyHelp,
            fullHelp: m.answerFullHelp,
            empty: t.replyEmpty,
            full: m.answerFull,
            hiddenRows: m.answerHiddenRows,
          },
          colors: ctx.c,
        },
        { input: io.stdin, output: io.stdout },
      );
    } catch (error) {
      if (!prompts.isExitPromptError(error)) throw error;
      return true;
    }
    conversation = replyTo(play, conversation, result.text, result.elapsedMs);
    onTurn(conversation);
    const last = conversation.turns.at(-1);
    if (last) say(last.says, last.emotion);
  }
  return false;
}

/** The report of the conversation, then the reference conversation played through. */
function chatEnd(
  ctx: RenderContext,
  play: ChatPlay,
  conversation: Conversation,
  interrupted: boolean,
): string {
  const report = buildReport(play, conversation, interrupted);
  const reference = playScript(play, play.scenario.reference, 0);
  return [
    '',
    renderChatReport(ctx, report),
    '',
    ctx.c.bold(chatText(ctx.lang).reference),
    ...renderTranscript(ctx, buildReport(play, reference).transcript.map(withoutTime)),
  ].join('\n');
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
