/**
 * The strings and lists of strings that repeat from line to line of the log,
 * made once and shared (see `flat-json.ts`): found by a hash of their bytes,
 * in tables that stay small whatever the log.
 */

import type { RecordKind } from './record.js';
import { fieldsOf } from './validate-record.js';

/** How the value of each field is shared: not at all, with the line before, or by the table. */
export type Sharing = 'none' | 'last' | 'table';

/**
 * Strings that repeat from line to line, found by a hash of their bytes:
 * the field names and fixed values first (as literals, so property keys are
 * V8's internalised strings), then the values met, up to `MAX_SHARED`.
 */
export interface Shared {
  bytes: Uint8Array;
  text: string;
  /** For a first character: whether it stands for its text (see `firstCharacter`). */
  plain?: boolean;
}
const SHARED = new Map<number, Shared[]>();
/** Strings and lists shared so far: the tables stay small, whatever the log. */
let sharedCount = 0;
const MAX_SHARED = 4096;
const MAX_BUCKET = 4;
/** Longer strings are not shared: a key point is short, an answer is not. */
const MAX_SHARED_BYTES = 96;

/**
 * A hash of `bytes[from, to)`: of every byte of a short string, and of the
 * first 8 and last 16 of a longer one (ids differ at the end, key points
 * anywhere). Strings it cannot tell apart share a bucket, whose entries are
 * compared byte by byte.
 */
export function hashOf(bytes: Uint8Array, from: number, to: number): number {
  let h = Math.imul(to - from, 0x9e3779b1);
  if (to - from <= 24) {
    for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    return h;
  }
  for (let i = from; i < from + 8; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  for (let i = to - 16; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h;
}

function addShared(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const h = hashOf(bytes, 0, bytes.length);
  const bucket = SHARED.get(h);
  if (!bucket?.some((s) => s.text === text)) remember(SHARED, h, bucket, { bytes, text });
}

const KINDS: RecordKind[] = ['attempt', 'session-start', 'session-end', 'draft', 'rating'];
for (const kind of KINDS) {
  addShared(kind);
  for (const field of fieldsOf(kind)) addShared(field);
}
for (const value of ['typed', 'oral', 'practice', 'drill', 'review', 'finished', 'interrupted'])
  addShared(value);

export function sameBytes(a: Uint8Array, bytes: Uint8Array, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== bytes[from + i]) return false;
  return true;
}

/** The string `bytes[from, to)` (no escapes, no controls; `ascii`: all below 0x80), shared. */
export function sharedString(bytes: Uint8Array, from: number, to: number, ascii: boolean): Shared {
  if (to - from > MAX_SHARED_BYTES)
    return { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  const h = hashOf(bytes, from, to);
  const bucket = SHARED.get(h);
  if (bucket !== undefined)
    for (const s of bucket) if (sameBytes(s.bytes, bytes, from, to)) return s;
  const entry = { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  remember(SHARED, h, bucket, entry);
  return entry;
}

/**
 * A copy of `bytes[from, to)` as a plain Uint8Array: sliced from a plain
 * view, as a Buffer's `slice` goes through its species constructor, which
 * cost more than the copy.
 */
export function copyOf(bytes: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from).slice();
}

export function remember<T>(
  table: Map<number, T[]>,
  h: number,
  bucket: T[] | undefined,
  entry: T,
): void {
  // Bounded, so a lookup compares a few entries at most.
  if (sharedCount >= MAX_SHARED || (bucket !== undefined && bucket.length >= MAX_BUCKET)) return;
  sharedCount++;
  if (bucket === undefined) table.set(h, [entry]);
  else bucket.push(entry);
}

/**
 * Lists of strings that repeat (the key points covered and missed, a
 * session's plan), shared whole, by the bytes of their JSON. Frozen: a
 * record that changed its list would change it in every other.
 */
export interface SharedList {
  bytes: Uint8Array;
  list: readonly string[];
}
export const SHARED_LISTS = new Map<number, SharedList[]>();
export const MAX_SHARED_LIST_BYTES = 1024;

export function plainString(bytes: Uint8Array, from: number, to: number, ascii: boolean): string {
  return (bytes as Buffer).toString(ascii ? 'latin1' : 'utf8', from, to);
}

let last: Shared = { bytes: new Uint8Array(0), text: '' };

/** `bytes[from, to)` as a string, the last one made when they are the same. */
export function lastString(bytes: Uint8Array, from: number, to: number, ascii: boolean): Shared {
  if (!sameBytes(last.bytes, bytes, from, to))
    last = { bytes: copyOf(bytes, from, to), text: plainString(bytes, from, to, ascii) };
  return last;
}
