/** `history --json`, streamed: each attempt written as the log is read, in bounded memory. */
import { ExitCode } from '../exit-codes.js';
import { openStore } from '../store/history-store.js';
import { resolveDataDir } from '../store/paths.js';
import type { AttemptRecord, QuizAnswerRecord } from '../store/record.js';
import { escapeJsonControls, stringifyJson } from '../ui/render/json.js';
import type { CommandIO, CommonOptions } from './command-io.js';
import { reportBadLines } from './read-history.js';

/**
 * `JSON.stringify(attempt, null, 2)` indented by 4, as it stands in the list,
 * made directly into `out`: a record is flat (strings, numbers, booleans,
 * null, lists of strings), and JSON.stringify's own indenting and a second
 * pass to indent it again were most of the cost of `history --json` on a
 * large history. One template in the order of `fieldsOf('attempt')`, the
 * order every record read has (a test holds the output to stringifyJson's):
 * a loop over the field names, reading each by name, was half the time of
 * this function. Numbers, booleans and null print as `String()` prints them,
 * which for the finite numbers a record holds is what JSON writes.
 * `textJson`, when given, is the text as JSON bytes, copied as they are
 * rather than decoded and encoded again.
 */
function writeAttemptJson(
  out: JsonOutput,
  a: AttemptRecord,
  textJson: Buffer | undefined,
  selfScore: number | null,
): void {
  const head =
    `{\n      "v": ${a.v},\n      "kind": ${stringJson(a.kind)},\n      "id": ${freshJson(a.id)},` +
    `\n      "at": ${freshJson(a.at)},\n      "session": ${stringJson(a.session)},` +
    `\n      "bank": ${stringJson(a.bank)},\n      "question": ${stringJson(a.question)},` +
    `\n      "section": ${stringJson(a.section)},\n      "mode": ${stringJson(a.mode)},` +
    '\n      "text": ';
  const tail =
    `,\n      "elapsed_ms": ${a.elapsed_ms},\n      "time_limit": ${a.time_limit},` +
    `\n      "timed_out": ${a.timed_out},\n      "auto_score": ${a.auto_score},` +
    `\n      "self_score": ${selfScore},\n      "points": ${a.points},` +
    `\n      "covered": ${listJson(a.covered)},\n      "missed": ${listJson(a.missed)}\n    }`;
  if (textJson === undefined) out.text(head + stringJson(a.text) + tail);
  else {
    out.text(head);
    out.bytes(textJson);
    out.text(tail);
  }
}

/** A string that differs on every line (an id, a time) as JSON, not kept. */
function freshJson(value: string): string {
  return escapeJsonControls(JSON.stringify(value));
}

/**
 * The JSON of lists the store shares between records (frozen: see
 * `flat-json.ts`), made once each: the key points covered and missed repeat
 * from answer to answer.
 */
const LISTS = new Map<readonly string[], string>();

/** A list of strings as JSON, as it stands in an attempt. */
function listJson(list: readonly string[]): string {
  const shared = Object.isFrozen(list);
  let json = shared ? LISTS.get(list) : undefined;
  if (json !== undefined) return json;
  if (list.length === 0) json = '[]';
  else {
    json = '[\n        ';
    for (let i = 0; i < list.length; i++)
      json +=
        i === 0 ? stringJson(list[i] as string) : `,\n        ${stringJson(list[i] as string)}`;
    json += '\n      ]';
  }
  if (shared) {
    if (LISTS.size >= MAX_STRINGS) LISTS.clear();
    LISTS.set(list, json);
  }
  return json;
}

/** Short strings whose JSON was made: sessions, questions, key points repeat from answer to answer. */
const STRINGS = new Map<string, string>();

const MAX_STRINGS = 4096;

const SHORT = 64;

