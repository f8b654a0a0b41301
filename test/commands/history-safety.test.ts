import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { openRecorder } from '../../src/commands/recorder.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { Attempt } from '../../src/session/attempt.js';
import { openStore } from '../../src/store/history-store.js';
import { encodeRecord } from '../../src/store/record-line.js';
import { replayRecords } from '../../src/store/replay.js';
import { stringifyJson } from '../../src/ui/render/json.js';
import { fakeIO } from '../fake-io.js';
import { sampleAttempt } from '../store/sample-records.js';

async function run(argv: string[], home: string, extra: Parameters<typeof fakeIO>[0] = {}) {
  const { io, out, err } = fakeIO({ ...extra, env: { CS_INTERVIEW_HOME: home, ...extra.env } });
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

const freshHome = () => mkdtempSync(join(tmpdir(), 'cs-hist-safety-'));

const attempt = (text: string): Attempt => ({
  questionId: 'scenarios-1',
  sectionId: 'scenarios',
  text,
  timedOut: false,
  elapsedMs: 1000,
  timeLimit: 60,
  grade: { score: 2, max: 10, keyPoints: [] },
  selfScore: null,
  mode: 'typed',
});

/** A stderr that drops what it is given. */
const nowhere = { write: () => true } as unknown as NodeJS.WritableStream;

describe('grade with a history that cannot be written', () => {
  it('says the failure once, names the questions not saved, and exits 74', async () => {
    const home = freshHome();
    mkdirSync(join(home, 'history.jsonl'));
    const input = JSON.stringify({
      'scenarios-1': '非常抱歉，请提供订单号，我马上核实。',
      'scenarios-2': '我会保持冷静，先私信了解情况。',
      'scenarios-3': '先安抚，再给方案。',
    });
    const r = await run(['grade', '-', '--lang', 'en'], home, { stdin: input });
    expect(r.code).toBe(ExitCode.io);
    expect(r.err.match(/Cannot write the history file/g)).toHaveLength(1);
    expect(r.err).toContain(
      'these 3 questions were NOT saved: scenarios-1, scenarios-2, scenarios-3',
    );
  });
});

describe('the recorder', () => {
  it('stores typed C1 controls and bidi overrides as escapes, newlines and tabs as typed', () => {
    const home = freshHome();
    const recorder = openRecorder({ save: true, lang: 'en', bankId: 'builtin', home }, nowhere);
    recorder.start('drill', ['scenarios-1']);
    const id = recorder.attempt(attempt('您好\u202e反转\u009b2J\u001b]52;c;x\u0007\n\t完'));
    recorder.draft('scenarios-2', '草稿\u2066隔离', 10);
    recorder.rating(id, attempt(''), 7);
    const records = openStore(home, { lang: 'en' }).readAll().records;
    expect(records.map((r) => ('text' in r ? r.text : r.kind))).toEqual([
      'session-start',
      '您好\\u202e反转\\u009b2J\\x1b]52;c;x\\x07\n\t完',
      '草稿\\u2066隔离',
      'rating',
    ]);
    expect(records[3]).toMatchObject({ kind: 'rating', attempt: id, self_score: 7 });
  });
});

describe('history --json', () => {
  it('prints the bytes stringifyJson would, ratings applied, streamed', async () => {
    const home = freshHome();
    const store = openStore(home, { lang: 'en' });
    const a = sampleAttempt({ id: 'a', text: '带 \u0085 控制符' });
    const b = sampleAttempt({ id: 'b', question: 'greeting-2' });
    // Copied from the log as it is (punctuation shares a lead byte with bidi marks)…
    const c = sampleAttempt({ id: 'c', text: '“引号”……—— \\" \n\t\u0001 😀' });
    // …or read whole, to be escaped: a bidi override, a leading space.
    const d = sampleAttempt({ id: 'd', text: '反\u202e转 \u2066' });
    const e = sampleAttempt({ id: 'e', text: '  前面有空格' });
    // Its fields in another order in the line (the bench's log has `kind` after `session`).
    const f = Object.fromEntries(
      Object.entries(sampleAttempt({ id: 'f', text: '倒序' })).reverse(),
    ) as typeof a;
    for (const x of [a, b, c, d, e, f]) store.append(x);
    store.append({
      v: 1,
      kind: 'rating',
      id: 'r',
      session: a.session,
      attempt: 'a',
      self_score: 4,
      at: a.at,
    });
    const r = await run(['history', '--json'], home);
    expect(r.code).toBe(ExitCode.ok);
    // What printing the whole history at once gave, the rating put into its attempt.
    const attempts = replayRecords(store.readAll().records);
    expect(attempts).toEqual([{ ...a, self_score: 4 }, b, c, d, e, f]);
    expect(r.out).toBe(`${stringifyJson({ history: store.path, attempts, quiz_answers: [] })}\n`);
    const empty = await run(['history', '--json'], freshHome());
    expect(JSON.parse(empty.out).attempts).toEqual([]);
  });

  it('reports the first five bad lines and counts the rest', async () => {
    const home = freshHome();
    const good = sampleAttempt({ id: 'good' });
    const lines = [...Array.from({ length: 12 }, () => 'garbage'), encodeRecord(good)];
    writeFileSync(join(home, 'history.jsonl'), `${lines.join('\n')}\n`);
    const r = await run(['history', '--json', '--lang', 'en'], home);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.err.split('\n').filter((l) => l.includes('not a complete record'))).toHaveLength(5);
    expect(r.err).toContain('7 more damaged lines; skipped and left in place.');
    expect(JSON.parse(r.out).attempts).toHaveLength(1);
  });
});

describe('history clear', () => {
  it('refuses a history that is a symbolic link and leaves both the link and its target', async () => {
    const home = freshHome();
    const target = join(freshHome(), 'elsewhere.jsonl');
    writeFileSync(target, 'kept\n');
    symlinkSync(target, join(home, 'history.jsonl'));
    const r = await run(['history', 'clear', '--yes', '--lang', 'en'], home);
    expect(r.code).toBe(ExitCode.io);
    expect(r.err).toContain('symbolic link');
    expect(r.err).toContain('NOT cleared');
    expect(readFileSync(target, 'utf8')).toBe('kept\n');
    const listed = await run(['history', '--lang', 'en'], home);
    expect(listed.code).toBe(ExitCode.io);
    expect(listed.err).toContain('symbolic link');
  });
});
