/**
 * A record of the history log as one line, and a line read back (pure).
 *
 * A line is the record's JSON, `v` first, with a CRC-32 of that JSON added as
 * the last field:
 *
 *   {"v":1,"kind":"attempt",…,"at":"2025-…Z","crc":"1a2b3c4d"}
 *
 * The CRC is computed over the UTF-8 bytes of the line as it would be without
 * the `,"crc":"…"` part, so a reader checks the bytes it read, not a
 * re-serialisation. A truncated line loses its closing CRC and a damaged one
 * fails it; either is reported, never half-read. Editing a line by hand also
 * fails the CRC: the history is for reading with grep, not for editing.
 *
 * This framing (`{"v":` first, `"crc"` last) is fixed for every version; `v`
 * versions what lies between. A reader skips, without a warning, a record of
 * a newer version or of a kind it does not know, so an older cs-interview
 * can read the history a newer one wrote.
 */

import { crc32, crc32Hex, crc32Js } from './crc32.js';
import { type FlatObject, firstCharacter, parseFlatObject, stringAt } from './flat-json.js';
import { type HistoryRecord, RECORD_START, RECORD_VERSION } from './record.js';
import type { FieldType } from './record-specs.js';
import { attemptText, attemptTextJson, slimAttemptJson } from './slim-text.js';
import { KIND_SLOT, TEXT_SLOT, validateRecord, validateSlots } from './validate-record.js';

/**
 * One record as one line, without the newline (the store frames it). `v` is
 * put first whatever the object's key order.
 */
export function encodeRecord(record: HistoryRecord): string {
  const { v, ...rest } = record;
  const body = JSON.stringify({ v, ...rest });
  return `${body.slice(0, -1)},"crc":"${crc32Hex(body)}"}`;
}

/** Why a line is not a record; `messages.ts` words it. */
export type DecodeError =
  | { code: 'incomplete' }
  | { code: 'checksum' }
  | { code: 'json' }
  | { code: 'field'; field: string; expected: FieldType };

/** What a line holds. */
export type DecodeResult =
  | { record: HistoryRecord }
  /** Intact but from a newer version or of an unknown kind: skip it quietly. */
  | { skipped: { v: number; kind: string } }
  /** An attempt read with `textJson`: its text is that JSON string (see `attemptTextJson`), not `record.text`. */
  | { record: HistoryRecord; textJson: Buffer }
  | { error: DecodeError };

/** Reads one line (without its newline): a record, a record to skip, or why it is neither. */
export function decodeLine(line: string): DecodeResult {
  const bytes = Buffer.from(line, 'utf8');
  return decodeLineBytes(bytes, 0, bytes.length);
}

const START_BYTES = Buffer.from(RECORD_START, 'utf8');
/** `,"crc":"` + 8 hex digits + `"}`. */
const TAIL_LENGTH = 18;
const TAIL_HEAD = Buffer.from(',"crc":"', 'utf8');
const CLOSE = Buffer.from('}', 'utf8');

/** Whether `bytes` holds `expected` at `at` (compared here: a few bytes, every line). */
function bytesAt(bytes: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** The number written as 8 lowercase hex digits at `at`, or -1 when they are not. */
function hexAt(bytes: Buffer, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const b = bytes[i] as number;
    const digit = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1;
    if (digit === -1) return -1;
    n = n * 16 + digit;
  }
  return n;
}

/**
 * Reads the line `bytes[start, end)` (without its newline) as `decodeLine`
 * does, straight from the bytes read: the CRC is checked over them and only
 * an intact line is turned into a string and parsed. `slim`: an attempt's
 * text is cut to its first character (see `slim-text.ts`); `textJson`: it
 * is also given as the JSON string it is in the line.
 */
export function decodeLineBytes(
  bytes: Buffer,
  start: number,
  end: number,
  read: LineRead = 'whole',
): DecodeResult {
  const tailAt = end - TAIL_LENGTH;
  if (
    tailAt < start + START_BYTES.length ||
    !bytesAt(bytes, start, START_BYTES) ||
    !bytesAt(bytes, tailAt, TAIL_HEAD) ||
    bytes[end - 2] !== 0x22 ||
    bytes[end - 1] !== 0x7d
  ) {
    return { error: { code: 'incomplete' } };
  }
  const stored = hexAt(bytes, tailAt + TAIL_HEAD.length);
  if (stored === -1) return { error: { code: 'incomplete' } };
  // The closing brace in JavaScript: a call into Node for one byte costs more.
  if (crc32Js(CLOSE, 0, 1, crc32(bytes, start, tailAt)) !== stored) {
    return { error: { code: 'checksum' } };
  }
  const flat = parseFlatObject(bytes, start, tailAt, read);
  const quick = flat === undefined ? undefined : withText(flat, bytes, read);
  if (flat !== undefined && quick !== undefined) {
    const result = validateSlots(flat.slots, RECORD_VERSION);
    return quick.textJson !== undefined && 'record' in result
      ? { ...result, textJson: quick.textJson }
      : result;
  }
  // Not of the flat shape (or bad): JSON.parse reads it, and words what is wrong.
  // Found once for both uses: the searches are a good part of reading a line.
  const text = read === 'whole' ? undefined : attemptText(bytes, start, tailAt);
  const textJson = read === 'textJson' ? attemptTextJson(bytes, text) : undefined;
  const slim = read === 'slim' || textJson !== undefined;
  let value: unknown;
  try {
    const json =
      (slim && slimAttemptJson(bytes, start, tailAt, text)) ||
      `${bytes.toString('utf8', start, tailAt)}}`;
    value = JSON.parse(json);
  } catch {
    return { error: { code: 'json' } };
  }
  const result = validateRecord(value, RECORD_VERSION);
  return textJson !== undefined && 'record' in result ? { ...result, textJson } : result;
}

/**
 * The fields of a quick parse with its `text` read as `read` asks (see
 * `decodeLineBytes`): an attempt's cut to its first character (slim, or
 * textJson when its JSON can be copied), any other whole. Undefined when
 * the text is not valid JSON: JSON.parse then reads the line and refuses it.
 */
function withText(
  flat: FlatObject,
  bytes: Buffer,
  read: LineRead,
): { textJson: Buffer | undefined } | undefined {
  const { slots, text } = flat;
  if (text === undefined) return { textJson: undefined };
  const attempt = slots[KIND_SLOT] === 'attempt';
  const textJson = attempt && read === 'textJson' ? attemptTextJson(bytes, text) : undefined;
  const first =
    attempt && (read === 'slim' || textJson !== undefined)
      ? text.from === text.close
        ? ''
        : firstCharacter(bytes, text.from, text.close)
      : undefined;
  const content = first ?? stringAt(bytes, text);
  if (content === undefined) return undefined;
  slots[TEXT_SLOT] = content;
  return { textJson };
}

/** How an attempt's text is read: whole, cut to its first character, or also as its JSON. */
export type LineRead = 'whole' | 'slim' | 'textJson';
