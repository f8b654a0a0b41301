import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/history-store.js';
import { encodeRecord } from '../../src/store/record-line.js';
import { StoreError } from '../../src/store/store-error.js';
import { sampleAttempt } from './sample-records.js';

// A disk that fills up in the middle of a write: the first write stops after 40 bytes.
// `full` makes the next write fail as a full disk does (ENOSPC).
const shortWrites = vi.hoisted(() => ({ remaining: 1, full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Uint8Array) => {
    if (shortWrites.full) {
      shortWrites.full = false;
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    if (shortWrites.remaining-- > 0) return fs.writeSync(fd, buffer.subarray(0, 40));
    return fs.writeSync(fd, buffer);
  }) as typeof fs.writeSync;
  return { ...fs, writeSync };
});

const temp = mkdtempSync(join(tmpdir(), 'cs-store-short-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a write cut short', () => {
  it('is reported as not saved, and the next record is not glued to it', () => {
    const store = openStore(temp, { lang: 'en' });
    const a = sampleAttempt({ id: 'a' });
    const b = sampleAttempt({ id: 'b' });
    let thrown: unknown;
    try {
      store.append(a);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    const error = thrown as StoreError;
    const expected = Buffer.byteLength(`${encodeRecord(a)}\n`);
    expect(error.problem).toEqual({ kind: 'partialWrite', written: 40, expected });
    expect(error.message).toContain(`only 40 of ${expected} bytes were written`);
    expect(error.message).toContain('NOT saved');

    store.append(b);
    expect(readFileSync(store.path, 'utf8')).toBe(
      `${encodeRecord(a).slice(0, 40)}\n${encodeRecord(b)}\n`,
    );
    const { records, warnings } = store.readAll();
    expect(records).toEqual([b]);
    expect(warnings.map((w) => w.line)).toEqual([1]);
  });

  it('a full disk is refused as such, and nothing claims it was saved', () => {
    const store = openStore(join(temp, 'full'), { lang: 'zh' });
    shortWrites.full = true;
    let thrown: unknown;
    try {
      store.append(sampleAttempt({ id: 'c' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    expect((thrown as StoreError).problem).toEqual({ kind: 'full' });
    expect((thrown as StoreError).message).toContain('没有保存');
  });
});
