import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/history-store.js';
import { encodeRecord } from '../../src/store/record-line.js';
import { StoreError } from '../../src/store/store-error.js';
import { draft, sampleAttempt, sessionEnd, sessionStart } from './sample-records.js';

const temp = mkdtempSync(join(tmpdir(), 'cs-store-test-'));
afterAll(() => {
  chmodSync(temp, 0o700);
  rmSync(temp, { recursive: true, force: true });
});
let count = 0;
const freshDir = (): string => join(temp, `store-${++count}`);
const isRoot = process.getuid?.() === 0;
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

const a = sampleAttempt({ id: 'a' });
const b = sampleAttempt({ id: 'b', question: 'greeting-2', self_score: 4 });
const c = sampleAttempt({ id: 'c', text: '接在断行之后' });

/** The StoreError that `action` throws. */
function storeError(action: () => unknown): StoreError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StoreError);
  return thrown as StoreError;
}

/** A write failure must say the answer was NOT saved, and nothing that sounds like success. */
function expectRefusal(error: StoreError, path: string): void {
  expect(error.operation).toBe('write');
  expect(error.message).toContain(path);
  expect(error.message).toContain('NOT saved');
  expect(error.message.replace('NOT saved', '')).not.toMatch(/saved/i);
  expect(error.message).toContain('--no-save');
}

describe('openStore', () => {
  it('reads an absent log as an empty history and creates nothing', () => {
    const dir = freshDir();
    expect(openStore(dir, { lang: 'en' }).readAll()).toEqual({
      records: [],
      warnings: [],
      bad: 0,
      skipped: 0,
    });
    expect(existsSync(dir)).toBe(false);
  });

  it('creates the folders on the first append and reads back every kind in order', () => {
    const dir = join(freshDir(), 'nested', 'cs-interview');
    const store = openStore(dir, { lang: 'en' });
    expect(store.path).toBe(join(dir, 'history.jsonl'));
    for (const record of [sessionStart, a, draft, b, sessionEnd]) store.append(record);
    store.close();
    expect(openStore(dir, { lang: 'en' }).readAll()).toEqual({
      records: [sessionStart, a, draft, b, sessionEnd],
      warnings: [],
      bad: 0,
      skipped: 0,
    });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('writes plain JSON Lines: one record a line, each ending in a newline', () => {
    const store = openStore(freshDir(), { lang: 'en' });
    store.append(a);
    store.append(b);
    expect(readFileSync(store.path, 'utf8')).toBe(`${encodeRecord(a)}\n${encodeRecord(b)}\n`);
  });

  it('skips a garbage line and a truncated last line with one warning each, keeping them in place', () => {
    const dir = freshDir();
    mkdirSync(dir);
    const store = openStore(dir, { lang: 'en' });
    const torn = encodeRecord(b).slice(0, 60);
    const original = `${encodeRecord(a)}\n垃圾 garbage\n${encodeRecord(b)}\n${torn}`;
    writeFileSync(store.path, original);

    const expectedWarnings = [
      { file: store.path, line: 2, message: expect.stringContaining('not a complete record') },
      { file: store.path, line: 4, message: expect.stringContaining('not a complete record') },
    ];
    expect(store.readAll()).toEqual({
      records: [a, b],
      warnings: expectedWarnings,
      bad: 2,
      skipped: 0,
    });
    expect(readFileSync(store.path, 'utf8')).toBe(original);

    store.append(c);
    const after = readFileSync(store.path, 'utf8');
    expect(after).toBe(`${original}\n${encodeRecord(c)}\n`);
    expect(store.readAll()).toEqual({
      records: [a, b, c],
      warnings: expectedWarnings,
      bad: 2,
      skipped: 0,
    });
  });

  it('words warnings in Chinese', () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'history.jsonl'), encodeRecord(a).replace('您好', '你好'));
    expect(openStore(dir, { lang: 'zh' }).readAll().warnings).toEqual([
      {
        file: join(dir, 'history.jsonl'),
        line: 1,
        message: '记录已损坏（校验和不符）；已跳过，原样保留',
      },
    ]);
  });

  it('clears the history only by deleting the log, and appends again afterwards', () => {
    const store = openStore(freshDir(), { lang: 'en' });
    store.clear();
    store.append(a);
    store.clear();
    expect(existsSync(store.path)).toBe(false);
    expect(store.readAll().records).toEqual([]);
    store.append(b);
    expect(store.readAll().records).toEqual([b]);
  });
});

