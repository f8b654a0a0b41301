import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex, crc32Js, nativeCrc32 } from '../../src/store/crc32.js';

describe('crc32', () => {
  it.each([
    ['', '00000000'],
    ['a', 'e8b7be43'],
    ['123456789', 'cbf43926'],
    ['The quick brown fox jumps over the lazy dog', '414fa339'],
    ['您好', 'fbaf1ef2'],
  ])('%j → %s', (text, expected) => {
    expect(crc32Hex(text)).toBe(expected);
  });

  it('hashes the UTF-8 bytes of a string', () => {
    expect(crc32(Buffer.from([0xe6, 0x82, 0xa8]))).toBe(crc32(Buffer.from('您', 'utf8')));
    expect(crc32Hex('您')).not.toBe(crc32Hex('悠'));
  });
});

describe('crc32 over ranges', () => {
  // The 8-bytes-a-step loop and the byte-a-step tail must agree at every length and offset.
  const bytes = Buffer.from(
    '您好，请问有什么可以帮您？The quick brown fox 0123456789'.repeat(3),
    'utf8',
  );
  const bytewise = (b: Uint8Array): number => {
    let crc = 0xffffffff;
    for (const byte of b) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
  };

  it.each([
    ['the one used', crc32],
    ['the JavaScript one', crc32Js],
  ])('%s agrees with the bitwise definition for every start and end', (_name, crc) => {
    for (let start = 0; start < 12; start++) {
      for (let end = start; end <= bytes.length; end += 5) {
        expect(crc(bytes, start, end)).toBe(bytewise(bytes.subarray(start, end)));
      }
    }
  });

  it.each([
    ['the one used', crc32],
    ['the JavaScript one', crc32Js],
  ])('%s continues a CRC over more bytes', (_name, crc) => {
    const whole = crc(bytes);
    for (const cut of [0, 1, 7, 8, 9, 33, bytes.length]) {
      expect(crc(bytes, cut, bytes.length, crc(bytes, 0, cut))).toBe(whole);
    }
  });

  // engines is >= 20.17: every Node allowed has zlib.crc32 (20.15+, 22.2+).
  it('uses Node’s own CRC-32 where Node has one', () => {
    expect(nativeCrc32).toBe(typeof (zlib as { crc32?: unknown }).crc32 === 'function');
  });
});
