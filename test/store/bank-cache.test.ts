import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, readEntry, writeEntry } from '../../src/store/bank-cache.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(40, '0');

describe('the bank cache folder', () => {
  it('gives back what was kept, under its key and kind only', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'cs-cache-')), 'cache');
    writeEntry(dir, key(1), 'list', { a: ['b', 2] });
    expect(readEntry(dir, key(1), 'list')).toEqual({ a: ['b', 2] });
    expect(readEntry(dir, key(2), 'list')).toBeUndefined();
    expect(readEntry(dir, key(1), 'bank')).toBeUndefined();
    expect(readEntry(dir, key(1), '../list')).toBeUndefined();
  });

  it('keeps the most recently used entries, and removes temporary files left behind', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'cs-cache-')), 'cache');
    const old = Date.now() / 1000 - 3600;
    for (let n = 0; n < MAX_ENTRIES; n++) {
      writeEntry(dir, key(n), 'bank', n);
      // Older the smaller n, but entry 0 read since.
      utimesSync(join(dir, `${key(n)}.bank.json`), old + n, old + n);
    }
    expect(readEntry(dir, key(0), 'bank')).toBe(0);
    const left = join(dir, `${key(99)}.bank.json.123-abcd.tmp`);
    writeFileSync(left, 'half');
    utimesSync(left, old, old);
    writeEntry(dir, key(100), 'bank', 100);
    const names = readdirSync(dir);
    expect(names).toHaveLength(MAX_ENTRIES);
    expect(names).toContain(`${key(0)}.bank.json`);
    expect(names).toContain(`${key(100)}.bank.json`);
    expect(names).not.toContain(`${key(1)}.bank.json`);
    expect(existsSync(left)).toBe(false);
  });
});
