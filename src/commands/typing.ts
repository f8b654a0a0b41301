import { readFileSync } from 'node:fs';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { neutralizeInline } from '../neutralize.js';
import { openStore } from '../store/history-store.js';
import { resolveDataDir } from '../store/paths.js';
import type { HistoryRecord } from '../store/record.js';
import { StoreError } from '../store/store-error.js';
import { DEFAULT_TARGET, TARGETS, type TypingUnit, typingOutcome } from '../typing/count.js';
import { typingMessages } from '../typing/messages.js';
import { isChineseText, parseOwnText } from '../typing/own-text.js';
import { PASSAGES } from '../typing/passages.js';
import { choosePassage } from '../typing/select.js';
import { renderContext, writeLine, writeWrapped } from '../ui/output.js';
import type { TypingResult } from '../ui/prompts/index.js';
import { readFailure } from '../ui/read-failure.js';
import type { RenderContext } from '../ui/render/context.js';
import { graphemes } from '../ui/text-width.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { readHistory } from './read-history.js';
import { requireTerminal } from './terminal-session.js';
import { resultLines, speedText, typingRecord } from './typing-result.js';

export interface TypingOptions extends CommonOptions {
  /** Seconds; 60 when omitted. */
  time?: number;
  /** As given on the command line: one of TARGETS. */
  target?: string;
  /** A passage of one's own. */
  text?: string;
  /** A customer's message to reply to instead of a passage. */
  reply?: boolean;
  /** false with `--no-save`. */
  save: boolean;
  /** The clock; Date.now by default. */
  now?: () => number;
}

export const DEFAULT_SECONDS = 60;
/** An hour: longer is no typing test. */
export const MAX_SECONDS = 3600;

/** The target preset asked for, or a usage error naming the presets. */
export function parseTarget(value: string | undefined, options: CommonOptions): number {
  if (value === undefined) return DEFAULT_TARGET;
  const n = Number(value.trim());
  if ((TARGETS as readonly number[]).includes(n) && /^\d+$/.test(value.trim())) return n;
  throw new UsageError(
    typingMessages(options.lang).badTarget(
      neutralizeInline(value),
      TARGETS.join(options.lang === 'zh' ? '、' : ', '),
    ),
  );
}

export function checkSeconds(options: TypingOptions): number {
  const seconds = options.time ?? DEFAULT_SECONDS;
  if (seconds > MAX_SECONDS)
    throw new UsageError(typingMessages(options.lang).timeTooLong(MAX_SECONDS));
  return seconds;
}

/** The `--text` passage, or an error naming the file (and line and column where it can). */
function readOwnText(file: string, options: CommonOptions): string {
  const t = typingMessages(options.lang);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw fileError(
      t.fileUnreadable(neutralizeInline(file), neutralizeInline(readFailure(error, options.lang))),
    );
  }
  const parsed = parseOwnText(content);
  if ('problem' in parsed) throw fileError(t.ownText(neutralizeInline(file), parsed.problem));
  return parsed.text;
}

/** A `--text` file that cannot be used: bad input, exit 1. */
const fileError = (message: string) => new ExpectedError(message, ExitCode.badInput);

/** The history's records, or none when it cannot be read (said on stderr): a test needs none. */
export function typingHistory(options: TypingOptions, io: CommandIO): HistoryRecord[] {
  return readHistory({ lang: options.lang, home: options.home, save: false, slim: true }, io.stderr)
    .records;
}

/**
 * Saves one record of a finished test; false (and said on stderr) when the history cannot be
 * written, for the exit code 74.
 */
export function saveTypingRecord(record: HistoryRecord, options: TypingOptions, io: CommandIO) {
  const store = openStore(resolveDataDir(options.home), { lang: options.lang });
  try {
    store.append(record);
    return true;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return false;
  } finally {
    store.close();
  }
}

/** `typing`: a passage typed against the clock, or with `--reply` a customer's message answered. */
export async function runTyping(options: TypingOptions, io: CommandIO): Promise<ExitCode> {
  const t = typingMessages(options.lang);
  const target = parseTarget(options.target, options);
  const seconds = checkSeconds(options);
  if (options.text !== undefined && options.reply) throw new UsageError(t.textAndReply);
  const own = options.text === undefined ? undefined : readOwnText(options.text, options);
  if (!(io.stdin.isTTY && io.stdout.isTTY)) throw new UsageError(t.needTerminal);
  await requireTerminal(io, options, 'typing');
  if (options.reply) {
    const { runReply } = await import('./typing-reply.js');
    return runReply(options, seconds, io);
  }

  // Read (and its warnings said) with an own text too, as always.
  const records = typingHistory(options, io);
  const { passageId, text } =
    own === undefined ? passageToType(records, options.lang) : { passageId: 'own', text: own };
  const unit: TypingUnit = (own === undefined ? options.lang === 'zh' : isChineseText(own))
    ? 'cpm'
    : 'wpm';
  const show = speedText(unit, options.lang);
  const ctx = renderContext(io, options);
  const passage = graphemes(text);

  writeWrapped(io, t.intro(seconds, show(target)));
  const result = await typePassage({ passage, seconds, unit, target }, options, io, ctx);
  if (result === undefined) {
    writeWrapped(io, t.interrupted);
    return ExitCode.interrupted;
  }
  if (result.text === '') {
    writeWrapped(io, t.nothingTyped);
    return ExitCode.ok;
  }
  const outcome = typingOutcome(passage, result.text, result.elapsedMs, unit, target);
  for (const line of resultLines(outcome, target, unit, ctx)) writeLine(io.stdout, line);
  if (!options.save) return ExitCode.ok;
  const record = typingRecord(outcome, { passageId, unit, seconds, target }, options);
  if (!saveTypingRecord(record, options, io)) return ExitCode.io;
  writeLine(io.stdout, ctx.c.dim(t.saved));
  return ExitCode.ok;
}

/** The test itself, on the terminal; undefined when Ctrl+C stopped it. */
async function typePassage(
  run: { passage: readonly string[]; seconds: number; unit: TypingUnit; target: number },
  options: TypingOptions,
  io: CommandIO,
  ctx: RenderContext,
): Promise<TypingResult | undefined> {
  const t = typingMessages(options.lang);
  const show = speedText(run.unit, options.lang);
  const prompts = await import('../ui/prompts/index.js');
  try {
    return await prompts.askTyping(
      {
        title: t.title(show(run.target)),
        passage: run.passage,
        timeLimit: run.seconds,
        unit: run.unit,
        labels: {
          remaining: t.remaining,
          speed: show,
          accuracy: t.accuracy,
          waiting: t.waiting,
          help: t.help,
          noPaste: t.noPaste,
          timeUp: t.timeUp,
        },
        colors: ctx.c,
        now: options.now,
      },
      { input: io.stdin, output: io.stdout },
    );
  } catch (error) {
    if (!prompts.isExitPromptError(error)) throw error;
    return undefined;
  }
}

/** The passage of the bank typed least recently (by the history), in the user's language. */
function passageToType(
  records: readonly HistoryRecord[],
  lang: Lang,
): { passageId: string; text: string } {
  const last = new Map<string, string>();
  for (const r of records) if (r.kind === 'typing') last.set(r.passage, r.at);
  const passage = choosePassage(PASSAGES, last);
  return { passageId: passage.id, text: lang === 'en' ? passage.en : passage.zh };
}
