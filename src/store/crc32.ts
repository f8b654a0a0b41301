/**
 * CRC-32 (IEEE 802.3, the one of zlib, gzip and PNG). Node 20 has no
 * `zlib.crc32` (it came in 22.2), and the store keeps free of native modules.
 */

const TABLE = makeTable();

function makeTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/**
 * The CRC-32 of `bytes[start, end)`, as an unsigned 32-bit number. Pass the
 * result of a previous call as `previous` to continue it over more bytes.
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, previous = 0): number {
  // An indexed loop over an Int32Array: the log is checked whole on every
  // read, so this is the hottest loop of `stats` on a large history.
  let crc = ~previous;
  for (let i = start; i < end; i++)
    crc = (TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
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
