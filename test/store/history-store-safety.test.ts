import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, WARNINGS_KEPT } from '../../src/store/history-store.js';
import { MAX_LINE_BYTES } from '../../src/store/log-lines.js';
import type { HistoryRecord, RatingRecord } from '../../src/store/record.js';
import { encodeRecord } from '../../src/store/record-line.js';
import { replayRecords } from '../../src/store/replay.js';
import { StoreError } from '../../src/store/store-error.js';
import { seededRandom } from '../seeded-random.js';
import { sampleAttempt, sessionStart } from './sample-records.js';

const temp = mkdtempSync(join(tmpdir(), 'cs-store-safety-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let count = 0;
const freshDir = (): string => {
  const dir = join(temp, `store-${++count}`);
  mkdirSync(dir);
  return dir;
};

const rating = (attempt: string, self_score: number, session = 's-1'): RatingRecord => ({
  v: 1,
  kind: 'rating',
  id: `r-${attempt}-${self_score}`,
  session,
  attempt,
  self_score,
  at: '2025-01-02T03:05:00.000Z',
});

describe('a log replaced under an open store (history clear during a session)', () => {
  it('goes on in the new log, the records of onReplaced first', () => {
    const dir = freshDir();
    const store = openStore(dir, { lang: 'en', onReplaced: () => [sessionStart] });
    const a = sampleAttempt({ id: 'a' });
    const b = sampleAttempt({ id: 'b' });
    store.append(sessionStart);
    store.append(a);
    openStore(dir, { lang: 'en' }).clear();
    store.append(b);
    expect(openStore(dir, { lang: 'en' }).readAll().records).toEqual([sessionStart, b]);
  });

  it('does not write into a log moved away, and writes nothing twice while it stays', () => {
    const dir = freshDir();
    const store = openStore(dir, { lang: 'en' });
    store.append(sampleAttempt({ id: 'a' }));
    renameSync(store.path, join(dir, 'moved.jsonl'));
    store.append(sampleAttempt({ id: 'b' }));
    store.append(sampleAttempt({ id: 'c' }));
    expect(
      openStore(dir, { lang: 'en' })
        .readAll()
        .records.map((r) => r.id),
    ).toEqual(['b', 'c']);
    expect(readFileSync(join(dir, 'moved.jsonl'), 'utf8')).toBe(
      `${encodeRecord(sampleAttempt({ id: 'a' }))}\n`,
    );
  });
});

describe('reading a log line by line', () => {
  it('reads records across chunk boundaries and a last line without a newline', () => {
    const dir = freshDir();
    const records = Array.from({ length: 3000 }, (_, i) =>
      sampleAttempt({ id: `r${i}`, text: '长'.repeat(i % 700) }),
    );
    const text = records.map(encodeRecord).join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    writeFileSync(join(dir, 'history.jsonl'), text);
    const result = openStore(dir, { lang: 'en' }).readAll();
    expect(result.warnings).toEqual([]);
    expect(result.records).toEqual(records);
  });

  it('keeps the first few warnings and counts the rest', () => {
    const dir = freshDir();
    const good = sampleAttempt({ id: 'good' });
    const lines = [...Array.from({ length: 40 }, (_, i) => `garbage ${i}`), encodeRecord(good)];
    writeFileSync(join(dir, 'history.jsonl'), `${lines.join('\n')}\n`);
    const result = openStore(dir, { lang: 'en' }).readAll();
    expect(result.records).toEqual([good]);
    expect(result.bad).toBe(40);
    expect(result.warnings).toHaveLength(WARNINGS_KEPT);
    expect(result.warnings.map((w) => w.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips a line too long to be a record, without reading it into memory', () => {
    const dir = freshDir();
    const after = sampleAttempt({ id: 'after' });
    const huge = Buffer.alloc(MAX_LINE_BYTES + 100, 0x61);
    writeFileSync(
      join(dir, 'history.jsonl'),
      Buffer.concat([huge, Buffer.from(`\n${encodeRecord(after)}\n`)]),
    );
    const result = openStore(dir, { lang: 'en' }).readAll();
    expect(result.records).toEqual([after]);
    expect(result.warnings.map((w) => w.line)).toEqual([1]);
  });

  it('decodes only the lines of one kind when asked, and warns about none', () => {
    const dir = freshDir();
    const store = openStore(dir, { lang: 'en' });
    const r = rating('a', 4);
    // An answer that quotes a rating line is still an answer: inside a string every " is escaped.
    store.append(sampleAttempt({ id: 'a', text: `{"kind":"rating"} ${encodeRecord(r)}` }));
    store.append(r);
    writeFileSync(store.path, `${readFileSync(store.path, 'utf8')}garbage\n`);
    const seen: HistoryRecord[] = [];
    const result = store.scan((x) => seen.push(x), { only: 'rating' });
    expect(seen).toEqual([r]);
    expect(result).toEqual({ warnings: [], bad: 0, skipped: 0 });
  });
});

describe('reading only the lines of one kind', () => {
  it('finds every one of them across the 1 MB chunks of a read, the last line included', () => {
    const dir = freshDir();
    const next = seededRandom(8);
    const lines: string[] = [];
    const ratings: RatingRecord[] = [];
    // Answers of random lengths, so that lines straddle the chunks' edges.
    for (let i = 0, length = 0; length < 3.5e6; i++) {
      lines.push(encodeRecord(sampleAttempt({ id: `a${i}`, text: '答'.repeat(next() * 3000) })));
      length += (lines.at(-1) as string).length;
      if (next() < 0.2) {
        ratings.push(rating(`a${i}`, i % 10));
        lines.push(encodeRecord(ratings.at(-1) as RatingRecord));
      }
    }
    ratings.push(rating('last', 3));
    lines.push(encodeRecord(ratings.at(-1) as RatingRecord));
    writeFileSync(join(dir, 'history.jsonl'), lines.join('\n'));
    const seen: HistoryRecord[] = [];
    openStore(dir, { lang: 'en' }).scan((x) => seen.push(x), { only: 'rating' });
    expect(seen).toEqual(ratings);
  });
});

describe('replaying ratings', () => {
  it('puts the latest rating of an attempt into it and drops the rating records', () => {
    const a = sampleAttempt({ id: 'a' });
    const b = sampleAttempt({ id: 'b', session: 's-2' });
    const replayed = replayRecords([sessionStart, a, b, rating('a', 2), rating('a', 4)]);
    expect(replayed).toEqual([sessionStart, { ...a, self_score: 4 }, b]);
    expect(a.self_score).toBeNull();
  });

  it('ignores a rating of an attempt not in the log or of another session', () => {
    const a = sampleAttempt({ id: 'a' });
    expect(replayRecords([rating('a', 3), a, rating('a', 4, 'other'), rating('x', 5)])).toEqual([
      a,
    ]);
  });
});

describe('making the data folder', () => {
  // Node's recursive mkdir loops forever there (up to Node 24): a hang, not a refusal.
  it.skipIf(!existsSync('/proc/self'))('refuses a folder under /proc instead of spinning', () => {
    const store = openStore('/proc/cs-interview-test/deeper', { lang: 'en' });
    let thrown: unknown;
    try {
      store.append(sampleAttempt());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    expect((thrown as StoreError).message).toContain('NOT saved');
  });

  it('makes missing folders 0700, and takes a link to a folder as the folder', () => {
    const dir = freshDir();
    const real = join(dir, 'real');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'link'));
    openStore(join(dir, 'link', 'a', 'b'), { lang: 'en' }).append(sampleAttempt());
    expect(statSync(join(real, 'a', 'b')).mode & 0o777).toBe(0o700);
    expect(existsSync(join(real, 'a', 'b', 'history.jsonl'))).toBe(true);
  });
});