describe('openStore refusals', () => {
  it('refuses when the log is a folder (EISDIR), in English and Chinese', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'history.jsonl'), { recursive: true });
    const en = storeError(() => openStore(dir, { lang: 'en' }).append(a));
    expectRefusal(en, join(dir, 'history.jsonl'));
    expect(en.problem).toEqual({ kind: 'isDirectory' });
    expect(en.message).toContain('it is a folder, not a file');

    const zh = storeError(() => openStore(dir, { lang: 'zh' }).append(a));
    expect(zh.message).toContain('这次的回答没有保存');
    expect(zh.message).not.toContain('已保存');

    const read = storeError(() => openStore(dir, { lang: 'en' }).readAll());
    expect(read.operation).toBe('read');
  });

  it('refuses when a part of the path is a file (ENOTDIR, EEXIST)', () => {
    const file = join(freshDir(), 'file');
    mkdirSync(join(file, '..'));
    writeFileSync(file, 'x');
    for (const dir of [join(file, 'sub'), file]) {
      const error = storeError(() => openStore(dir, { lang: 'en' }).append(a));
      expectRefusal(error, join(dir, 'history.jsonl'));
      expect(error.problem).toEqual({ kind: 'notDirectory' });
    }
  });

  // A pipe or a device where the log should be would hang an open (a FIFO) or a
  // read (/dev/zero): refused before anything is opened. (A full disk:
  // history-store-short-write.test.ts.)
  it.skipIf(!hasMkfifo)('refuses a log that is a pipe, to write, to read and to clear', () => {
    const dir = freshDir();
    mkdirSync(dir);
    execFileSync('mkfifo', [join(dir, 'history.jsonl')]);
    const error = storeError(() => openStore(dir, { lang: 'en' }).append(a));
    expectRefusal(error, join(dir, 'history.jsonl'));
    expect(error.problem).toEqual({ kind: 'notAFile' });
    expect(storeError(() => openStore(dir, { lang: 'en' }).readAll()).problem).toEqual({
      kind: 'notAFile',
    });
  });

  // Answers must not land in a file outside the data folder, nor `clear` remove only the link.
  it.skipIf(process.platform === 'win32')(
    'follows no symbolic link: refuses to append, read or clear through one',
    () => {
      const dir = freshDir();
      mkdirSync(dir);
      const outside = join(freshDir());
      mkdirSync(outside);
      const target = join(outside, 'elsewhere.jsonl');
      writeFileSync(target, `${encodeRecord(a)}\n`);
      symlinkSync(target, join(dir, 'history.jsonl'));
      const store = openStore(dir, { lang: 'en' });
      const error = storeError(() => store.append(b));
      expectRefusal(error, store.path);
      expect(error.problem).toEqual({ kind: 'symlink' });
      expect(error.message).toContain('symbolic link');
      expect(storeError(() => store.readAll()).problem).toEqual({ kind: 'symlink' });
      const clear = storeError(() => store.clear());
      expect(clear.operation).toBe('clear');
      expect(clear.message).toContain('NOT cleared');
      expect(readFileSync(target, 'utf8')).toBe(`${encodeRecord(a)}\n`);
      expect(lstatSync(store.path).isSymbolicLink()).toBe(true);
      expect(storeError(() => openStore(dir, { lang: 'zh' }).append(b)).message).toContain(
        '符号链接',
      );
    },
  );

  it.skipIf(!existsSync('/dev/full'))('refuses a link to a device as a link', () => {
    const dir = freshDir();
    mkdirSync(dir);
    symlinkSync('/dev/full', join(dir, 'history.jsonl'));
    expect(storeError(() => openStore(dir, { lang: 'en' }).append(a)).problem).toEqual({
      kind: 'symlink',
    });
  });

  it.skipIf(isRoot)('refuses when the folder is read-only (EACCES)', () => {
    const dir = freshDir();
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    try {
      const error = storeError(() => openStore(dir, { lang: 'en' }).append(a));
      expectRefusal(error, join(dir, 'history.jsonl'));
      expect(error.problem).toEqual({ kind: 'permission' });
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
