import { bankIdOf } from '../bank/bank-id.js';
import { defaultBankPath } from '../bank/default-bank.js';
import { localizeBank } from '../bank/localize.js';
import { chatRecordsOf } from '../chat/chat-due.js';
import { computeChatStats } from '../chat/chat-stats.js';
import { loadChats } from '../chat/load-chats.js';
import { titleOf } from '../chat/scenario-play.js';
import { BankError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { pointNames } from '../history/point-names.js';
import { computeStats } from '../history/stats.js';
import { type TypingTrend, typingTrends } from '../history/typing-trend.js';
import { computeQuizStats } from '../quiz/quiz-stats.js';
import { withOpenQuestions } from '../quiz/select.js';
import { resolveDataDir } from '../store/paths.js';
import type { HistoryRecord, QuizAnswerRecord } from '../store/record.js';
import { renderContext, writeLine } from '../ui/output.js';
import type { RenderContext } from '../ui/render/context.js';
import { stringifyJson } from '../ui/render/json.js';
import { renderChatStats } from '../ui/render/render-chat-stats.js';
import { renderQuizStats } from '../ui/render/render-quiz-stats.js';
import { dateFormats, renderStats } from '../ui/render/render-stats.js';
import { renderTypingChart } from '../ui/render/render-typing-chart.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { openBankAsRead } from './open-bank.js';
import { readHistory } from './read-history.js';

export interface StatsOptions extends CommonOptions {
  json?: boolean;
  /** The data folder; defaults to the one `io.env` names (see `dataDir`). */
  home?: string;
  /** The clock, for what is due; defaults to now. */
  now?: Date;
  /** Desired retention of the review schedule; 0.9 when omitted. */
  retention?: number;
  /** IANA time zone of the dates shown; the system's when omitted. */
  timeZone?: string;
}

/**
 * `stats`: progress on the current bank, replayed from the history log.
 * Damaged lines of the log are reported on stderr, once each, and skipped.
 */
export async function runStats(options: StatsOptions, io: CommandIO): Promise<ExitCode> {
  const home = resolveDataDir(options.home, io.env);
  const { records, path } = readHistory({ lang: options.lang, home, slim: true }, io.stderr);
  const raw = await openBankAsRead(options);
  const bank = localizeBank(raw, options.lang);
  const now = options.now ?? new Date();
  const bankId = bankIdOf(bank);
  // Choice items are scored by quiz, not in these tables of open questions.
  const stats = computeStats(records, withOpenQuestions(bank), {
    bankId,
    now,
    retention: options.retention,
    timeZone: options.timeZone,
    pointName: pointNames(raw, options.lang),
  });
  const typing = typingTrends(records);
  const chat = await chatStatsOf(records, options, now);
  const ctx = renderContext(io, options);
  const chatBlock = renderChatStats(ctx, chat);
  const quiz = computeQuizStats(
    records.filter((r): r is QuizAnswerRecord => r.kind === 'quiz-answer' && r.bank === bankId),
    bank.sections.reduce((n, s) => n + (s.choices?.length ?? 0), 0),
  );
  const quizBlock = renderQuizStats(ctx, quiz);
  const out = options.json
    ? stringifyJson({ ...stats, typing, chat, quiz, history: path })
    : renderStats(ctx, stats, { historyPath: path, timeZone: options.timeZone }) +
      (quizBlock && `\n\n${quizBlock}`) +
      renderTyping(ctx, typing, options.timeZone) +
      (chatBlock && `\n\n${chatBlock}`);
  writeLine(io.stdout, out);
  return ExitCode.ok;
}

/** The typing tests' speed trend (`typing`), after the rest: nothing when there are none. */
function renderTyping(
  ctx: RenderContext,
  trends: readonly TypingTrend[],
  timeZone: string | undefined,
): string {
  const day = dateFormats(timeZone).day;
  const chart = { ...ctx, width: Math.min(ctx.width, 80) };
  const rows = ctx.width >= 60 ? 8 : 5;
  return trends.map((t) => `\n\n${renderTypingChart(chart, t, { rows, day }).join('\n')}`).join('');
}

/** The chat runs of this bank; the scenarios' titles when its chat files read, else their ids. */
async function chatStatsOf(records: HistoryRecord[], options: StatsOptions, now: Date) {
  const bankPath = options.bank ?? defaultBankPath();
  const chats = chatRecordsOf(records, bankIdOf({ source: bankPath }));
  // The scenarios are read for their titles, or to list them in --json.
  const needed = chats.length > 0 || options.json === true;
  const loaded = needed ? loadChats(bankPath, options.lang, { titlesOnly: true }) : undefined;
  const scenarios = await (loaded ?? Promise.resolve({ scenarios: [] })).then(
    (c) => c.scenarios.map((s) => titleOf(s, options.lang)),
    // A broken chat file is validate's to report; stats still counts the runs.
    (error: unknown) => {
      if (error instanceof BankError) return [];
      throw error;
    },
  );
  return computeChatStats(chats, scenarios, now);
}
