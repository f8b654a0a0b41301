import { ExitCode } from '../exit-codes.js';
import { neutralize, neutralizeForLog } from '../neutralize.js';
import { newRecordId, RECORD_VERSION } from '../store/record.js';
import type { TypingReplyRecord } from '../store/typing-records.js';
import { CUSTOMER_MESSAGES } from '../typing/customer-messages.js';
import { typingMessages } from '../typing/messages.js';
import { checkReply, type ReplyCheck } from '../typing/reply-check.js';
import { choosePassage } from '../typing/select.js';
import { renderContext, writeLine, writeWrapped } from '../ui/output.js';
import type { RenderContext } from '../ui/render/context.js';
import { wrapText } from '../ui/wrap.js';
import type { CommandIO } from './command-io.js';
import { openBank } from './open-bank.js';
import { saveTypingRecord, type TypingOptions, typingHistory } from './typing.js';
import { newRunId } from './typing-result.js';

/** Seconds and tenths: `3.4 s`, the precision chat support's first-response time is read at. */
function seconds(ms: number, lang: TypingOptions['lang']): string {
  const s = (Math.round(ms / 100) / 10).toFixed(1);
  return lang === 'zh' ? `${s} 秒` : `${s} s`;
}

/**
 * `typing --reply`: a customer's message appears and the candidate types a reply in the answer
 * editor. Timed from the message appearing to the first character and to the send; the reply is
 * checked for the service phrases the message calls for and the bank's red flags.
 */
export async function runReply(
  options: TypingOptions,
  limit: number,
  io: CommandIO,
): Promise<ExitCode> {
  const t = typingMessages(options.lang);
  const bank = await openBank(options);
  const last = new Map<string, string>();
  for (const r of typingHistory(options, io))
    if (r.kind === 'typing-reply') last.set(r.message, r.at);
  const message = choosePassage(CUSTOMER_MESSAGES, last);
  const ctx = renderContext(io, options);
  const now = options.now ?? Date.now;
  writeLine(io.stdout, ctx.c.dim(t.replyIntro(limit)));
  writeLine(io.stdout, ctx.c.bold(`${t.customerSays}${message.text[options.lang]}`));

  const prompts = await import('../ui/prompts/index.js');
  const shownAt = now();
  let firstCharAt: number | undefined;
  let result: Awaited<ReturnType<typeof prompts.askAnswer>>;
  try {
    result = await prompts.askAnswer(
      {
        message: t.yourReply,
        // Repeated at the top once the reply fills the screen.
        question: `${t.customerSays}${message.text[options.lang]}`,
        timeLimit: limit,
        labels: {
          remaining: t.remaining,
          timeUp: t.replyTimedOut,
          help: t.replyHelp,
          empty: t.replyEmpty,
        },
        colors: ctx.c,
        now,
        onChange: (text) => {
          if (firstCharAt === undefined && text !== '') firstCharAt = now();
        },
      },
      { input: io.stdin, output: io.stdout },
    );
  } catch (error) {
    if (!prompts.isExitPromptError(error)) throw error;
    writeWrapped(io, t.interrupted);
    return ExitCode.interrupted;
  }
  const firstMs = firstCharAt === undefined ? null : firstCharAt - shownAt;
  const check = checkReply(message, result.text, options.lang, bank.file);
  for (const line of replyLines(ctx, check, firstMs, result.elapsedMs, message.model[options.lang]))
    writeLine(io.stdout, line);
  if (!options.save || result.text === '') return ExitCode.ok;
  const record = replyRecord(message.id, result, { firstMs, limit, check, at: now() });
  if (!saveTypingRecord(record, options, io)) return ExitCode.io;
  writeLine(io.stdout, ctx.c.dim(t.saved));
  return ExitCode.ok;
}

/** The record of a reply typed to a customer's message. */
function replyRecord(
  messageId: string,
  result: { text: string; elapsedMs: number; timedOut: boolean },
  run: { firstMs: number | null; limit: number; check: ReplyCheck; at: number },
): TypingReplyRecord {
  return {
    v: RECORD_VERSION,
    kind: 'typing-reply',
    id: newRecordId(),
    at: new Date(run.at).toISOString(),
    session: newRunId(),
    message: messageId,
    reply: neutralizeForLog(result.text),
    first_char_ms: run.firstMs === null ? null : Math.round(run.firstMs),
    send_ms: Math.round(result.elapsedMs),
    time_limit: run.limit,
    timed_out: result.timedOut,
    found: run.check.found.map((p) => p.id),
    missing: run.check.missing.map((p) => p.id),
    red_flags: run.check.redFlags.map((f) => f.id),
  };
}

/** The report on a reply: the times, the phrases used and missing, red flags, a model reply. */
export function replyLines(
  ctx: RenderContext,
  check: ReplyCheck,
  firstMs: number | null,
  sendMs: number,
  model: string,
): string[] {
  const t = typingMessages(ctx.lang);
  const { c } = ctx;
  const list = (items: readonly { name: string }[]) =>
    items.length === 0
      ? t.noneFound
      : items.map((p) => p.name).join(ctx.lang === 'zh' ? '、' : ', ');
  const lines = [
    t.firstResponse(
      firstMs === null ? t.noFirstChar : seconds(firstMs, ctx.lang),
      seconds(sendMs, ctx.lang),
    ),
    `${c.green('✓')} ${t.phrasesFound}${t.colon}${list(check.found)}`,
  ];
  if (check.missing.length > 0)
    lines.push(`${c.yellow('+')} ${t.phrasesMissing}${t.colon}${list(check.missing)}`);
  if (check.redFlags.length === 0) lines.push(c.green(t.noRedFlag));
  for (const f of check.redFlags) {
    lines.push(
      ...wrapText(neutralize(t.redFlagLine(f.id, f.wrong, f.matched.join(' + '))), ctx.width).map(
        (r) => c.red(r),
      ),
    );
  }
  lines.push('', c.dim(t.modelReply));
  lines.push(...wrapText(model, ctx.width, { indent: '  ' }));
  return lines;
}
