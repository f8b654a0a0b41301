import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex } from '../../src/store/crc32.js';

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
