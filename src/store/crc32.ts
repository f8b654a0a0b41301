/**
 * CRC-32 (IEEE 802.3, the one of zlib, gzip and PNG). Every read checks the
 * whole log, so this is the hottest loop of `stats` on a large history.
 * Node's own `zlib.crc32` (20.15 and 22.2 on, so every Node that `engines`
 * allows) is used when it is there, checked by a feature test rather than a
 * version; the JavaScript one below stands in otherwise, and a test holds
 * the two equal on every Node version the suite runs on.
 */

import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value?: number) => number;
const native = (zlib as { crc32?: Crc32 }).crc32;

/** Whether Node's own CRC-32 is used. */
export const nativeCrc32 = typeof native === 'function';

const TABLES = makeTables();

function makeTables(): Int32Array {
  // Table k (at k * 256) is the CRC of a byte followed by k zero bytes.
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (tables[c & 0xff] as number) ^ (c >>> 8);
      tables[k * 256 + n] = c;
    }
  }
  return tables;
}

/**
 * The CRC-32 of `bytes[start, end)`, as an unsigned 32-bit number. Pass the
 * result of a previous call as `previous` to continue it over more bytes.
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, previous = 0): number {
  if (native !== undefined) {
    // A plain view, not `subarray`: a Buffer's makes a Buffer through its
    // species constructor, which costs more than the CRC of a short line.
    const range =
      start === 0 && end === bytes.length
        ? bytes
        : start >= 0 && start <= end && end <= bytes.length
          ? new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start)
          : bytes.subarray(start, end);
    return native(range, previous) >>> 0;
  }
  return crc32Js(bytes, start, end, previous);
}

/**
 * `crc32` in JavaScript, 8 bytes a step ("slicing-by-8", as in zlib),
 * several times faster than a byte a step.
 */
export function crc32Js(bytes: Uint8Array, start = 0, end = bytes.length, previous = 0): number {
  const t = TABLES;
  let crc = ~previous;
  let i = start;
  for (const stop = end - 7; i < stop; i += 8) {
    const lo =
      crc ^
      ((bytes[i] as number) |
        ((bytes[i + 1] as number) << 8) |
        ((bytes[i + 2] as number) << 16) |
        ((bytes[i + 3] as number) << 24));
    crc =
      (t[1792 + (lo & 0xff)] as number) ^
      (t[1536 + ((lo >>> 8) & 0xff)] as number) ^
      (t[1280 + ((lo >>> 16) & 0xff)] as number) ^
      (t[1024 + (lo >>> 24)] as number) ^
      (t[768 + (bytes[i + 4] as number)] as number) ^
      (t[512 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < end; i++) crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The CRC-32 of a string's UTF-8 bytes, as 8 lowercase hex digits. */
export function crc32Hex(text: string): string {
  return toHex(crc32(Buffer.from(text, 'utf8')));
}

/** A CRC as 8 lowercase hex digits. */
export function toHex(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}