/** A string as JSON, C1 controls and bidi marks escaped as `stringifyJson` does. */
function stringJson(value: string): string {
  if (value.length > SHORT) return escapeJsonControls(JSON.stringify(value));
  let json = STRINGS.get(value);
  if (json === undefined) {
    json = escapeJsonControls(JSON.stringify(value));
    if (STRINGS.size >= MAX_STRINGS) STRINGS.clear();
    STRINGS.set(value, json);
  }
  return json;
}

/** Output is written in pieces of about this size. */
const FLUSH_AT = 1 << 16;

/** The bytes of a piece: room for a flushed text of FLUSH_AT UTF-16 units. */
const PIECE = 4 * FLUSH_AT;

/**
 * JSON text and bytes to standard output, a piece at a time. The text's
 * strings were escaped (C1, bidi) as `stringifyJson` does by `stringJson`,
 * one by one, which is cheaper than escaping all the output (keys and
 * numbers are plain ASCII). Bytes come from the log and were checked to
 * need no escaping; they are copied at once, being a view of the store's
 * read buffer.
 */
interface JsonOutput {
  text(json: string): void;
  bytes(json: Buffer): void;
  flush(): void;
}

function jsonOutput(stream: NodeJS.WritableStream): JsonOutput {
  let buffer = Buffer.allocUnsafe(PIECE);
  let used = 0;
  let text = '';
  const room = (bytes: number) => {
    if (used + bytes <= buffer.length) return;
    send();
    if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
  };
  // The stream may still hold the buffer it was given: the next piece goes
  // into a new one (not a copy of this one, which was a twentieth of the time).
  const send = () => {
    if (used === 0) return;
    stream.write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(PIECE);
    used = 0;
  };
  const endText = () => {
    if (text === '') return;
    const piece = text;
    text = '';
    // Room for the most it can take (3 bytes a UTF-16 unit), not its exact
    // size: measuring it first was a fifth of `history --json`.
    room(piece.length * 3);
    used += buffer.write(piece, used, 'utf8');
  };
  return {
    text(json) {
      text += json;
      if (text.length >= FLUSH_AT) endText();
    },
    bytes(json) {
      endText();
      room(json.length);
      used += json.copy(buffer, used);
    },
    flush() {
      endText();
      send();
    },
  };
}

/**
 * `history --json`, written as the log is read, so a history of any size
 * needs no more memory than one record: a first pass collects the
 * self-ratings (small), the second writes each attempt with its rating, and
 * the quiz's answers after them (a field added later). The bytes are those
 * `stringifyJson({ history, attempts, quiz_answers })` would print.
 */
export function streamJson(options: CommonOptions, io: CommandIO): ExitCode {
  const store = openStore(resolveDataDir(options.home), { lang: options.lang });
  const ratings = new Map<string, { session: string; score: number }>();
  store.scan(
    (r) => {
      if (r.kind === 'rating') ratings.set(r.attempt, { session: r.session, score: r.self_score });
    },
    { only: 'rating' },
  );
  const out = jsonOutput(io.stdout);
  out.text(`{\n  "history": ${stringJson(store.path)},\n  "attempts": [`);
  let count = 0;
  // The rules quiz's answers, small and few beside the attempts, after them.
  const quiz: QuizAnswerRecord[] = [];
  const result = store.scan(
    (r, textJson) => {
      if (r.kind === 'quiz-answer') quiz.push(r);
      if (r.kind !== 'attempt') return;
      const rating = ratings.get(r.id);
      const selfScore = rating?.session === r.session ? rating.score : r.self_score;
      out.text(`${count++ === 0 ? '' : ','}\n    `);
      writeAttemptJson(out, r, textJson, selfScore);
    },
    { textJson: true },
  );
  out.text(`${count === 0 ? ']' : '\n  ]'},\n  "quiz_answers": `);
  out.text(`${stringifyJson(quiz).replace(/\n/g, '\n  ')}\n}\n`);
  out.flush();
  reportBadLines(result, options.lang, io.stderr);
  return ExitCode.ok;
}
